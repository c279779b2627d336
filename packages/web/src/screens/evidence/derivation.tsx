// Where a derived exhibit came from: its parent, the parser that produced it and where in the parent it lies.
import { useTranslation } from 'react-i18next';
import { Link } from '../../router';
import { parentExhibit, type EvidenceItem } from './evidence-shared';
import { Row } from './row';

export function Derivation({ caseId, item }: { caseId: string; item: EvidenceItem }) {
  const { t } = useTranslation('evidence');
  const d = item.derivation;
  if (!d) return null;
  const locator = Object.entries(d.locator).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return (
    <>
      <h3>{t('detail.derivation')}</h3>
      <dl className="pairs">
        <Row label={t('detail.parent')}>
          <Link to={`/cases/${caseId}/evidence/${d.fromItemId}`}>{parentExhibit(item.exhibitNumber) ?? t('detail.parent')}</Link>
        </Row>
        <Row label={t('detail.parser')}>
          <code>
            {d.parserId}@{d.parserVersion}
          </code>
        </Row>
        {locator.length > 0 && (
          <Row label={t('detail.locator')}>
            {locator.map(([k, v]) => (
              <div key={k}>
                <span className="fact-label">{t(`locator.${k}`, { defaultValue: k })}:</span>{' '}
                <code>{typeof v === 'string' ? v : JSON.stringify(v)}</code>
              </div>
            ))}
          </Row>
        )}
        <Row label={t('detail.depth')}>{d.depth}</Row>
      </dl>
    </>
  );
}
