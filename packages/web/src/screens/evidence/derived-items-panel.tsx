// In the exhibit's processing panel: how the items derived from it stand, at every depth. A container done while
// its members failed (a nested compression bomb, a mailbox's broken attachments) says so here, in warning colours,
// naming the first that failed or were skipped.
import { useTranslation } from 'react-i18next';
import { Link } from '../../router';
import { derivedLines, type DerivedProcessing } from './derived-items';
import type { EvidenceItem } from './evidence-shared';
import { reasonKind, reasonTitle } from './processing-reason';

export function DerivedItems({ caseId, item, derived }: { caseId: string; item: EvidenceItem; derived: DerivedProcessing }) {
  const { t } = useTranslation('evidence');
  const lines = derivedLines(derived);
  if (lines.length === 0) return null;
  // A folder's files were taken in, not derived by a parser: the same lines, in other words.
  const words = item.digests ? 'detail.derived' : 'detail.inside';
  return (
    <div className="derived-items">
      <h3>{t(`${words}.title`)}</h3>
      {lines.map((line) => (
        <div key={line.kind} className={`derived-line ${line.tone}`}>
          <p>{t(`${words}.${line.kind}`, { part: line.count, count: derived.items })}</p>
          {line.named.length > 0 && (
            <ul>
              {line.named.map((outcome) => (
                // One line each: the kind of reason in words, the full account (names, sizes, limits) on hover and on
                // the item's own page.
                <li key={outcome.itemId} title={reasonTitle(t, outcome.reasonCode, outcome.reason, outcome.reasonParams) ?? undefined}>
                  <Link to={`/cases/${caseId}/evidence/${outcome.itemId}`}>{outcome.exhibitNumber}</Link> <bdi>{outcome.originalPath}</bdi>
                  {': '}
                  <span className="reason">{reasonKind(t, outcome.reasonCode) ?? outcome.reason}</span>
                </li>
              ))}
            </ul>
          )}
          {line.more > 0 && (
            <p className="muted small">
              {t('detail.derivedMore', { n: line.more })} <Link to={`/cases/${caseId}`}>{t('detail.derivedAll')}</Link>
            </p>
          )}
        </div>
      ))}
    </div>
  );
}
