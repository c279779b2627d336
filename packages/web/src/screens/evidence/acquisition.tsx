// How the exhibit (or the source it was derived from) was acquired: by whom, when, how, from which device,
// with which tool, and how the acquisition was verified.
import { useTranslation } from 'react-i18next';
import { useFormatTime } from '../../format';
import { extractedFrom } from './acquisition-notes';
import { ShortHash, type EvidenceItem } from './evidence-shared';
import { shownAsIs } from './warning-text';
import { Row } from './row';

export function Acquisition({ item }: { item: EvidenceItem }) {
  const { t } = useTranslation('evidence');
  const formatTime = useFormatTime();
  const a = item.acquisition;
  const derived = extractedFrom(a.notes);
  const device = a.sourceDevice;
  const deviceFields = device
    ? (['description', 'make', 'model', 'serial', 'imei', 'capacity', 'powerState', 'isolation'] as const).filter((k) => device[k])
    : [];
  return (
    <section className="card" aria-labelledby="acquisition-title">
      <h2 id="acquisition-title">{item.derivation ? t('detail.acquisitionOfSource') : t('detail.acquisition')}</h2>
      <dl className="pairs">
        <Row label={t('detail.performedBy')}>
          {a.performedBy.name} (
          {a.performedBy.role === 'DES' ? 'DES' : t(`common:roles.${a.performedBy.role}`, { defaultValue: a.performedBy.role })})
        </Row>
        <Row label={t('detail.when')}>
          {formatTime(a.startedAt)}
          {formatTime(a.endedAt) !== formatTime(a.startedAt) && <> – {formatTime(a.endedAt)}</>}
        </Row>
        <Row label={t('detail.method')}>{t(`methods.${a.method}`)}</Row>
        {a.location && <Row label={t('detail.location')}>{a.location}</Row>}
        {a.setting && <Row label={t('detail.setting')}>{t(`settings.${a.setting}`)}</Row>}
        {deviceFields.map((k) => (
          <Row key={k} label={t(`device.${k}`)}>
            {device![k]}
          </Row>
        ))}
        <Row label={t('detail.tool')}>
          {a.tool.name} {a.tool.version}
          {a.tool.vendor && <> ({a.tool.vendor})</>}
          {a.tool.configuration && <small className="block muted">{a.tool.configuration}</small>}
        </Row>
        {a.writeBlocker && <Row label={t('detail.writeBlocker')}>{a.writeBlocker}</Row>}
        {a.sourceHashes.length > 0 && (
          <Row label={t('detail.sourceHashes')}>
            {a.sourceHashes.map((h) => (
              <div key={`${h.algorithm}:${h.value}`}>
                {h.algorithm} <ShortHash value={h.value} />
              </div>
            ))}
          </Row>
        )}
        <Row label={t('detail.verification')}>
          <span
            className={a.verification.result === 'MISMATCH' ? 'badge bad' : a.verification.result === 'MATCH' ? 'badge ok-badge' : 'badge'}
          >
            {t(`verification.${a.verification.result}`)}
          </span>{' '}
          <small className="muted">
            {t(`verificationMethods.${a.verification.method}`, { defaultValue: a.verification.method })} ·{' '}
            {a.verification.by === 'system' ? t('detail.system') : a.verification.by} · {formatTime(a.verification.at)}
          </small>
        </Row>
        {a.production && (
          <Row label={t('detail.production')}>
            {a.production.provider}
            {a.production.reference && <> · {a.production.reference}</>}
            {a.production.channel && <> · {a.production.channel}</>} · {formatTime(a.production.receivedAt)}
          </Row>
        )}
        {a.notes && (
          <Row label={t('detail.notes')}>
            {derived ? (
              // Worded from what core recorded; the recorded English on hover.
              <span className="pre" title={a.notes}>
                {t('detail.extractedFrom', { exhibit: derived.exhibit, path: shownAsIs(derived.path) })}
              </span>
            ) : (
              <span className="pre">{a.notes}</span>
            )}
          </Row>
        )}
      </dl>
    </section>
  );
}
