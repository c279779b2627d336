// The link graph of a case: accounts and entities as nodes; communication, mentions and co-occurrence as
// weighted edges. Drawn with cytoscape.js, loaded only here; a table of the strongest links says the same in
// text for keyboard and screen-reader users, and selecting a node there shows its details too.
import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';
import type { RouteOutput, Routes } from '@tamga/api';
import { api } from '../../api';
import { useFormatTime } from '../../format';
import { Link, useLocation } from '../../router';
import { useApi } from '../../use-api';
import { ErrorNote, Field } from '../../ui';
import { CaseFrame } from '../cases/case-frame';
import { ENTITY_TYPE_NAMES, useDateBound, useEntityTypeName, type EntityType } from './analysis-shared';

type Graph = RouteOutput<Routes['linkGraph']>;
type GraphNode = Graph['nodes'][number];
type GraphEdge = Graph['edges'][number];
type EdgeKind = GraphEdge['kind'];

const KINDS: EdgeKind[] = ['communication', 'mentions', 'co_occurs'];
const EDGE_COLOURS: Record<EdgeKind, string> = { communication: '#0b5cad', mentions: '#c2410c', co_occurs: '#8a94a3' };
const ACCOUNT_COLOUR = '#14263d';
const ENTITY_COLOURS: Record<string, string> = {
  phone: '#1a7f37',
  email: '#7c3aed',
  url: '#0e7490',
  domain: '#06b6d4',
  ipv4: '#b42318',
  ipv6: '#e11d48',
  btc_address: '#d97706',
  eth_address: '#a16207',
  tron_address: '#f59e0b',
  telegram_username: '#2563eb',
  telegram_link: '#60a5fa',
  payment_card: '#db2777',
  iban: '#9d174d',
  account: '#64748b',
};
const TABLE_ROWS = 25;

function nodeColour(node: GraphNode): string {
  return node.kind === 'account' ? ACCOUNT_COLOUR : (ENTITY_COLOURS[node.type] ?? '#64748b');
}

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

/** Entity types as a drop-down list of checkboxes; none chosen means all. */
function TypePicker({ chosen, onChange }: { chosen: EntityType[]; onChange: (types: EntityType[]) => void }) {
  const { t } = useTranslation('analysis');
  const ref = useRef<HTMLDetailsElement>(null);
  const types = ENTITY_TYPE_NAMES.filter((type) => type !== 'account');
  const summary =
    chosen.length === 0
      ? t('graph.allEntityTypes')
      : chosen.length <= 2
        ? chosen.map((c) => t(`entityTypes.${c}`)).join(', ')
        : t('graph.typesChosen', { count: chosen.length });
  return (
    <fieldset className="type-picker">
      <legend>{t('graph.entityTypes')}</legend>
      <details
        ref={ref}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && ref.current?.open) {
            ref.current.open = false;
            ref.current.querySelector('summary')?.focus();
          }
        }}
      >
        <summary>{summary}</summary>
        <div className="type-panel">
          {types.map((type) => (
            <label key={type} className="check">
              <input
                type="checkbox"
                checked={chosen.includes(type)}
                onChange={(e) => onChange(e.target.checked ? [...chosen, type] : chosen.filter((x) => x !== type))}
              />
              {t(`entityTypes.${type}`)}
            </label>
          ))}
          {chosen.length > 0 && (
            <button type="button" onClick={() => onChange([])}>
              {t('graph.allEntityTypes')}
            </button>
          )}
        </div>
      </details>
    </fieldset>
  );
}

