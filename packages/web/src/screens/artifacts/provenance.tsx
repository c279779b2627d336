// Where an artefact came from: the exhibit and item, the parser and its version, and the locator precise enough
// to go back to the bytes (path inside the item, table and row, byte range, line, JSON pointer).
import { useTranslation } from 'react-i18next';
import { useFormatTime, useSize } from '../../format';
import { Link } from '../../router';
import type { Locator, Provenance } from './artifact-data';

export function LocatorList({ locator }: { locator: Locator }) {
  const { t, i18n } = useTranslation('artifacts');
  const size = useSize();
  const rows: Array<[string, string]> = [];
  if (locator.path !== undefined) rows.push([t('provenance.path'), locator.path]);
  if (locator.table !== undefined)
    rows.push([t('provenance.tableRow'), locator.row !== undefined ? `${locator.table} #${String(locator.row)}` : locator.table]);
  else if (locator.row !== undefined) rows.push([t('provenance.row'), String(locator.row)]);
  if (locator.offset !== undefined) {
    const start = locator.offset;
    const length = locator.length ?? 0;
    const number = new Intl.NumberFormat(i18n.language);
    rows.push([
      t('provenance.bytes'),
      t('provenance.byteRange', {
        start: number.format(start),
        end: number.format(start + length),
        length: size(length),
        hex: `0x${start.toString(16).toUpperCase()}`,
      }),
    ]);
  }
  if (locator.line !== undefined) rows.push([t('provenance.line'), String(locator.line)]);
  if (locator.pointer !== undefined) rows.push([t('provenance.pointer'), locator.pointer]);
  if (rows.length === 0) return <p className="muted">{t('provenance.noLocator')}</p>;
  return (
    <dl className="kv">
      {rows.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>
            <code>{value}</code>
          </dd>
        </div>
      ))}
    </dl>
  );
}

export function ProvenanceBlock({ caseId, provenance, full }: { caseId: string; provenance: Provenance; full?: boolean }) {
  const { t } = useTranslation('artifacts');
  const formatTime = useFormatTime();
  const processing = provenance.processing;
  return (
    <div className="provenance">
      <dl className="kv">
        <div>
          <dt>{t('provenance.exhibit')}</dt>
          <dd>
            <Link to={`/cases/${caseId}/evidence/${provenance.itemId}`}>{provenance.exhibitNumber}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('provenance.item')}</dt>
          <dd>{provenance.itemName}</dd>
        </div>
        {full && provenance.itemPath !== provenance.itemName && (
          <div>
            <dt>{t('provenance.itemPath')}</dt>
            <dd>
              <code>{provenance.itemPath}</code>
            </dd>
          </div>
        )}
        {full && provenance.itemSha256 && (
          <div>
            <dt>{t('provenance.sha256')}</dt>
            <dd>
              <code>{provenance.itemSha256}</code>
            </dd>
          </div>
        )}
        <div>
          <dt>{t('provenance.parser')}</dt>
          <dd>
            <code>{provenance.parserId}</code> {t('provenance.version', { version: provenance.parserVersion })}
          </dd>
        </div>
        {full && processing?.finishedAt && (
          <div>
            <dt>{t('provenance.processed')}</dt>
            <dd>{formatTime(processing.finishedAt)}</dd>
          </div>
        )}
        {full && processing?.outputSha256 && (
          <div>
            <dt>{t('provenance.outputDigest')}</dt>
            <dd>
              <code>{processing.outputSha256}</code>
            </dd>
          </div>
        )}
      </dl>
      <h3>{t('provenance.locator')}</h3>
      <LocatorList locator={provenance.locator} />
    </div>
  );
}
