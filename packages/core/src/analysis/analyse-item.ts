// The analysis job: after an item is processed, find the entities in its artefacts (free text, structured
// fields and the accounts parsers named), record who communicated with whom, and index it all for search.
import type { Artifact, ArtifactActor } from '../artifact';
import type { Deps } from '../deps';
import { entityKey, type Communication, type EntityExtractor, type EntityMatch, type EntityOccurrence, type ItemAnalysis } from '../entity';
import type { EnqueueJob } from '../job-queue';
import type { SearchDocument } from '../search-index';

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
/** Longer field values (raw headers, embedded blobs) are not mined: they are not what people write. */
const MAX_FIELD_CHARS = 64 * 1024;
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

/** Top-level strings and string lists of an artefact's fields, one level into objects (e.g. headers). */
function fieldTexts(fields: Record<string, unknown>): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  const add = (name: string, value: unknown, depth: number) => {
    if (typeof value === 'string') {
      if (value.length > 0 && value.length <= MAX_FIELD_CHARS) out.push([name, value]);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => {
        if (typeof v === 'string') add(`${name}.${i}`, v, depth);
      });
    } else if (value && typeof value === 'object' && depth < 1) {
      for (const [key, inner] of Object.entries(value)) add(`${name}.${key}`, inner, depth + 1);
    }
  };
  for (const [key, value] of Object.entries(fields)) add(`fields.${key}`, value, 0);
  return out;
}

export interface ArtifactAnalysis {
  occurrences: EntityOccurrence[];
  communications: Communication[];
  document: SearchDocument;
}

/** Everything analysis derives from one artefact; pure, so it is tested without a database. */
export function analyseArtifact(artifact: Artifact, extract: EntityExtractor, defaultRegion: string | undefined): ArtifactAnalysis {
  const sender = artifact.actors.find((a) => SENDER_ROLES.has(a.role))?.account ?? null;
  const occurrences: EntityOccurrence[] = [];
  const base = {
    caseId: artifact.caseId,
    itemId: artifact.itemId,
    artifactId: artifact.id,
    artifactType: artifact.type,
    at: artifact.at,
    account: sender,
  };
  const push = (field: string, match: EntityMatch) =>
    occurrences.push({
      ...base,
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
  for (const [field, value] of fieldTexts(artifact.fields)) {
    searchable.push(value);
    for (const match of extract(value, { defaultRegion, field })) push(field, match);
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
    for (const target of targets) communications.push({ ...base, source: sender, target });
  }

  const accounts = [...seen];
  const entities = [...new Set(occurrences.filter((o) => o.valid).map((o) => o.key))];
  return {
    occurrences,
    communications,
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
    return await analyse(deps, extract, payload);
  } catch (error) {
    const state: ItemAnalysis = {
      itemId: payload.itemId,
      caseId: payload.caseId,
      status: 'failed',
      artifacts: 0,
      occurrences: 0,
      communications: 0,
      reason: error instanceof Error ? error.message : String(error),
      updatedAt: deps.clock.now().toISOString(),
    };
    await deps.store.transaction((tx) => tx.analysis.upsertState(state), { durable: false }).catch(() => {});
    throw error;
  }
}

async function analyse(deps: Deps, extract: EntityExtractor, payload: AnalyseJobPayload): Promise<ItemAnalysis> {
  const record = await deps.store.transaction((tx) => tx.cases.byId(payload.caseId));
  if (!record) throw new Error(`case ${payload.caseId} does not exist`);
  const defaultRegion = record.country || undefined;
  await deps.store.transaction((tx) => tx.analysis.deleteForItem(payload.itemId), { durable: false });
  await deps.search.removeItem(payload.itemId);

  let after = -1;
  let artifacts = 0;
  let occurrences = 0;
  let communications = 0;
  for (;;) {
    const page = await deps.store.transaction((tx) => tx.artifacts.listForItem(payload.itemId, after, PAGE), { durable: false });
    if (page.length === 0) break;
    after = page[page.length - 1]!.ordinal;
    const found = page.map((a) => analyseArtifact(a, extract, defaultRegion));
    const rows = found.flatMap((f) => f.occurrences);
    const edges = found.flatMap((f) => f.communications);
    await deps.store.transaction(
      async (tx) => {
        await tx.analysis.insertOccurrences(rows);
        await tx.analysis.insertCommunications(edges);
      },
      { durable: false },
    );
    await deps.search.index(found.map((f) => f.document));
    artifacts += page.length;
    occurrences += rows.length;
    communications += edges.length;
  }
  const state: ItemAnalysis = {
    itemId: payload.itemId,
    caseId: payload.caseId,
    status: 'done',
    artifacts,
    occurrences,
    communications,
    reason: null,
    updatedAt: deps.clock.now().toISOString(),
  };
  await deps.store.transaction((tx) => tx.analysis.upsertState(state), { durable: false });
  return state;
}
