// The link graph's shapes from the API, its edge kinds, and the colours of nodes and edges (shared by the
// drawing, the legend and the table of links).
import type { RouteOutput, Routes } from '@tamga/api';

export type Graph = RouteOutput<Routes['linkGraph']>;
export type GraphNode = Graph['nodes'][number];
export type GraphEdge = Graph['edges'][number];
export type EdgeKind = GraphEdge['kind'];

export const KINDS: EdgeKind[] = ['communication', 'mentions', 'co_occurs'];
export const EDGE_COLOURS: Record<EdgeKind, string> = { communication: '#0b5cad', mentions: '#c2410c', co_occurs: '#8a94a3' };
export const ACCOUNT_COLOUR = '#14263d';
export const ENTITY_COLOURS: Record<string, string> = {
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

export function nodeColour(node: GraphNode): string {
  return node.kind === 'account' ? ACCOUNT_COLOUR : (ENTITY_COLOURS[node.type] ?? '#64748b');
}
