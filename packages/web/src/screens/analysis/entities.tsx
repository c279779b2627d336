// The entities of a case (phones, wallets, e-mails …), each with where else it occurs: other cases of the
// reader by name, the rest only as a count with a way to ask their leads for access. The lead of the case
// also decides here on the requests for access to it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteOutput, Routes } from '@tamga/api';
import { api, errorMessage } from '../../api';
import { useFormatTime } from '../../format';
import { Link, navigate, useLocation } from '../../router';
import { useApi } from '../../use-api';
import { Empty, ErrorNote, Field, Loading, Select, TextArea } from '../../ui';
import { CaseFrame } from '../cases/case-frame';
import { ENTITY_TYPE_NAMES, Modal, useEntityTypeName, useFormatDate, type EntityType } from './analysis-shared';

type EntityView = RouteOutput<Routes['listEntities']>['entities'][number];
type Incoming = RouteOutput<Routes['incomingAccessRequests']>['requests'][number];
const LIMIT = 200;

export function Entities({ caseId }: { caseId: string }) {
  const { t } = useTranslation('analysis');
  const { path, query } = useLocation();
  const selected = query.get('key');
  const detail = useApi(() => api.call('getCase', { params: { caseId } }), [caseId]);
  const [type, setType] = useState<EntityType | ''>('');
  const [contains, setContains] = useState('');
  const [applied, setApplied] = useState('');
  const [unvalidated, setUnvalidated] = useState(false);
  const [asking, setAsking] = useState<EntityView | null>(null);
  const list = useApi(
    () =>
      api.call('listEntities', {
        params: { caseId },
        query: { type: type || undefined, contains: applied || undefined, validOnly: unvalidated ? 'false' : 'true', limit: LIMIT },
      }),
    [caseId, type, applied, unvalidated],
  );
  const select = (key: string | null) => {
    const next = new URLSearchParams(query);
    if (key) next.set('key', key);
    else next.delete('key');
    const written = next.toString();
    navigate(`${path}${written ? `?${written}` : ''}`, { replace: true });
  };
  // The case's own answer only: moving to another case keeps the previous answer until the new one arrives.
  const lead = detail.data?.case.id === caseId && detail.data.myLevel === 'lead';
  const incoming = useApi(
    () => (lead ? api.call('incomingAccessRequests', { params: { caseId }, query: {} }) : Promise.resolve(null)),
    [caseId, lead],
  );
  const pending = incoming.data?.requests.some((r) => r.status === 'pending') ?? false;
  const requests = lead && incoming.data !== undefined && (
    <IncomingRequests caseId={caseId} requests={incoming.data?.requests ?? []} error={incoming.error} onDecided={incoming.reload} />
  );
  const entities = list.data?.entities;
  const filtered = Boolean(type || applied || unvalidated);

  return (
    <CaseFrame caseId={caseId}>
      <h2 className="visually-hidden">{t('entities.title')}</h2>
      {pending && requests}
      <form
        className="card entity-filters"
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          setApplied(contains.trim());
        }}
      >
        <Select label={t('entities.filterType')} value={type} onChange={(e) => setType(e.target.value as EntityType | '')}>
          <option value="">{t('entities.allTypes')}</option>
          {ENTITY_TYPE_NAMES.map((name) => (
            <option key={name} value={name}>
              {t(`entityTypes.${name}`)}
            </option>
          ))}
        </Select>
        <Field
          label={t('entities.contains')}
          value={contains}
          maxLength={200}
          spellCheck={false}
          onChange={(e) => setContains(e.target.value)}
        />
        <button type="submit">{t('entities.apply')}</button>
        <div className="field inline">
          <input id="entities-unvalidated" type="checkbox" checked={unvalidated} onChange={(e) => setUnvalidated(e.target.checked)} />
          <label htmlFor="entities-unvalidated">{t('entities.showUnvalidated')}</label>
        </div>
      </form>
      <ErrorNote message={list.error} />
      <div className="entities-layout">
        <div className="card">
          {list.loading && !entities ? (
            <Loading />
          ) : entities?.length === 0 ? (
            <Empty>{filtered ? t('entities.noneMatching') : t('entities.none')}</Empty>
          ) : (
            entities && <EntityTable entities={entities} selected={selected} onSelect={select} onAsk={setAsking} />
          )}
          {entities?.length === LIMIT && <p className="muted small">{t('entities.limitNote', { count: LIMIT })}</p>}
        </div>
        <div className="card entity-detail" aria-live="polite">
          {selected ? (
            <EntityDetail key={selected} caseId={caseId} entityKey={selected} onClose={() => select(null)} onAsk={setAsking} />
          ) : (
            <p className="muted">{t('entities.detail.choose')}</p>
          )}
        </div>
      </div>
      {!pending && requests}
      {asking && <AskAccess caseId={caseId} entity={asking} onClose={() => setAsking(null)} />}
    </CaseFrame>
  );
}

