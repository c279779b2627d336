// The thread an e-mail belongs to (FORMATS.md §4.4): the e-mails of its case joined by Message-ID, In-Reply-To and
// References, as a reply tree in time order. Only the case's own e-mails: need-to-know holds within a thread too.
import type { Actor } from '../actor';
import { loadCaseFor, requirePermission } from '../access';
import type { Artifact } from '../artifact';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import { actorEvent, recordEvent } from '../record-event';

/** E-mails gathered at most; a mailing list's thread can be far larger than anyone reads in one view. */
export const THREAD_LIMIT = 200;

export interface ThreadMessage {
  artifactId: string;
  at: string | null;
  zone: string | null;
  from: string | null;
  subject: string | null;
  messageId: string | null;
  /** The e-mail of the thread this one replies to, when the case holds it. */
  parentId: string | null;
  /** 0 for an e-mail none of whose ancestors the case holds. */
  depth: number;
}

export interface EmailThread {
  /** Depth first: each e-mail followed by its replies, siblings and roots in time order (undated last). */
  messages: ThreadMessage[];
  /** Ids the thread's e-mails name that no e-mail of the case has: messages not seized, or not yet analysed. */
  missing: number;
  /** True when the thread is larger than THREAD_LIMIT e-mails and only part was gathered. */
  truncated: boolean;
}

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const ids = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * The ids this e-mail may hang under, nearest first: what it replies to (In-Reply-To), then References from the
 * last, its parent's place, back to the thread's first (RFC 5322 §3.6.4). A reply to a message the case does not
 * hold hangs under the nearest one it does.
 */
function ancestorIds(artifact: Artifact): string[] {
  return [...ids(artifact.fields.inReplyTo), ...ids(artifact.fields.references).reverse()];
}

function byTime(a: Artifact, b: Artifact): number {
  const at = a.at ?? '~';
  const bt = b.at ?? '~';
  return at < bt ? -1 : at > bt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export async function emailThread(deps: Deps, actor: Actor, caseId: string, artifactId: string): Promise<EmailThread> {
  requirePermission(actor, 'case.content.read');
  return deps.store.transaction(async (tx) => {
    await loadCaseFor(tx, actor, caseId, 'read');
    const start = await tx.artifacts.byId(caseId, artifactId);
    if (!start) throw new TamgaError('ARTIFACT_NOT_FOUND');
    if (start.type !== 'email') return { messages: [], missing: 0, truncated: false };

    // Walk the graph of e-mails and the ids they are or name, a ring at a time, until it closes or is too large.
    const members = new Set([artifactId]);
    const seenIds = new Set<string>();
    let frontier = [artifactId];
    let truncated = false;
    while (frontier.length > 0 && !truncated) {
      const named = (await tx.analysis.messageReferencesOf(caseId, frontier)).map((r) => r.messageId).filter((id) => !seenIds.has(id));
      for (const id of named) seenIds.add(id);
      if (named.length === 0) break;
      frontier = [];
      for (const reference of await tx.analysis.messageReferencesTo(caseId, [...new Set(named)])) {
        if (members.has(reference.artifactId)) continue;
        if (members.size >= THREAD_LIMIT) {
          truncated = true;
          break;
        }
        members.add(reference.artifactId);
        frontier.push(reference.artifactId);
      }
    }

    const artifacts: Artifact[] = [];
    for (const id of members) {
      const artifact = await tx.artifacts.byId(caseId, id);
      if (artifact?.type === 'email') artifacts.push(artifact);
    }
    artifacts.sort(byTime);
    // The same message seized twice (two mailboxes) is two e-mails with one id: replies hang under the earliest.
    const holder = new Map<string, Artifact>();
    for (const artifact of artifacts) {
      const id = text(artifact.fields.messageId);
      if (id && !holder.has(id)) holder.set(id, artifact);
    }
    const parentOf = new Map<string, string | null>();
    for (const artifact of artifacts) {
      const parent = ancestorIds(artifact)
        .map((id) => holder.get(id))
        .find((held) => held && held.id !== artifact.id);
      parentOf.set(artifact.id, parent?.id ?? null);
    }
    // A loop of replies (forged or broken headers) must not hide its e-mails: where one closes, a root is made.
    for (const artifact of artifacts) {
      const path = new Set<string>();
      for (let at: string | null | undefined = artifact.id; at; at = parentOf.get(at)) {
        if (path.has(at)) {
          parentOf.set(at, null);
          break;
        }
        path.add(at);
      }
    }
    const children = new Map<string | null, Artifact[]>();
    for (const artifact of artifacts) {
      const parent = parentOf.get(artifact.id) ?? null;
      children.set(parent, [...(children.get(parent) ?? []), artifact]);
    }
    const messages: ThreadMessage[] = [];
    const visit = (artifact: Artifact, depth: number) => {
      messages.push({
        artifactId: artifact.id,
        at: artifact.at,
        zone: artifact.zone,
        from: artifact.actors.find((a) => a.role === 'from')?.account ?? null,
        subject: text(artifact.fields.subject),
        messageId: text(artifact.fields.messageId),
        parentId: parentOf.get(artifact.id) ?? null,
        depth,
      });
      for (const child of children.get(artifact.id) ?? []) visit(child, depth + 1);
    };
    for (const root of children.get(null) ?? []) visit(root, 0);

    const held = new Set(holder.keys());
    const missing = [...seenIds].filter((id) => !held.has(id)).length;
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'artifacts.listed', { caseId, details: { thread: artifactId, returned: messages.length } }),
    );
    return { messages, missing, truncated };
  });
}
