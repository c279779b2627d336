// The analysis job: after an item is processed, find the entities in its artefacts (free text, structured
// fields and the accounts parsers named), record who communicated with whom, and index it all for search.
import type { Artifact, ArtifactActor } from '../artifact';
import type { Deps } from '../deps';
import {
  entityKey,
  type Communication,
  type EntityExtractor,
  type EntityMatch,
  type EntityOccurrence,
  type ItemAnalysis,
  type MessageReference,
  SUBJECT_KEY,
} from '../entity';
import { threadSubject } from './thread-subject';
import type { EnqueueJob } from '../job-queue';
import type { SearchDocument } from '../search-index';
import { eachSettled } from '../each-settled';

export const ANALYSE_JOB = 'analysis.extract';

export interface AnalyseJobPayload {
  caseId: string;
  itemId: string;
  [key: string]: unknown;
}

/** At most one live analysis job per item; a processing run that ends while it runs has it run once more after. */
export function analysisJob(payload: AnalyseJobPayload): EnqueueJob {
  return { name: ANALYSE_JOB, payload, dedupeKey: `analyse:${payload.itemId}`, maxAttempts: 3 };
}

const PAGE = 2000;
/**
 * Every transaction of an analysis: derived data, rebuilt by running the job again (so not flushed by itself), and
 * written without the ledger's lock. A large item's analysis is hundreds of them over many minutes; each taking the
 * lock held up every use case of every other worker (an intake, a search's ledger event, a processed item's record)
 * for as long as each page's reads and writes took, turn after turn. Analysis appends no ledger event and decides
 * nothing on what another transaction may change meanwhile: its rows are its item's alone, and one live job per item
 * (analysisJob's dedupe key) keeps runs of an item apart, as the lock, taken page by page, never did.
 */
const DERIVED = { durable: false, lockLedger: false };
/** Longer field values (raw headers, embedded blobs) are not mined: they are not what people write. */
const MAX_FIELD_CHARS = 64 * 1024;
/**
 * Fields that name a record rather than say something: an e-mail's Message-ID, In-Reply-To and References are
 * `local@domain` ids (RFC 5322 §3.6.4) that read as addresses but name a message. They are searched, not mined.
 */
const IDENTIFIER_FIELDS = new Set(['messageId', 'inReplyTo', 'references']);
const SENDER_ROLES = new Set<ArtifactActor['role']>(['from', 'author', 'caller']);
const RECIPIENT_ROLES = new Set<ArtifactActor['role']>(['to', 'cc', 'bcc', 'callee']);

/** What an account named by a parser is as an entity: an e-mail address, a phone, or an account of its own. */
export function accountEntity(account: string): Pick<EntityMatch, 'type' | 'value'> {
  const colon = account.indexOf(':');
  const platform = colon > 0 ? account.slice(0, colon) : '';
  const rest = colon > 0 ? account.slice(colon + 1) : account;
  if (platform === 'email' && rest.includes('@')) return { type: 'email', value: rest.toLowerCase() };
  if ((platform === 'whatsapp' || platform === 'phone' || platform === 'tel') && /^\+\d{6,15}$/.test(rest)) {
    return { type: 'phone', value: rest };
  }
  return { type: 'account', value: account };
}

/**
 * Top-level strings and string lists of an artefact's fields, one level into objects, and the link targets of a
 * list of text entities (a Telegram `text_link`'s `href`, hidden behind other words: FORMATS.md §1.4 extracts both),
 * each with whether entities are looked for in it.
 */
function fieldTexts(fields: Record<string, unknown>): Array<[string, string, boolean]> {
  const out: Array<[string, string, boolean]> = [];
  let mined = true;
  const add = (name: string, value: unknown, depth: number) => {
    if (typeof value === 'string') {
      if (value.length > 0 && value.length <= MAX_FIELD_CHARS) out.push([name, value, mined]);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => {
        if (typeof v === 'string') add(`${name}.${i}`, v, depth);
        else if (v && typeof v === 'object' && typeof (v as { href?: unknown }).href === 'string') {
          add(`${name}.${i}.href`, (v as { href: string }).href, depth);
        }
      });
    } else if (value && typeof value === 'object' && depth < 1) {
      for (const [key, inner] of Object.entries(value)) add(`${name}.${key}`, inner, depth + 1);
    }
  };
  for (const [key, value] of Object.entries(fields)) {
    mined = !IDENTIFIER_FIELDS.has(key);
    add(`fields.${key}`, value, 0);
  }
  return out;
}

export interface ArtifactAnalysis {
  occurrences: EntityOccurrence[];
  communications: Communication[];
  references: MessageReference[];
  document: SearchDocument;
}