function EntityTable({
  entities,
  selected,
  onSelect,
  onAsk,
}: {
  entities: EntityView[];
  selected: string | null;
  onSelect: (key: string) => void;
  onAsk: (entity: EntityView) => void;
}) {
  const { t } = useTranslation('analysis');
  const formatDate = useFormatDate();
  const typeName = useEntityTypeName();
  return (
    <div className="table-scroll">
      <table className="table entity-table">
        <caption className="visually-hidden">{t('entities.list')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('entities.value')}</th>
            <th scope="col" className="num">
              {t('entities.occurrences')}
            </th>
            <th scope="col">{t('entities.seen')}</th>
            <th scope="col">{t('entities.alsoIn')}</th>
          </tr>
        </thead>
        <tbody>
          {entities.map((e) => (
            <tr key={e.key} className={e.key === selected ? 'selected' : undefined}>
              <td>
                <span className="entity-type">
                  {typeName(e.type)}
                  {!e.valid && <span className="badge warn">{t('entities.unvalidated')}</span>}
                </span>
                <button
                  type="button"
                  className={`entity-pick${e.value.length > 24 ? ' long' : ''}`}
                  title={e.value}
                  onClick={() => onSelect(e.key)}
                  aria-label={t('entities.select', { value: e.value })}
                  aria-pressed={e.key === selected}
                >
                  {e.value}
                </button>
              </td>
              <td className="num">
                {e.occurrences}
                <br />
                <span className="muted small">{t('entities.inArtefacts', { count: e.artifacts })}</span>
              </td>
              <td className="small">
                {e.firstAt ? (
                  formatDate(e.lastAt) === formatDate(e.firstAt) ? (
                    <span className="nowrap">{formatDate(e.firstAt)}</span>
                  ) : (
                    <>
                      <span className="nowrap">{formatDate(e.firstAt)} –</span> <span className="nowrap">{formatDate(e.lastAt)}</span>
                    </>
                  )
                ) : (
                  <span className="muted">{t('common:undated')}</span>
                )}
              </td>
              <td>
                <AlsoIn entity={e} onAsk={onAsk} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function AlsoIn({ entity, onAsk }: { entity: EntityView; onAsk: (entity: EntityView) => void }) {
  const { t } = useTranslation('analysis');
  const { cases, others } = entity.alsoIn;
  if (cases.length === 0 && others === 0) return <span className="muted small">{t('entities.onlyHere')}</span>;
  return (
    <div className="also-in">
      {cases.map((c) => (
        <Link key={c.id} to={`/cases/${c.id}/entities?key=${encodeURIComponent(entity.key)}`} title={c.title}>
          {c.reference}
        </Link>
      ))}
      {others > 0 && (
        <>
          <span>{t('entities.otherCases', { count: others })}</span>
          <button type="button" onClick={() => onAsk(entity)}>
            {t('entities.askAccess')}
          </button>
        </>
      )}
    </div>
  );
}

function EntityDetail({
  caseId,
  entityKey,
  onClose,
  onAsk,
}: {
  caseId: string;
  entityKey: string;
  onClose: () => void;
  onAsk: (entity: EntityView) => void;
}) {
  const { t } = useTranslation('analysis');
  const formatTime = useFormatTime();
  const typeName = useEntityTypeName();
  const [limit, setLimit] = useState(50);
  const data = useApi(() => api.call('getEntity', { params: { caseId }, query: { key: entityKey, limit } }), [caseId, entityKey, limit]);
  if (data.error) return <ErrorNote message={data.error} />;
  if (!data.data) return <Loading />;
  const { entity, occurrences } = data.data;
  const names = [...new Set(occurrences.map((o) => o.details.name).filter((n): n is string => typeof n === 'string' && n.length > 0))];
  return (
    <>
      <div className="detail-head">
        <div>
          <span className="entity-type">
            {typeName(entity.type)}
            {!entity.valid && <span className="badge warn">{t('entities.unvalidated')}</span>}
          </span>
          <h2 className="mono">{entity.value}</h2>
        </div>
        <button type="button" onClick={onClose}>
          {t('entities.detail.close')}
        </button>
      </div>
      <dl className="facts">
        <dt>{t('entities.occurrences')}</dt>
        <dd>
          {entity.occurrences} {t('entities.inArtefacts', { count: entity.artifacts })}
        </dd>
        <dt>{t('entities.firstSeen')}</dt>
        <dd>{entity.firstAt ? formatTime(entity.firstAt) : '—'}</dd>
        <dt>{t('entities.lastSeen')}</dt>
        <dd>{entity.lastAt ? formatTime(entity.lastAt) : '—'}</dd>
        {names.length > 0 && (
          <>
            <dt>{t('entities.detail.knownAs')}</dt>
            <dd>{names.join(', ')}</dd>
          </>
        )}
        <dt>{t('entities.alsoIn')}</dt>
        <dd>
          <AlsoIn entity={entity} onAsk={onAsk} />
        </dd>
      </dl>
      <p className="actions">
        <Link to={`/cases/${caseId}/search?q=${encodeURIComponent(`"${entity.value}"`)}`}>{t('entities.detail.searchFor')}</Link>
        <Link to={`/cases/${caseId}/graph?focus=${encodeURIComponent(entity.key)}`}>{t('entities.detail.inGraph')}</Link>
      </p>
      <h3>{t('entities.detail.occurrences')}</h3>
      {occurrences.length === 0 ? (
        <p className="muted">{t('entities.detail.noOccurrences')}</p>
      ) : (
        <ol className="occurrences">
          {occurrences.map((o) => (
            <li key={`${o.artifactId}:${o.field}:${o.start}`}>
              <Link to={`/cases/${caseId}/artifacts/${o.artifactId}`}>
                {t(`artifact-types:names.${o.artifactType}`, { defaultValue: o.artifactType })} · {formatTime(o.at)}
              </Link>
              <dl>
                <dt>{t('entities.detail.raw')}</dt>
                <dd>
                  <code>{o.raw}</code>
                </dd>
                <dt>{t('entities.detail.field')}</dt>
                <dd>
                  <code>{o.field}</code>
                </dd>
                {o.account && (
                  <>
                    <dt>{t('entities.detail.account')}</dt>
                    <dd>
                      <code>{o.account}</code>
                    </dd>
                  </>
                )}
                {o.flags.length > 0 && (
                  <>
                    <dt>{t('entities.detail.flags')}</dt>
                    <dd>
                      {o.flags.map((flag) => (
                        <span key={flag} className="badge warn">
                          {flag}
                        </span>
                      ))}
                    </dd>
                  </>
                )}
              </dl>
            </li>
          ))}
        </ol>
      )}
      {occurrences.length === limit && limit < 1000 && (
        <p>
          <button type="button" onClick={() => setLimit((n) => Math.min(n * 2, 1000))} disabled={data.loading}>
            {t('entities.detail.more')}
          </button>
        </p>
      )}
    </>
  );
}

function AskAccess({ caseId, entity, onClose }: { caseId: string; entity: EntityView; onClose: () => void }) {
  const { t } = useTranslation('analysis');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [requested, setRequested] = useState<number | null>(null);
  const ready = reason.trim().length >= 10;
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    setError(null);
    api.call('requestAccess', { params: { caseId }, body: { entityKey: entity.key, reason: reason.trim() } }).then(
      (result) => {
        setRequested(result.requested);
        setBusy(false);
      },
      (failure: unknown) => {
        setError(errorMessage(failure));
        setBusy(false);
      },
    );
  };
  return (
    <Modal title={t('entities.ask.title')} onClose={onClose}>
      {requested !== null ? (
        <>
          <p className="ok-note" role="status">
            {t('entities.ask.sent', { count: requested })}
          </p>
          <div className="actions">
            <Link to="/access-requests">{t('entities.ask.seeOwn')}</Link>
            <button type="button" className="primary" onClick={onClose}>
              {t('common:close')}
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={send}>
          <p>{t('entities.ask.explain', { count: entity.alsoIn.others, value: entity.value })}</p>
          <TextArea
            label={t('entities.ask.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required
            minLength={10}
            maxLength={2000}
            aria-describedby="ask-reason-hint"
            autoFocus
          />
          <p id="ask-reason-hint" className="muted small">
            {t('entities.ask.reasonHint')}
          </p>
          <ErrorNote message={error} />
          <div className="actions">
            <button type="button" onClick={onClose}>
              {t('common:cancel')}
            </button>
            <button type="submit" className="primary" disabled={!ready || busy}>
              {t('entities.ask.send')}
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}

function IncomingRequests({
  caseId,
  requests,
  error,
  onDecided,
}: {
  caseId: string;
  requests: Incoming[];
  error: string | null;
  onDecided: () => void;
}) {
  const { t } = useTranslation('analysis');
  const formatTime = useFormatTime();
  const typeName = useEntityTypeName();
  const list = [...requests].sort(
    (a, b) => Number(b.status === 'pending') - Number(a.status === 'pending') || b.createdAt.localeCompare(a.createdAt),
  );
  return (
    <section className="card incoming" aria-labelledby="incoming-title">
      <h2 id="incoming-title">
        {t('entities.incoming.title')}
        {list.some((r) => r.status === 'pending') && (
          <span className="badge warn">
            {t('status.pending')}: {list.filter((r) => r.status === 'pending').length}
          </span>
        )}
      </h2>
      <ErrorNote message={error} />
      {list.length === 0 ? (
        <p className="muted">{t('entities.incoming.none')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('entities.incoming.requester')}</th>
              <th scope="col">{t('entities.incoming.fromCase')}</th>
              <th scope="col">{t('entities.incoming.entity')}</th>
              <th scope="col">{t('entities.incoming.reason')}</th>
              <th scope="col">{t('entities.incoming.asked')}</th>
              <th scope="col">{t('entities.incoming.decision')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((r) => (
              <IncomingRow key={r.id} caseId={caseId} request={r} onDecided={onDecided} formatTime={formatTime} typeName={typeName} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function IncomingRow({
  caseId,
  request: r,
  onDecided,
  formatTime,
  typeName,
}: {
  caseId: string;
  request: Incoming;
  onDecided: () => void;
  formatTime: (iso: string | null) => string;
  typeName: (type: string) => string;
}) {
  const { t } = useTranslation('analysis');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = r.requesterDisplayName || r.requesterUsername;
  const at = r.entityKey.indexOf(':');
  const decide = (decision: 'approve' | 'refuse') => {
    setBusy(true);
    setError(null);
    api
      .call('decideAccessRequest', {
        params: { caseId, requestId: r.id },
        body: { decision, ...(note.trim() ? { note: note.trim() } : {}) },
      })
      .then(
        () => {
          setBusy(false);
          onDecided();
        },
        (failure: unknown) => {
          setError(errorMessage(failure));
          setBusy(false);
        },
      );
  };
  return (
    <tr>
      <td>
        {r.requesterDisplayName}
        <br />
        <span className="muted small">{r.requesterUsername}</span>
      </td>
      <td className="nowrap">{r.fromCaseReference}</td>
      <td>
        <span className="entity-type">{typeName(r.entityKey.slice(0, at))}</span>
        <code>{r.entityKey.slice(at + 1)}</code>
      </td>
      <td className="reason">{r.reason}</td>
      <td className="small nowrap">{formatTime(r.createdAt)}</td>
      <td>
        {r.status === 'pending' ? (
          <>
            <label className="visually-hidden" htmlFor={`note-${r.id}`}>
              {t('entities.incoming.noteFor', { name })}
            </label>
            <input
              id={`note-${r.id}`}
              value={note}
              maxLength={2000}
              placeholder={t('entities.incoming.note')}
              onChange={(e) => setNote(e.target.value)}
            />
            <div className="decide">
              <button
                type="button"
                className="primary"
                disabled={busy}
                onClick={() => decide('approve')}
                aria-label={t('entities.incoming.approveFor', { name })}
              >
                {t('entities.incoming.approve')}
              </button>
              <button
                type="button"
                className="danger"
                disabled={busy}
                onClick={() => decide('refuse')}
                aria-label={t('entities.incoming.refuseFor', { name })}
              >
                {t('entities.incoming.refuse')}
              </button>
            </div>
            <ErrorNote message={error} />
          </>
        ) : (
          <>
            <span className={`badge ${r.status === 'approved' ? 'good' : 'bad'}`}>{t(`status.${r.status}`)}</span>
            <br />
            <span className="muted small">{formatTime(r.decidedAt)}</span>
            {r.decisionNote && (
              <>
                <br />
                <span className="small">{r.decisionNote}</span>
              </>
            )}
          </>
        )}
      </td>
    </tr>
  );
}
