// The link graph of a case: accounts and entities as nodes; communication, mentions and co-occurrence as
// weighted edges. Drawn with cytoscape.js, loaded only here; a table of the strongest links says the same in
// text for keyboard and screen-reader users, and selecting a node there shows its details too.
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useLocation } from '../../router';
import { useApi } from '../../use-api';
import { ErrorNote, Field } from '../../ui';
import { CaseFrame } from '../cases/case-frame';
import { useDateBound, type EntityType } from './analysis-shared';
import { EdgeTable } from './edge-table';
import { GraphCanvas } from './graph-canvas';
import { KINDS, type EdgeKind } from './graph-model';
import { Legend } from './legend';
import { NodeDetails } from './node-details';
import { TypePicker } from './type-picker';

interface Filters {
  kinds: EdgeKind[];
  entityTypes: EntityType[];
  minWeight: number;
  from: string;
  to: string;
}
const DEFAULT_FILTERS: Filters = { kinds: KINDS, entityTypes: [], minWeight: 1, from: '', to: '' };

export function LinkGraph({ caseId }: { caseId: string }) {
  const { t } = useTranslation('analysis');
  const { query } = useLocation();
  const focus = query.get('focus');
  const bound = useDateBound();
  const [filters, setFilters] = useState<Filters>(DEFAULT_FILTERS);
  const [applied, setApplied] = useState<Filters>(DEFAULT_FILTERS);
  const [selected, setSelected] = useState<string | null>(focus);
  const graph = useApi(
    () =>
      api.call('linkGraph', {
        params: { caseId },
        query: {
          kinds: applied.kinds.join(','),
          entityTypes: applied.entityTypes.length ? applied.entityTypes.join(',') : undefined,
          minWeight: applied.minWeight > 1 ? applied.minWeight : undefined,
          from: applied.from ? bound(applied.from, false) : undefined,
          to: applied.to ? bound(applied.to, true) : undefined,
        },
      }),
    [caseId, applied],
  );
  const data = graph.data;
  const nodeById = useMemo(() => new Map((data?.nodes ?? []).map((n) => [n.id, n])), [data]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setApplied(filters);
  };
  const toggle = <T,>(list: T[], item: T, on: boolean): T[] => (on ? [...list, item] : list.filter((x) => x !== item));
  const selectedNode = selected ? nodeById.get(selected) : undefined;

  return (
    <CaseFrame caseId={caseId}>
      <h2 className="visually-hidden">{t('graph.title')}</h2>
      <form className="card graph-filters" onSubmit={submit} aria-label={t('graph.filters')}>
        <fieldset className="kinds">
          <legend>{t('graph.kinds')}</legend>
          <div className="checks">
            {KINDS.map((kind) => (
              <label key={kind} className="check" title={t(`graph.kindHints.${kind}`)}>
                <input
                  type="checkbox"
                  checked={filters.kinds.includes(kind)}
                  onChange={(e) => setFilters({ ...filters, kinds: toggle(filters.kinds, kind, e.target.checked) })}
                />
                {t(`graph.kindNames.${kind}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <TypePicker chosen={filters.entityTypes} onChange={(entityTypes) => setFilters({ ...filters, entityTypes })} />
        <Field
          label={t('graph.minWeight')}
          title={t('graph.minWeightHint')}
          type="number"
          min={1}
          step={1}
          className="narrow-input"
          value={filters.minWeight}
          onChange={(e) => setFilters({ ...filters, minWeight: Math.max(1, Math.floor(Number(e.target.value) || 1)) })}
        />
        <div className="range">
          <Field
            label={t('graph.from')}
            type="date"
            value={filters.from}
            onChange={(e) => setFilters({ ...filters, from: e.target.value })}
          />
          <Field
            label={t('graph.to')}
            type="date"
            value={filters.to}
            min={filters.from || undefined}
            onChange={(e) => setFilters({ ...filters, to: e.target.value })}
          />
          <button type="submit" className="primary" disabled={filters.kinds.length === 0}>
            {t('graph.show')}
          </button>
        </div>
        <p className="muted small form-note">{t('search.datesHint')}</p>
      </form>
      <ErrorNote message={graph.error} />
      <div className="graph-layout">
        <div>
          <div className="card graph-canvas-wrap">
            <p className="graph-status muted small" role="status" aria-live="polite">
              {graph.loading
                ? t('common:loading')
                : data && (
                    <>
                      {t('graph.nodes', { count: data.nodes.length })} · {t('graph.edges', { count: data.edges.length })}
                    </>
                  )}
            </p>
            {data && data.edges.length === 0 && data.nodes.length === 0 && !graph.loading ? (
              <p className="muted empty graph-empty">{t('graph.empty')}</p>
            ) : (
              <GraphCanvas graph={data} selected={selected} onSelect={setSelected} />
            )}
          </div>
        </div>
        <div>
          <section className="card node-details" aria-labelledby="node-details-title" aria-live="polite">
            <h2 id="node-details-title" className={selectedNode ? 'visually-hidden' : undefined}>
              {t('graph.details')}
            </h2>
            {selectedNode && data ? (
              <NodeDetails caseId={caseId} node={selectedNode} graph={data} nodeById={nodeById} onSelect={setSelected} />
            ) : (
              <p className="muted">{t('graph.choose')}</p>
            )}
          </section>
          {data && data.nodes.length > 0 && <Legend graph={data} />}
        </div>
      </div>
      {data && data.edges.length > 0 && <EdgeTable graph={data} nodeById={nodeById} selected={selected} onSelect={setSelected} />}
    </CaseFrame>
  );
}
