// The selected node of the link graph: its type, label, names seen and weight, links to its entity and to
// search, and its neighbours by strength of link.
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Link } from '../../router';
import { useApi } from '../../use-api';
import type { Graph, GraphNode } from './graph-model';
import { useNodeTypeName } from './use-node-type-name';

export function NodeDetails({
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
