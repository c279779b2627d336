// The strongest links of the graph as a table (all of them on request), the same as the drawing says in text
// for keyboard and screen-reader users; selecting a node here selects it in the drawing.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatTime } from '../../format';
import { EDGE_COLOURS, type Graph, type GraphNode } from './graph-model';

const TABLE_ROWS = 25;

export function EdgeTable({
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
