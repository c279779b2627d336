// The entities of a case (phones, wallets, e-mails …), each with where else it occurs: other cases of the
// reader by name, the rest only as a count with a way to ask their leads for access. The lead of the case
// also decides here on the requests for access to it.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { navigate, useLocation } from '../../router';
import { useApi } from '../../use-api';
import { Empty, ErrorNote, Field, Loading, Select } from '../../ui';
import { CaseFrame } from '../cases/case-frame';
import { ENTITY_TYPE_NAMES, type EntityType } from './analysis-shared';
import { AskAccess } from './ask-access';
import { EntityDetail } from './entity-detail';
import { EntityTable } from './entity-table';
import type { EntityView } from './entity-view';
import { IncomingRequests } from './incoming-requests';

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
