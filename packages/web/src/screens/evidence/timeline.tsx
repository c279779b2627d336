// The exhibit's chain of custody from the ledger, oldest first, with reads hidden unless asked for.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Empty, ErrorNote, Loading } from '../../ui';
import { actorLabel, EventFacts, EventTime, READ_ACTIONS, useActionLabel, type LedgerEvent, type Member } from './evidence-shared';

export function Timeline({
  events,
  members,
  loading,
  error,
}: {
  events: LedgerEvent[];
  members: Member[] | undefined;
  loading: boolean;
  error: string | null;
}) {
  const { t } = useTranslation('evidence');
  const label = useActionLabel();
  const [reads, setReads] = useState(false);
  const shown = events.filter((e) => reads || !READ_ACTIONS.has(e.action));
  const hidden = events.length - events.filter((e) => !READ_ACTIONS.has(e.action)).length;
  return (
    <section className="card span-2" aria-labelledby="timeline-title">
      <div className="card-head">
        <h2 id="timeline-title">{t('detail.timeline')}</h2>
        <div className="field inline">
          <input id="timeline-reads" type="checkbox" checked={reads} onChange={(e) => setReads(e.target.checked)} />
          <label htmlFor="timeline-reads">{t('detail.showReads', { count: hidden })}</label>
        </div>
      </div>
      <ErrorNote message={error} />
      {loading ? (
        <Loading />
      ) : shown.length === 0 ? (
        <Empty>{t('detail.noEvents')}</Empty>
      ) : (
        <ol className="timeline">
          {shown.map((event) => (
            <li key={event.seq} className={event.action.startsWith('custody.') ? 'custody-step' : undefined}>
              <div className="when">
                <EventTime event={event} />
              </div>
              <div className="what">
                <strong>{label(event.action)}</strong> <span className="muted">· {actorLabel(event, members, t('detail.system'))}</span>
                <EventFacts event={event} members={members} />
              </div>
              <div className="seq muted" title={event.hash}>
                #{event.seq}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
