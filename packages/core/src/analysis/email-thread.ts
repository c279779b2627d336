// The thread an e-mail belongs to (FORMATS.md §4.4): the e-mails of its case joined by Message-ID, In-Reply-To and
// References, as a reply tree in time order. Only the case's own e-mails: need-to-know holds within a thread too.
import type { Actor } from '../actor';
import { loadCaseFor, requirePermission } from '../access';
import type { Artifact } from '../artifact';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import { SUBJECT_KEY, type MessageReference } from '../entity';
import { actorEvent, recordEvent } from '../record-event';
import { threadSubject } from './thread-subject';

/** E-mails gathered at most; a mailing list's thread can be far larger than anyone reads in one view. */
export const THREAD_LIMIT = 200;

export interface ThreadMessage {
  artifactId: string;
  at: string | null;
  zone: string | null;
  from: string | null;
  /** The sender's address as its header wrote it, when that differs from the account (capitals): `writtenAs`. */
  fromWritten: string | null;
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
  /** True when the thread is larger than THREAD_LIMIT e-mails: those nearest the e-mail asked about were gathered. */
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

type Relation = MessageReference['relation'];
const BY_ID: ReadonlySet<Relation> = new Set(['self', 'reply_to', 'reference']);
/**
 * Whom a key joins, by how the e-mail reaching it holds it: a Message-ID joins every e-mail that is, answers or
 * names it; a subject joins originals to replies and replies to originals, never two originals (two e-mails both
 * called "Documents" are not one conversation).
 */
const JOINS: Record<Relation, ReadonlySet<Relation>> = {
  self: BY_ID,
  reply_to: BY_ID,
  reference: BY_ID,
  subject_original: new Set(['subject_reply']),
  subject_reply: new Set(['subject_original']),
};

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

    // Walk the graph of e-mails and the keys they hold, a ring at a time, until it closes or is too large.
    const members = new Set([artifactId]);
    const followed = new Set<string>();
    const named = new Set<string>();
    let frontier = [artifactId];
    let truncated = false;
    while (frontier.length > 0 && !truncated) {
      const joins = new Map<string, Set<Relation>>();
      for (const reference of await tx.analysis.messageReferencesOf(caseId, frontier)) {
        const followedAs = `${reference.relation} ${reference.messageId}`;
        if (followed.has(followedAs)) continue;
        followed.add(followedAs);
        if (!reference.messageId.startsWith(SUBJECT_KEY)) named.add(reference.messageId);
        joins.set(reference.messageId, new Set([...(joins.get(reference.messageId) ?? []), ...JOINS[reference.relation]]));
      }
      if (joins.size === 0) break;
      frontier = [];
      for (const reference of await tx.analysis.messageReferencesTo(caseId, [...joins.keys()])) {
        if (members.has(reference.artifactId) || !joins.get(reference.messageId)?.has(reference.relation)) continue;
        if (members.size >= THREAD_LIMIT) {
          truncated = true;
          break;
        }
        members.add(reference.artifactId);
        frontier.push(reference.artifactId);
      }
    }

    const artifacts = (await tx.artifacts.byIds(caseId, [...members])).filter((artifact) => artifact.type === 'email');
    artifacts.sort(byTime);
    // The same message seized twice (two mailboxes) is two e-mails with one id: replies hang under the earliest.
    const holder = new Map<string, Artifact>();
    for (const artifact of artifacts) {
      const id = text(artifact.fields.messageId);
      if (id && !holder.has(id)) holder.set(id, artifact);
    }
    // E-mails without reply headers, by subject: a reply hangs under the latest original before it (or the first).
    const originals = new Map<string, Artifact[]>();
    const bySubject = new Map<string, { key: string; reply: boolean } | null>();
    for (const artifact of artifacts) {
      const subject = text(artifact.fields.subject);
      const placed = ancestorIds(artifact).length === 0 && subject !== null ? threadSubject(subject) : null;
      bySubject.set(artifact.id, placed);
      if (placed && !placed.reply) originals.set(placed.key, [...(originals.get(placed.key) ?? []), artifact]);
    }
    const parentOf = new Map<string, string | null>();
    for (const artifact of artifacts) {
      let parent = ancestorIds(artifact)
        .map((id) => holder.get(id))
        .find((held) => held && held.id !== artifact.id);
      const placed = bySubject.get(artifact.id);
      if (!parent && placed?.reply) {
        const answered = originals.get(placed.key) ?? [];
        parent = answered.filter((original) => byTime(original, artifact) < 0).pop() ?? answered[0];
      }
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
      const from = artifact.actors.find((a) => a.role === 'from')?.account ?? null;
      const writtenAs = artifact.fields.writtenAs;
      messages.push({
        artifactId: artifact.id,
        at: artifact.at,
        zone: artifact.zone,
        from,
        fromWritten: from && writtenAs && typeof writtenAs === 'object' ? text((writtenAs as Record<string, unknown>)[from]) : null,
        subject: text(artifact.fields.subject),
        messageId: text(artifact.fields.messageId),
        parentId: parentOf.get(artifact.id) ?? null,
        depth,
      });
      for (const child of children.get(artifact.id) ?? []) visit(child, depth + 1);
    };
    for (const root of children.get(null) ?? []) visit(root, 0);

    const missing = [...named].filter((id) => !holder.has(id)).length;
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'artifacts.listed', { caseId, details: { thread: artifactId, returned: messages.length } }),
    );
    return { messages, missing, truncated };
  });
}
