// Where processing of the exhibit stands: pending, done, skipped or failed, with the parser, the artefacts
// it produced, its warnings and the reason it failed.
import { useTranslation } from 'react-i18next';
import { useFormatTime } from '../../format';
import { Link } from '../../router';
import { ErrorNote } from '../../ui';
import { ShortHash, type EvidenceItem, type LedgerEvent } from './evidence-shared';
import { ProcessingReason } from './processing-reason';
import { Row } from './row';

export function Processing({
  caseId,
  item,
  event,
  problem,
  waiting,
  error,
}: {
  caseId: string;
  item: EvidenceItem;
  event: LedgerEvent | undefined;
  problem:
    | {
        status: string;
        parserId: string | null;
        parserVersion: string | null;
        artifacts: number;
        warnings: string[];
        reason: string | null;
        reasonCode: string | null;
      }
    | undefined;
  waiting: boolean;
  error: string | null;
}) {
  const { t } = useTranslation('evidence');
  const formatTime = useFormatTime();
  if (!item.digests) return <p className="muted">{t('detail.folderNotProcessed')}</p>;
  const d = event?.details ?? {};
  const status = problem
    ? problem.status === 'skipped'
      ? 'skipped'
      : 'failed'
    : event
      ? event.action === 'evidence.processed'
        ? 'done'
        : 'failed'
      : 'pending';
  const parser = problem?.parserId ? `${problem.parserId}@${problem.parserVersion ?? ''}` : typeof d.parser === 'string' ? d.parser : null;
  const artifacts = problem?.artifacts ?? (typeof d.artifacts === 'number' ? d.artifacts : null);
  const warningCount = problem?.warnings.length ?? (typeof d.warnings === 'number' ? d.warnings : 0);
  const reason = problem?.reason ?? (typeof d.reason === 'string' ? d.reason : null);
  const reasonCode = problem?.reasonCode ?? (typeof d.reasonCode === 'string' ? d.reasonCode : null);
  return (
    <>
      <ErrorNote message={error} />
      <dl className="pairs">
        <Row label={t('detail.status')}>
          <span className={status === 'failed' ? 'badge bad' : status === 'done' ? 'badge ok-badge' : 'badge warn'}>
            {t(`processing.${status}`)}
          </span>
          {waiting && <small className="muted"> {t('detail.following')}</small>}
          {event && <small className="muted block">{formatTime(event.at)}</small>}
        </Row>
        {parser && (
          <Row label={t('detail.parser')}>
            <code>{parser}</code>
          </Row>
        )}
        {artifacts !== null && (
          <Row label={t('detail.artifacts')}>
            {artifacts > 0 ? (
              <Link to={`/cases/${caseId}/artifacts?itemId=${encodeURIComponent(item.id)}`}>
                {t('list.artifacts', { count: artifacts })}
              </Link>
            ) : (
              t('list.artifacts', { count: 0 })
            )}
          </Row>
        )}
        {typeof d.outputSha256 === 'string' && (
          <Row label={t('detail.outputDigest')}>
            <ShortHash value={d.outputSha256} />
          </Row>
        )}
        {warningCount > 0 && (
          <Row label={t('detail.warnings')}>
            {problem?.warnings.length ? (
              <ul className="warnings">
                {problem.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            ) : (
              t('detail.warningCount', { count: warningCount })
            )}
          </Row>
        )}
        {reason && (
          <Row label={t('detail.reason')}>
            <ProcessingReason code={reasonCode} reason={reason} />
          </Row>
        )}
      </dl>
    </>
  );
}