/** The drawing. cytoscape is imported here, on first use, so it is not part of the app's first load. */
function GraphCanvas({ graph, selected, onSelect }: { graph: Graph | undefined; selected: string | null; onSelect: (id: string) => void }) {
  const { t } = useTranslation('analysis');
  const container = useRef<HTMLDivElement>(null);
  const cy = useRef<Core | null>(null);
  const [ready, setReady] = useState(false);
  const select = useRef(onSelect);
  select.current = onSelect;

  useEffect(() => {
    if (!graph || !container.current) return;
    let cancelled = false;
    let instance: Core | null = null;
    setReady(false);
    void import('cytoscape').then(({ default: cytoscape }) => {
      if (cancelled || !container.current) return;
      const maxNode = Math.max(1, ...graph.nodes.map((n) => n.weight));
      const maxEdge = Math.max(1, ...graph.edges.map((e) => e.weight));
      const elements: ElementDefinition[] = [
        ...graph.nodes.map((n) => ({
          data: {
            id: n.id,
            label: n.label.length > 28 ? `${n.label.slice(0, 27)}…` : n.label,
            colour: nodeColour(n),
            size: 22 + 48 * Math.sqrt(n.weight / maxNode),
            shape: n.kind === 'account' ? 'round-rectangle' : 'ellipse',
          },
        })),
        ...graph.edges.map((e, i) => ({
          data: {
            id: `e${i}`,
            source: e.source,
            target: e.target,
            kind: e.kind,
            colour: EDGE_COLOURS[e.kind],
            width: 1 + 7 * (e.weight / maxEdge),
          },
        })),
      ];
      const style: StylesheetJson = [
        {
          selector: 'node',
          style: {
            'background-color': 'data(colour)',
            width: 'data(size)',
            height: 'data(size)',
            shape: 'data(shape)' as never,
            label: 'data(label)',
            'font-size': 12,
            'font-family': 'system-ui, sans-serif',
            color: '#1b1f24',
            'text-valign': 'bottom',
            'text-margin-y': 3,
            'text-outline-color': '#ffffff',
            'text-outline-width': 2,
            'border-width': 1,
            'border-color': '#ffffff',
          },
        },
        {
          selector: 'edge',
          style: {
            width: 'data(width)',
            'line-color': 'data(colour)',
            'target-arrow-color': 'data(colour)',
            'target-arrow-shape': 'triangle',
            'arrow-scale': 0.8,
            'curve-style': 'bezier',
            opacity: 0.75,
          },
        },
        { selector: 'edge[kind = "co_occurs"]', style: { 'line-style': 'dashed', 'target-arrow-shape': 'none' } },
        { selector: '.faded', style: { opacity: 0.15 } },
        { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#ffb020', 'font-weight': 'bold', 'z-index': 10 } },
        { selector: 'edge.near', style: { opacity: 1, 'z-index': 9 } },
      ];
      const box = container.current.getBoundingClientRect();
      instance = cytoscape({
        container: container.current,
        elements,
        style,
        layout: {
          name: 'cose',
          animate: false,
          randomize: true,
          nodeRepulsion: () => 40000,
          idealEdgeLength: () => 110,
          nodeOverlap: 40,
          gravity: 0.4,
          componentSpacing: 60,
          numIter: 2500,
          nodeDimensionsIncludeLabels: true,
          padding: 30,
          // Laid out in the shape of the drawing area, so a long chain does not shrink everything else.
          boundingBox: { x1: 0, y1: 0, w: Math.max(box.width, 300), h: Math.max(box.height, 300) },
        } as never,
        wheelSensitivity: 0.3,
        minZoom: 0.2,
        maxZoom: 3,
      });
      instance.fit(undefined, 30);
      instance.on('tap', 'node', (event) => select.current(event.target.id() as string));
      cy.current = instance;
      setReady(true);
    });
    return () => {
      cancelled = true;
      instance?.destroy();
      cy.current = null;
    };
  }, [graph]);

  // The selected node and its links stand out; the rest fades.
  useEffect(() => {
    const c = cy.current;
    if (!c || !ready) return;
    c.elements().removeClass('faded focus near');
    if (!selected) return;
    const node = c.getElementById(selected);
    if (node.empty()) return;
    const hood = node.closedNeighborhood();
    c.elements().not(hood).addClass('faded');
    node.addClass('focus');
    node.connectedEdges().addClass('near');
  }, [selected, ready]);

  return (
    <>
      <div className="graph-toolbar">
        <button type="button" onClick={() => cy.current?.fit(undefined, 30)} disabled={!ready}>
          {t('graph.fit')}
        </button>
      </div>
      <div
        ref={container}
        className="graph-canvas"
        role="img"
        aria-label={
          graph
            ? t('graph.canvas', {
                nodes: t('graph.nodes', { count: graph.nodes.length }),
                edges: t('graph.edges', { count: graph.edges.length }),
              })
            : t('graph.drawing')
        }
      />
    </>
  );
}

function useNodeTypeName(): (node: GraphNode) => string {
  const { t } = useTranslation('analysis');
  const entityType = useEntityTypeName();
  return (node) => {
    if (node.kind === 'entity') return entityType(node.type);
    const platform =
      node.type === 'email' || node.type === 'phone' ? entityType(node.type) : node.type.charAt(0).toUpperCase() + node.type.slice(1);
    return `${t('graph.nodeKind.account')} · ${platform}`;
  };
}

function NodeDetails({
  caseId,
  node,
  graph,
  nodeById,
  onSelect,
}: {
  caseId: string;
  node: GraphNode;
  graph: Graph;
  nodeById: Map<string, GraphNode>;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation('analysis');
  const typeName = useNodeTypeName();
  // The names an account was seen under (Telegram ids say little by themselves); viewing is recorded like any.
  const seen = useApi(() => api.call('getEntity', { params: { caseId }, query: { key: node.id, limit: 100 } }), [caseId, node.id]);
  const names = [
    ...new Set((seen.data?.occurrences ?? []).map((o) => o.details.name).filter((n): n is string => typeof n === 'string' && n.length > 0)),
  ];
  const edges = graph.edges.filter((e) => e.source === node.id || e.target === node.id).sort((a, b) => b.weight - a.weight);
  return (
    <>
      <span className="entity-type">{typeName(node)}</span>
      <p className="mono" style={{ fontWeight: 600, fontSize: '1.05rem', margin: '0.1rem 0 0.4rem' }}>
        {node.label}
      </p>
      <dl className="facts">
        {names.length > 0 && (
          <>
            <dt>{t('entities.detail.knownAs')}</dt>
            <dd>{names.join(', ')}</dd>
          </>
        )}
        <dt>{t('graph.weight')}</dt>
        <dd>{node.weight}</dd>
      </dl>
      <p className="actions">
        <Link to={`/cases/${caseId}/entities?key=${encodeURIComponent(node.id)}`}>{t('graph.openEntity')}</Link>
        <Link to={`/cases/${caseId}/search?q=${encodeURIComponent(`"${node.label}"`)}`}>{t('graph.searchFor')}</Link>
      </p>
      {edges.length > 0 && (
        <>
          <h3>{t('graph.neighbours')}</h3>
          <ul className="neighbours">
            {edges.map((e, i) => {
              const otherId = e.source === node.id ? e.target : e.source;
              const other = nodeById.get(otherId);
              const arrow = e.kind === 'co_occurs' ? '—' : e.source === node.id ? '→' : '←';
              return (
                <li key={i}>
                  <span aria-hidden="true">{arrow} </span>
                  {arrow !== '—' && <span className="visually-hidden">{t(arrow === '→' ? 'graph.target' : 'graph.source')}: </span>}
                  <button type="button" className="link-button mono" onClick={() => onSelect(otherId)}>
                    {other?.label ?? otherId}
                  </button>{' '}
                  <span className="muted small neighbour-meta">
                    {t(`graph.kindNames.${e.kind}`)} × {e.weight}
                  </span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </>
  );
}

function Legend({ graph }: { graph: Graph }) {
  const { t } = useTranslation('analysis');
  const typeName = useEntityTypeName();
  const entityTypes = [...new Set(graph.nodes.filter((n) => n.kind === 'entity').map((n) => n.type))].sort();
  const hasAccounts = graph.nodes.some((n) => n.kind === 'account');
  const kinds = KINDS.filter((k) => graph.edges.some((e) => e.kind === k));
  return (
    <section className="card legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('graph.legend')}</h2>
      <h3>{t('graph.legendNodes')}</h3>
      <ul>
        {hasAccounts && (
          <li>
            <span className="swatch-node square" style={{ background: ACCOUNT_COLOUR }} aria-hidden="true" />
            {t('graph.accounts')}
          </li>
        )}
        {entityTypes.map((type) => (
          <li key={type}>
            <span className="swatch-node" style={{ background: ENTITY_COLOURS[type] ?? '#64748b' }} aria-hidden="true" />
            {typeName(type)}
          </li>
        ))}
      </ul>
      <h3>{t('graph.legendEdges')}</h3>
      <ul>
        {kinds.map((kind) => (
          <li key={kind}>
            <span
              className={`swatch-edge${kind === 'co_occurs' ? ' dashed' : ''}`}
              style={{ borderColor: EDGE_COLOURS[kind] }}
              aria-hidden="true"
            />
            <span>
              {t(`graph.kindNames.${kind}`)}
              <span className="muted small"> — {t(`graph.kindHints.${kind}`)}</span>
            </span>
          </li>
        ))}
      </ul>
      <p className="muted small">{t('graph.sizeNote')}</p>
    </section>
  );
}

function EdgeTable({
  graph,
  nodeById,
  selected,
  onSelect,
}: {
  graph: Graph;
  nodeById: Map<string, GraphNode>;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
  const { t } = useTranslation('analysis');
  const formatTime = useFormatTime();
  const [all, setAll] = useState(false);
  const top = [...graph.edges].sort((a, b) => b.weight - a.weight).slice(0, all ? undefined : TABLE_ROWS);
  const label = (id: string) => nodeById.get(id)?.label ?? id;
  const cell = (id: string) => (
    <button
      type="button"
      className="link-button mono"
      onClick={() => onSelect(id)}
      aria-pressed={selected === id}
      aria-label={t('graph.selectNode', { label: label(id) })}
    >
      {label(id)}
    </button>
  );
  return (
    <section className="card" aria-labelledby="edge-table-title">
      <h2 id="edge-table-title">{t('graph.table')}</h2>
      <p className="muted small">
        {graph.edges.length === 1 ? t('graph.tableOnly') : t('graph.tableNote', { count: graph.edges.length, shown: top.length })}
      </p>
      <table className="table edge-table">
        <thead>
          <tr>
            <th scope="col">{t('graph.source')}</th>
            <th scope="col">{t('graph.target')}</th>
            <th scope="col">{t('graph.kind')}</th>
            <th scope="col" className="num">
              {t('graph.weight')}
            </th>
            <th scope="col">{t('graph.firstAt')}</th>
            <th scope="col">{t('graph.lastAt')}</th>
          </tr>
        </thead>
        <tbody>
          {top.map((e, i) => (
            <tr key={i}>
              <td>{cell(e.source)}</td>
              <td>{cell(e.target)}</td>
              <td className="nowrap">
                <span
                  className={`swatch-edge${e.kind === 'co_occurs' ? ' dashed' : ''}`}
                  style={{ borderColor: EDGE_COLOURS[e.kind], display: 'inline-block', marginRight: '0.4rem', verticalAlign: 'middle' }}
                  aria-hidden="true"
                />
                {t(`graph.kindNames.${e.kind}`)}
              </td>
              <td className="num">{e.weight}</td>
              <td className="small nowrap">{e.firstAt ? formatTime(e.firstAt) : '—'}</td>
              <td className="small nowrap">{e.lastAt ? formatTime(e.lastAt) : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {graph.edges.length > TABLE_ROWS && (
        <p>
          <button type="button" onClick={() => setAll(!all)} aria-expanded={all}>
            {all ? t('graph.showStrongest', { count: TABLE_ROWS }) : t('graph.showAll', { count: graph.edges.length })}
          </button>
        </p>
      )}
    </section>
  );
}
