// Where processing of the exhibit stands: pending, done, skipped or failed, with the parser, the artefacts
// it produced, its warnings and the reason it failed.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatTime } from '../../format';
import { Link } from '../../router';
import { ShortHash, type EvidenceItem, type ItemProcessing } from './evidence-shared';
import { ProcessingReason } from './processing-reason';
import { warningText } from './warning-text';
import { useParsers } from './date-order';
import { dateOrderOf, parserOffers } from './reading-choices';
import { Row } from './row';

/** Warnings listed before "show all" (an item keeps up to 200). */
const WARNINGS_SHOWN = 10;

export function Processing({
  caseId,
  item,
  state,
  waiting,
}: {
  caseId: string;
  item: EvidenceItem;
  state: ItemProcessing;
  waiting: boolean;
}) {
  const { t } = useTranslation('evidence');
  const formatTime = useFormatTime();
  const [allWarnings, setAllWarnings] = useState(false);
  const parsers = useParsers();
  if (!item.digests) return <p className="muted">{t('detail.folderNotProcessed')}</p>;
  const status = waiting || !state ? 'pending' : state.status;
  // While it waits, what the state holds is an earlier run's: not shown as this one's.
  const parser = !waiting && state?.parserId ? `${state.parserId}@${state.parserVersion ?? ''}` : null;
  // A skipped state keeps the times and digest of the run before it; it was decided when it was last updated.
  const decidedAt = waiting || !state ? null : state.status === 'skipped' ? state.updatedAt : state.finishedAt;
  const warnings = state?.warnings ?? [];
  const shown = allWarnings ? warnings : warnings.slice(0, WARNINGS_SHOWN);
  // An investigator's choice of how the item is read (the parser's own rule otherwise), said only where the parser
  // that read the item takes it: one read since by another parser is not read that way.
  const dateOrder = state && parserOffers(parsers.data, state.parserId, 'daysFirst') ? dateOrderOf(state.reading) : 'auto';
  return (
    <dl className="pairs">
      <Row label={t('detail.status')}>
        <span className={status === 'failed' ? 'badge bad' : status === 'done' ? 'badge ok-badge' : 'badge warn'}>
          {t(`processing.${status}`)}
        </span>
        {waiting && <small className="muted"> {t('detail.following')}</small>}
        {decidedAt && <small className="muted block">{formatTime(decidedAt)}</small>}
      </Row>
      {parser && (
        <Row label={t('detail.parser')}>
          <code>{parser}</code>
        </Row>
      )}
      {!waiting && dateOrder !== 'auto' && <Row label={t('detail.dateOrder.title')}>{t(`detail.dateOrder.chosen.${dateOrder}`)}</Row>}
      {!waiting && state && (
        <Row label={t('detail.artifacts')}>
          {state.artifacts > 0 ? (
            <Link to={`/cases/${caseId}/artifacts?itemId=${encodeURIComponent(item.id)}`}>
              {t('list.artifacts', { count: state.artifacts })}
            </Link>
          ) : (
            t('list.artifacts', { count: 0 })
          )}
        </Row>
      )}
      {!waiting && state?.status === 'done' && state.outputSha256 && (
        <Row label={t('detail.outputDigest')}>
          <ShortHash value={state.outputSha256} />
        </Row>
      )}
      {!waiting && warnings.length > 0 && (
        <Row label={t('detail.warnings')}>
          {warnings.length > WARNINGS_SHOWN && <span className="muted">{t('detail.warningCount', { count: warnings.length })}</span>}
          <ul className="warnings">
            {shown.map((w, i) => {
              const { text, translated, recorded } = warningText(t, w);
              // Worded from its code: the English it was recorded in stays at hand, as a tooltip.
              return translated ? (
                <li key={i} title={recorded} data-code={w.code}>
                  {text}
                </li>
              ) : (
                <li key={i} lang="en">
                  {text}
                </li>
              );
            })}
          </ul>
          {shown.length < warnings.length && (
            <button type="button" onClick={() => setAllWarnings(true)}>
              {t('detail.allWarnings', { count: warnings.length })}
            </button>
          )}
        </Row>
      )}
      {!waiting && state?.reason && (
        <Row label={t('detail.reason')}>
          <ProcessingReason code={state.reasonCode} reason={state.reason} params={state.reasonParams} />
        </Row>
      )}
    </dl>
  );
}