/** An e-mail's own Message-ID and those it replies to and names, as its parser recorded them. */
function messageReferences(artifact: Artifact): MessageReference[] {
  if (artifact.type !== 'email') return [];
  const out: MessageReference[] = [];
  const add = (value: unknown, relation: MessageReference['relation']) => {
    if (typeof value === 'string' && value.length > 0 && value.length <= 1000) {
      out.push({ caseId: artifact.caseId, itemId: artifact.itemId, artifactId: artifact.id, messageId: value, relation });
    }
  };
  const { messageId, inReplyTo, references, subject } = artifact.fields;
  add(messageId, 'self');
  const before = out.length;
  if (Array.isArray(inReplyTo)) for (const id of inReplyTo) add(id, 'reply_to');
  if (Array.isArray(references)) for (const id of new Set(references)) add(id, 'reference');
  // Without reply headers, the subject is all that ties a reply to what it answers.
  const bySubject = out.length === before && typeof subject === 'string' ? threadSubject(subject) : null;
  if (bySubject) add(`${SUBJECT_KEY}${bySubject.key}`, bySubject.reply ? 'subject_reply' : 'subject_original');
  return out;
}

/** Everything analysis derives from one artefact; pure, so it is tested without a database. */
export function analyseArtifact(artifact: Artifact, extract: EntityExtractor, defaultRegion: string | undefined): ArtifactAnalysis {
  const sender = artifact.actors.find((a) => SENDER_ROLES.has(a.role))?.account ?? null;
  const occurrences: EntityOccurrence[] = [];
  // Written out rather than spread from a shared base: a spread literal is built property by property, and an
  // e-mail's artefacts give a dozen occurrences each (it was a fifth of a mailbox's analysis).
  const push = (field: string, match: EntityMatch) =>
    occurrences.push({
      caseId: artifact.caseId,
      itemId: artifact.itemId,
      artifactId: artifact.id,
      artifactType: artifact.type,
      at: artifact.at,
      account: sender,
      key: entityKey(match.type, match.value),
      type: match.type,
      value: match.value,
      valid: match.valid,
      field,
      start: match.start,
      end: match.end,
      raw: match.raw,
      flags: match.flags,
      details: match.details,
    });

  const searchable: string[] = [];
  if (artifact.text) {
    searchable.push(artifact.text);
    for (const match of extract(artifact.text, { defaultRegion, field: 'text' })) push('text', match);
  }
  for (const [field, value, mined] of fieldTexts(artifact.fields)) {
    searchable.push(value);
    if (mined) for (const match of extract(value, { defaultRegion, field })) push(field, match);
  }
  const seen = new Set<string>();
  for (const actor of artifact.actors) {
    if (actor.name) searchable.push(actor.name);
    searchable.push(actor.account);
    if (seen.has(actor.account)) continue;
    seen.add(actor.account);
    const entity = accountEntity(actor.account);
    push(`actors.${actor.role}`, {
      ...entity,
      raw: actor.account,
      start: 0,
      end: actor.account.length,
      valid: true,
      flags: [],
      details: actor.name ? { name: actor.name } : {},
    });
  }

  const communications: Communication[] = [];
  if (sender) {
    const targets = new Set(artifact.actors.filter((a) => RECIPIENT_ROLES.has(a.role) && a.account !== sender).map((a) => a.account));
    for (const target of targets) {
      communications.push({
        caseId: artifact.caseId,
        itemId: artifact.itemId,
        artifactId: artifact.id,
        artifactType: artifact.type,
        at: artifact.at,
        source: sender,
        target,
      });
    }
  }

  const accounts = [...seen];
  const entities = [...new Set(occurrences.filter((o) => o.valid).map((o) => o.key))];
  return {
    occurrences,
    communications,
    references: messageReferences(artifact),
    document: {
      artifactId: artifact.id,
      caseId: artifact.caseId,
      itemId: artifact.itemId,
      type: artifact.type,
      at: artifact.at,
      text: searchable.join('\n'),
      accounts,
      entities,
    },
  };
}

/**
 * Analyses an item's artefacts page by page, replacing what an earlier run found. A failure is recorded on the
 * item (so progress does not wait for it forever) and rethrown for the queue to retry.
 */
export async function analyseItem(deps: Deps, extract: EntityExtractor, payload: AnalyseJobPayload): Promise<ItemAnalysis> {
  try {
    return (await analyseGroup(deps, extract, [payload]))[0]!;
  } catch (error) {
    const state: ItemAnalysis = {
      itemId: payload.itemId,
      caseId: payload.caseId,
      status: 'failed',
      artifacts: 0,
      occurrences: 0,
      communications: 0,
      reason: error instanceof Error ? error.message : String(error),
      rules: extract.rules ?? null,
      updatedAt: deps.clock.now().toISOString(),
    };
    await deps.store.transaction((tx) => tx.analysis.upsertState(state), DERIVED).catch(() => {});
    throw error;
  }
}

/**
 * Analyses many items as analyseItem does each, sharing their writes: a mailbox's ten thousand attachments, one or
 * two artefacts each, took eight transactions apiece one by one. Per payload, the error that failed it or
 * undefined; when the group fails as a whole, each item is analysed again on its own, so a failure stays its item's.
 */
