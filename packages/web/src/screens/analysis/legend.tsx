// The link graph's legend: the colours of the node types and edge kinds in the graph shown, and what sizes mean.
import { useTranslation } from 'react-i18next';
import { useEntityTypeName } from './analysis-shared';
import { ACCOUNT_COLOUR, EDGE_COLOURS, ENTITY_COLOURS, KINDS, type Graph } from './graph-model';

export function Legend({ graph }: { graph: Graph }) {
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
