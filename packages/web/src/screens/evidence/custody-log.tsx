// The chain of custody of a case: where each exhibit stands, every custody event of every exhibit in time
// order (who, what, hashes re-checked), the printable HTML report, and the case's ledger beside it.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../../api';
import { useFormatTime } from '../../format';
import { Link } from '../../router';
import { useApi } from '../../use-api';
import { Empty, ErrorNote, Loading, Select } from '../../ui';
import { CaseFrame } from '../cases/case-frame';
import {
  actorLabel,
  CustodyBadges,
  EventFacts,
  EventTime,
  memberName,
  READ_ACTIONS,
  useActionLabel,
  type EvidenceItem,
  type LedgerEvent,
  type Member,
} from './evidence-shared';

const PAGE = 300;

export function CustodyLog({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation('evidence');
  const [version, setVersion] = useState(0);
  const report = useApi(() => api.call('custodyReport', { params: { caseId } }), [caseId, version]);
  const members = useApi(() => api.call('listMembers', { params: { caseId } }), [caseId]);
  const formatTime = useFormatTime();
  // The report speaks the language of the screen that asked for it.
  const htmlReport = `/api/cases/${encodeURIComponent(caseId)}/custody-report.html?lang=${i18n.language === 'ru' ? 'ru' : 'en'}`;

  return (
    <CaseFrame
      caseId={caseId}
      actions={
        <>
          <a href={htmlReport} target="_blank" rel="noopener" className="button">
            {t('log.htmlReport')}
          </a>
          <button type="button" onClick={() => setVersion((n) => n + 1)}>
            {t('list.refresh')}
          </button>
        </>
      }
    >
      <div className="ev">
        <ErrorNote message={report.error} />
        {report.loading && !report.data ? (
          <Loading />
        ) : report.data ? (
          <>
            <p className="muted">
              {t('log.generated', {
                at: formatTime(report.data.generatedAt),
                by: report.data.generatedBy,
                zone: report.data.case.timeZone,
              })}
            </p>
            {report.data.items.length === 0 ? (
              <Empty>{t('list.none')}</Empty>
            ) : (
              <>
                <Exhibits caseId={caseId} entries={report.data.items} members={members.data} />
                <Events caseId={caseId} entries={report.data.items} members={members.data} />
              </>
            )}
          </>
        ) : null}
        <CaseLedger caseId={caseId} members={members.data} />
      </div>
    </CaseFrame>
  );
}

type Entry = { item: EvidenceItem; events: LedgerEvent[]; incidents: Array<{ id: string; resolvedAt: string | null }> };

function Exhibits({ caseId, entries, members }: { caseId: string; entries: Entry[]; members: Member[] | undefined }) {
  const { t } = useTranslation('evidence');
  const formatTime = useFormatTime();
  const [all, setAll] = useState(false);
  // Top-level exhibits first; derived items only when asked, as there may be thousands.
  const rows = entries.filter((e) => all || !e.item.parentId);
  return (
    <section className="card" aria-labelledby="exhibits-title">
      <div className="card-head">
        <h2 id="exhibits-title">{t('log.exhibits')}</h2>
        <div className="field inline">
          <input id="log-all-items" type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
          <label htmlFor="log-all-items">{t('log.includeDerived', { count: entries.filter((e) => e.item.parentId).length })}</label>
        </div>
      </div>
      <div className="table-wrap">
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('list.exhibit')}</th>
              <th scope="col">{t('list.name')}</th>
              <th scope="col">{t('detail.holder')}</th>
              <th scope="col">{t('detail.storedAt')}</th>
              <th scope="col">{t('list.custody')}</th>
              <th scope="col">{t('log.lastVerified')}</th>
              <th scope="col" className="num">
                {t('log.events')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, PAGE).map(({ item, events, incidents }) => {
              const verified = [...events].reverse().find((e) => typeof e.details.hashMatch === 'boolean');
              const steps = events.filter((e) => !READ_ACTIONS.has(e.action)).length;
              const open = incidents.filter((i) => !i.resolvedAt).length;
              return (
                <tr key={item.id}>
                  <td className="nowrap">
                    <Link to={`/cases/${caseId}/evidence/${item.id}`}>{item.exhibitNumber}</Link>
                  </td>
                  <td>{item.name}</td>
                  <td>{memberName(members, item.custody.holderId)}</td>
                  <td>{item.custody.location ?? '—'}</td>
                  <td>
                    <CustodyBadges item={item} members={members} />
                    {open > 0 && <span className="badge bad">{t('log.openIncidents', { count: open })}</span>}
                  </td>
                  <td>
                    {verified ? (
                      <>
                        <span className={verified.details.hashMatch === false ? 'badge bad' : 'badge ok-badge'}>
                          {verified.details.hashMatch === false ? t('facts.mismatch') : t('facts.match')}
                        </span>{' '}
                        <small>{formatTime(verified.at)}</small>
                      </>
                    ) : (
                      <span className="muted">{t('log.never')}</span>
                    )}
                  </td>
                  <td className="num">{steps}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {rows.length > PAGE && <p className="muted">{t('log.firstRows', { count: PAGE, total: rows.length })}</p>}
    </section>
  );
}

function Events({ caseId, entries, members }: { caseId: string; entries: Entry[]; members: Member[] | undefined }) {
  const { t } = useTranslation('evidence');
  const label = useActionLabel();
  const [exhibit, setExhibit] = useState('');
  const [reads, setReads] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const all = useMemo(() => {
    const rows: Array<{ event: LedgerEvent; item: EvidenceItem }> = [];
    for (const { item, events } of entries) for (const event of events) rows.push({ event, item });
    return rows.sort((a, b) => a.event.seq - b.event.seq);
  }, [entries]);
  const rows = all.filter(
    ({ event, item }) => (reads || !READ_ACTIONS.has(event.action)) && (!exhibit || item.rootExhibitNumber === exhibit),
  );
  const tops = entries.filter((e) => !e.item.parentId);
  return (
    <section className="card" aria-labelledby="events-title">
      <h2 id="events-title">{t('log.custodyEvents')}</h2>
      <div className="filters">
        <Select label={t('log.exhibitFilter')} value={exhibit} onChange={(e) => setExhibit(e.target.value)}>
          <option value="">{t('log.allExhibits')}</option>
          {tops.map(({ item }) => (
            <option key={item.id} value={item.exhibitNumber}>
              {item.exhibitNumber} — {item.name}
            </option>
          ))}
        </Select>
        <div className="field inline">
          <input id="log-reads" type="checkbox" checked={reads} onChange={(e) => setReads(e.target.checked)} />
          <label htmlFor="log-reads">{t('log.includeReads')}</label>
        </div>
      </div>
      {rows.length === 0 ? (
        <Empty>{t('detail.noEvents')}</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table events-table">
            <thead>
              <tr>
                <th scope="col">{t('log.when')}</th>
                <th scope="col">{t('list.exhibit')}</th>
                <th scope="col">{t('log.who')}</th>
                <th scope="col">{t('log.what')}</th>
                <th scope="col">{t('log.details')}</th>
                <th scope="col" className="num">
                  {t('log.seq')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.slice(0, shown).map(({ event, item }) => (
                <tr key={event.seq}>
                  <td className="nowrap">
                    <EventTime event={event} />
                  </td>
                  <td className="nowrap">
                    <Link to={`/cases/${caseId}/evidence/${item.id}`}>{item.exhibitNumber}</Link>
                  </td>
                  <td>{actorLabel(event, members, t('detail.system'))}</td>
                  <td>{label(event.action)}</td>
                  <td>
                    <EventFacts event={event} members={members} />
                  </td>
                  <td className="num muted" title={event.hash}>
                    {event.seq}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {rows.length > shown && (
        <button type="button" onClick={() => setShown(shown + PAGE)}>
          {t('list.showMore', { count: Math.min(PAGE, rows.length - shown), total: rows.length })}
        </button>
      )}
    </section>
  );
}

/** The case's whole ledger, newest first, a page at a time: authorisations, membership, searches, reads. */
function CaseLedger({ caseId, members }: { caseId: string; members: Member[] | undefined }) {
  const { t } = useTranslation('evidence');
  const label = useActionLabel();
  const [pages, setPages] = useState<LedgerEvent[]>([]);
  const [next, setNext] = useState<number | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function load(beforeSeq?: number) {
    setBusy(true);
    try {
      const page = await api.call('caseLedger', { params: { caseId }, query: { limit: 100, ...(beforeSeq ? { beforeSeq } : {}) } });
      setPages((p) => (beforeSeq ? [...p, ...page.events] : page.events));
      setNext(page.nextBeforeSeq);
      setError(null);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }
  useEffect(() => {
    void load();
    // Loads the first page once per case; later pages on request.
  }, [caseId]);
  return (
    <section className="card" aria-labelledby="ledger-title">
      <h2 id="ledger-title">{t('log.caseLedger')}</h2>
      <p className="muted">{t('log.ledgerExplain')}</p>
      <ErrorNote message={error} />
      {pages.length > 0 && (
        <div className="table-wrap">
          <table className="table events-table">
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('log.seq')}
                </th>
                <th scope="col">{t('log.when')}</th>
                <th scope="col">{t('log.who')}</th>
                <th scope="col">{t('log.what')}</th>
                <th scope="col">{t('log.details')}</th>
                <th scope="col">{t('log.hash')}</th>
              </tr>
            </thead>
            <tbody>
              {pages.map((event) => (
                <tr key={event.seq}>
                  <td className="num">{event.seq}</td>
                  <td className="nowrap">
                    <EventTime event={event} />
                  </td>
                  <td>{actorLabel(event, members, t('detail.system'))}</td>
                  <td>
                    {label(event.action)}
                    {event.targetType && (
                      <small className="muted block">{t(`targets.${event.targetType}`, { defaultValue: event.targetType })}</small>
                    )}
                  </td>
                  <td>
                    <EventFacts event={event} members={members} />
                  </td>
                  <td>
                    <code className="short-hash" title={event.hash}>
                      {event.hash.slice(0, 10)}…
                    </code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {next !== undefined && next !== null && (
        <button type="button" onClick={() => void load(next)} disabled={busy}>
          {t('log.older')}
        </button>
      )}
      {next === null && pages.length > 0 && <p className="muted">{t('log.ledgerStart')}</p>}
    </section>
  );
}