export async function analyseItems(
  deps: Deps,
  extract: EntityExtractor,
  payloads: readonly AnalyseJobPayload[],
): Promise<Array<Error | undefined>> {
  if (payloads.length > 1) {
    try {
      await analyseGroup(deps, extract, payloads);
      return payloads.map(() => undefined);
    } catch {
      // Told apart below, item by item.
    }
  }
  return eachSettled(payloads, (payload) => analyseItem(deps, extract, payload));
}

/**
 * Lets the event loop turn: on SQLite every statement is synchronous, and a large item's pages would otherwise hold
 * it (timers, HTTP, another job's slot in the same process) from the first page to the last.
 */
const turn = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * What makes a run's result count (crash consistency): the item's state. It is deleted first, with the rows of any
 * earlier run, and written as done in a transaction of its own only after every page's rows and documents have
 * committed. A crash or a failure in between leaves an item with some rows and no state, which progress does not
 * count as analysed; the job's lease lapses and it runs again, deleting those rows first. So the state says done if
 * and only if the whole result is committed, without one transaction (and its locks) spanning the item.
 */
async function analyseGroup(deps: Deps, extract: EntityExtractor, payloads: readonly AnalyseJobPayload[]): Promise<ItemAnalysis[]> {
  const regions = new Map<string, string | undefined>();
  await deps.store.read(async (tx) => {
    for (const caseId of new Set(payloads.map((payload) => payload.caseId))) {
      const record = await tx.cases.byId(caseId);
      if (!record) throw new Error(`case ${caseId} does not exist`);
      regions.set(caseId, record.country || undefined);
    }
  });
  const itemIds = payloads.map((payload) => payload.itemId);
  await deps.store.transaction(async (tx) => {
    for (const itemId of itemIds) await tx.analysis.deleteForItem(itemId);
  }, DERIVED);
  await deps.search.removeItems(itemIds);

  // What the pages found, written once a page's worth (of one large item or of many small ones) has gathered. One
  // page's writes are in flight while the next page is read and analysed: on PostgreSQL the database then inserts
  // while this process extracts, on two cores rather than one after the other. Never more than one, so at most two
  // pages are held, and a failed write fails the next write (or the end) of the run.
  let rows: EntityOccurrence[] = [];
  let edges: Communication[] = [];
  let references: MessageReference[] = [];
  let documents: SearchDocument[] = [];
  let writing: Promise<void> = Promise.resolve();
  const write = async () => {
    await writing;
    if (documents.length === 0) return;
    const [occurrences, communications, named, indexed] = [rows, edges, references, documents];
    rows = [];
    edges = [];
    references = [];
    documents = [];
    writing = (async () => {
      await deps.store.transaction(async (tx) => {
        await tx.analysis.insertOccurrences(occurrences);
        await tx.analysis.insertCommunications(communications);
        await tx.analysis.insertMessageReferences(named);
      }, DERIVED);
      await turn();
      await deps.search.index(indexed);
    })();
    // Marked as handled while the next page is analysed; the error itself is thrown where `writing` is awaited.
    writing.catch(() => {});
  };

  const counts: Array<Pick<ItemAnalysis, 'itemId' | 'caseId' | 'artifacts' | 'occurrences' | 'communications'>> = [];
  // An item twice in one group (never queued so, but cheap to guard) is analysed once.
  const seen = new Set<string>();
  for (const { caseId, itemId } of payloads) {
    if (seen.has(itemId)) continue;
    seen.add(itemId);
    const defaultRegion = regions.get(caseId);
    let after = -1;
    let artifacts = 0;
    let occurrences = 0;
    let communications = 0;
    for (;;) {
      await turn();
      // Read in a snapshot of its own: no lock, and on SQLite not the write lock that a write transaction takes.
      const page = await deps.store.read((tx) => tx.artifacts.listForItem(itemId, after, PAGE));
      if (page.length === 0) break;
      after = page[page.length - 1]!.ordinal;
      for (const artifact of page) {
        const found = analyseArtifact(artifact, extract, defaultRegion);
        for (const occurrence of found.occurrences) rows.push(occurrence);
        for (const communication of found.communications) edges.push(communication);
        for (const reference of found.references) references.push(reference);
        documents.push(found.document);
        occurrences += found.occurrences.length;
        communications += found.communications.length;
      }
      artifacts += page.length;
      if (documents.length >= PAGE) await write();
    }
    counts.push({ itemId, caseId, artifacts, occurrences, communications });
  }
  await write();
  await writing;
  // Done once everything it found is written.
  const updatedAt = deps.clock.now().toISOString();
  const rules = extract.rules ?? null;
  const states: ItemAnalysis[] = counts.map((count) => ({ ...count, status: 'done', reason: null, rules, updatedAt }));
  await deps.store.transaction(async (tx) => {
    for (const state of states) await tx.analysis.upsertState(state);
  }, DERIVED);
  return states;
}
