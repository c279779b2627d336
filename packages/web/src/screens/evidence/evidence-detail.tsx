// One exhibit: its digests in full, how it was acquired or derived, where processing stands (with a chat's date
// order where its dates leave it open), its chain of
// custody from the ledger, and the custody steps a holder records (verify, seal, check out/in, transfer …).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Link } from '../../router';
import { useApi } from '../../use-api';
import { ErrorNote, Loading } from '../../ui';
import { CaseFrame } from '../cases/case-frame';
import { Acquisition } from './acquisition';
import { Children } from './children';
import { Custody } from './custody';
import { DateOrderChoice } from './date-order';
import { Derivation } from './derivation';
import { derivedWaiting } from './derived-items';
import { DerivedItems } from './derived-items-panel';
import { parentExhibit } from './evidence-shared';
import { Header } from './header';
import { Identity } from './identity';
import { Incidents } from './incidents';
import { Processing } from './processing';
import { Timeline } from './timeline';

export function EvidenceDetail({ caseId, itemId }: { caseId: string; itemId: string }) {
  const { t } = useTranslation('evidence');
  const [version, setVersion] = useState(0);
  const detail = useApi(() => api.call('getEvidence', { params: { caseId, itemId } }), [caseId, itemId, version]);
  const report = useApi(() => api.call('custodyReport', { params: { caseId }, query: { itemId } }), [caseId, itemId, version]);
  const members = useApi(() => api.call('listMembers', { params: { caseId } }), [caseId]);
  const reload = () => setVersion((n) => n + 1);

  const item = detail.data?.item;
  const entry = report.data?.items.find((i) => i.item.id === itemId);
  const events = entry?.events ?? [];
  const children = report.data?.items.filter((i) => i.item.parentId === itemId).map((i) => i.item) ?? [];
  const processing = detail.data?.processing ?? null;
  // No state yet means its job waits in the queue.
  const waiting = !!item?.digests && (!processing || processing.status === 'queued' || processing.status === 'running');

  // Follow processing while this item or one derived from it waits, through the case's summary: reading the exhibit
  // again would record a view in the ledger every few seconds. Reload once no item of the case waits to be processed.
  const following = waiting || derivedWaiting(detail.data?.derived);
  useEffect(() => {
    if (!following) return;
    const timer = setInterval(() => {
      api.call('processingSummary', { params: { caseId } }).then(
        (next) => next.counts.pending + next.counts.queued + next.counts.running === 0 && setVersion((n) => n + 1),
        () => {},
      );
    }, 4000);
    return () => clearInterval(timer);
  }, [following, caseId]);

  return (
    <CaseFrame caseId={caseId}>
      <div className="ev">
        <p className="breadcrumbs">
          <Link to={`/cases/${caseId}/evidence`}>{t('detail.back')}</Link>
          {item?.parentId && (
            <>
              {' / '}
              <Link to={`/cases/${caseId}/evidence/${item.parentId}`}>{parentExhibit(item.exhibitNumber) ?? t('detail.parent')}</Link>
            </>
          )}
        </p>
        <ErrorNote message={detail.error} />
        {!item ? (
          !detail.error && <Loading />
        ) : (
          <>
            <Header caseId={caseId} item={item} members={members.data} onChanged={reload} />
            {detail.data!.incidents.length > 0 && <Incidents caseId={caseId} incidents={detail.data!.incidents} onChanged={reload} />}
            <div className="grid-2 detail-grid">
              <Identity caseId={caseId} item={item} />
              <Custody caseId={caseId} item={item} members={members.data} onChanged={reload} />
              <Acquisition item={item} />
              <div className="card">
                <h2>{t('detail.processingTitle')}</h2>
                <Processing caseId={caseId} item={item} state={processing} waiting={waiting} />
                <DerivedItems caseId={caseId} item={item} derived={detail.data!.derived} />
                <DateOrderChoice
                  caseId={caseId}
                  item={item}
                  state={processing}
                  waiting={waiting}
                  members={members.data}
                  onChanged={reload}
                />
                <Derivation caseId={caseId} item={item} />
                <Children caseId={caseId} count={detail.data!.children} items={children} />
              </div>
              <Timeline events={events} members={members.data} loading={report.loading && !report.data} error={report.error} />
            </div>
          </>
        )}
      </div>
    </CaseFrame>
  );
}
