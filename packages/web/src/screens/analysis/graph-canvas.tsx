// The link graph drawn with cytoscape.js (laid out with cose), with a button to fit it to the view; the selected
// node and its links stand out.
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Core, ElementDefinition, StylesheetJson } from 'cytoscape';
import { EDGE_COLOURS, nodeColour, type Graph } from './graph-model';

const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/** The drawing. cytoscape is imported here, on first use, so it is not part of the app's first load. */
export function GraphCanvas({
  graph,
  selected,
  onSelect,
}: {
  graph: Graph | undefined;
  selected: string | null;
  onSelect: (id: string) => void;
}) {
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
      const box = container.current.getBoundingClientRect();
      const elements: ElementDefinition[] = [
        ...graph.nodes.map((n, i) => ({
          // The layout starts from a spiral in the order the graph gives its nodes, not from random places: the same
          // graph is drawn the same way each time it is opened (a reader keeps their bearings; a screenshot for a
          // report can be taken again).
          position: {
            x: box.width / 2 + 40 * Math.sqrt(i) * Math.cos(i * GOLDEN_ANGLE),
            y: box.height / 2 + 40 * Math.sqrt(i) * Math.sin(i * GOLDEN_ANGLE),
          },
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
      instance = cytoscape({
        container: container.current,
        elements,
        style,
        layout: {
          name: 'cose',
          animate: false,
          randomize: false,
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
