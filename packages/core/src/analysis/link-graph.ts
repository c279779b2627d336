// The link graph of a case: accounts and entities as nodes; messages, e-mails and calls between accounts,
// what each account wrote, and entities that appear together, as weighted edges. The web app draws it.
import type { Actor } from '../actor';
import { loadCaseFor, requirePermission } from '../access';
import type { Deps } from '../deps';
import { accountEntity } from './analyse-item';
import { entityKey } from '../entity';
import type { TimeRangeFilter } from '../ports';
import { utcRange } from '../instant';
import { actorEvent, recordEvent } from '../record-event';

export type GraphEdgeKind = 'communication' | 'mentions' | 'co_occurs';

export interface GraphNode {
  id: string;
  kind: 'account' | 'entity';
  /** Entity type, or the account's platform. */
  type: string;
  label: string;
  weight: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  kind: GraphEdgeKind;
  weight: number;
  firstAt?: string | null;
  lastAt?: string | null;
}

export interface GraphRequest extends TimeRangeFilter {
  kinds?: GraphEdgeKind[];
  /** Only entities of these types (accounts always stay). */
  entityTypes?: string[];
  /** Edges lighter than this are left out. */
  minWeight?: number;
  limit?: number;
}

/** Accounts are nodes under the same key an entity would have, so an e-mail sender and the address in a text meet. */
function accountNode(account: string): { id: string; type: string; label: string } {
  const entity = accountEntity(account);
  return {
    id: entityKey(entity.type, entity.value),
    type: entity.type === 'account' ? account.split(':')[0]! : entity.type,
    label: entity.value,
  };
}

export async function readLinkGraph(
  deps: Deps,
  actor: Actor,
  caseId: string,
  request: GraphRequest = {},
): Promise<{ nodes: GraphNode[]; edges: GraphEdge[] }> {
  requirePermission(actor, 'case.content.read');
  const limit = Math.min(Math.max(request.limit ?? 2000, 1), 20_000);
  request = utcRange(request);
  const kinds = new Set<GraphEdgeKind>(request.kinds ?? ['communication', 'mentions', 'co_occurs']);
  const minWeight = Math.max(request.minWeight ?? 1, 1);
  const entityTypeOk = (type: string) => !request.entityTypes?.length || request.entityTypes.includes(type);
  return deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'read');
    const nodes = new Map<string, GraphNode>();
    const edges: GraphEdge[] = [];
    const node = (id: string, kind: GraphNode['kind'], type: string, label: string, weight: number) => {
      const existing = nodes.get(id);
      if (existing) existing.weight += weight;
      else nodes.set(id, { id, kind, type, label, weight });
    };

    if (kinds.has('communication')) {
      for (const edge of await tx.analysis.communicationEdges(caseId, request, limit)) {
        if (edge.count < minWeight) continue;
        const source = accountNode(edge.source);
        const target = accountNode(edge.target);
        node(source.id, 'account', source.type, source.label, edge.count);
        node(target.id, 'account', target.type, target.label, edge.count);
        edges.push({
          source: source.id,
          target: target.id,
          kind: 'communication',
          weight: edge.count,
          firstAt: edge.firstAt,
          lastAt: edge.lastAt,
        });
      }
    }
    if (kinds.has('mentions')) {
      for (const edge of await tx.analysis.accountEntityEdges(caseId, request, limit)) {
        if (edge.count < minWeight || !entityTypeOk(edge.type)) continue;
        const source = accountNode(edge.account);
        if (source.id === edge.key) continue;
        node(source.id, 'account', source.type, source.label, edge.count);
        node(edge.key, 'entity', edge.type, edge.value, edge.count);
        edges.push({ source: source.id, target: edge.key, kind: 'mentions', weight: edge.count });
      }
    }
    if (kinds.has('co_occurs')) {
      // Pairs of entities in the same artefact, counted once per artefact.
      const byArtifact = new Map<string, string[]>();
      for (const { artifactId, key } of await tx.analysis.artifactEntityPairs(caseId, request, limit * 10)) {
        const type = key.slice(0, key.indexOf(':'));
        if (type === 'account' || !entityTypeOk(type)) continue;
        const list = byArtifact.get(artifactId) ?? [];
        if (!list.includes(key)) list.push(key);
        byArtifact.set(artifactId, list);
      }
      const pairs = new Map<string, number>();
      for (const keys of byArtifact.values()) {
        keys.sort();
        for (let i = 0; i < keys.length; i++) {
          for (let j = i + 1; j < keys.length; j++) {
            const pair = `${keys[i]}\u0000${keys[j]}`;
            pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
          }
        }
      }
      for (const [pair, weight] of pairs) {
        if (weight < minWeight) continue;
        const [a, b] = pair.split('\u0000') as [string, string];
        for (const key of [a, b]) {
          const colon = key.indexOf(':');
          node(key, 'entity', key.slice(0, colon), key.slice(colon + 1), weight);
        }
        edges.push({ source: a, target: b, kind: 'co_occurs', weight });
      }
    }
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'graph.read', { caseId, details: JSON.parse(JSON.stringify(request)) as Record<string, unknown> }),
    );
    edges.sort((x, y) => y.weight - x.weight || x.source.localeCompare(y.source) || x.target.localeCompare(y.target));
    const kept = edges.slice(0, limit);
    const used = new Set(kept.flatMap((e) => [e.source, e.target]));
    return {
      nodes: [...nodes.values()].filter((n) => used.has(n.id)).sort((x, y) => y.weight - x.weight || x.id.localeCompare(y.id)),
      edges: kept,
    };
  });
}
