// Processing one evidence item: pick the parser by content, run it under a time limit, write its artefacts
// in batches, store what it finds inside as derived items, and record the outcome on the item and in the ledger.
import type { Deps } from '../deps';
import type { EvidenceItem } from '../evidence-item';
import { newProcessingState, type ItemProcessing } from '../item-processing';
import { DETECT, LimitExceededError, rankParsers, type Parser, type ParseTools, type ParserInput } from '../parser';
import { actorEvent, recordEvent } from '../record-event';
import { enqueueAnalysis } from '../analysis/analyse-item';
import { enqueueItemMatching } from '../hash-banks/match-item';
import { ArtifactSink } from './artifact-sink';
import { ChildSink } from './child-sink';
import type { ProcessJobPayload } from './process-job';

const HEAD_BYTES = 64 * 1024;
const MAX_WARNINGS = 200;
/** The longest a parser's output keeps the event loop to itself (see takeTurns). */
const TURN_MS = 10;

/**
 * Passes `emit` through, letting the event loop turn (timers, I/O callbacks) once TURN_MS have passed since the
 * last turn. Emitting an artefact rarely waits for I/O, so a parser working through a buffer of thousands of
 * messages would otherwise hold the loop for a second or more: the syncs of extracted members then advance one
 * step per read of the input (measured: 15 s for the first 256 attachments of a mailbox), and a web server in the
 * same process stops answering.
 */
function takeTurns<T>(emit: (value: T) => Promise<void>): (value: T) => Promise<void> {
  let last = performance.now();
  let calls = 0;
  return (value) => {
    const emitted = emit(value);
    // The clock is read every 64th call only: a million artefacts must not pay for a million readings.
    if ((++calls & 63) !== 0 || performance.now() - last < TURN_MS) return emitted;
    return emitted.then(
      () =>
        new Promise<void>((resolve) =>
          setImmediate(() => {
            last = performance.now();
            resolve();
          }),
        ),
    );
  };
}

/** The parsers in use and what they may rely on; chosen in the composition root. */
export interface ParserRegistry {
  parsers: readonly Parser[];
  tools: ParseTools;
}

async function readHead(deps: Deps, item: EvidenceItem): Promise<Uint8Array> {
  const size = item.digests?.size ?? 0;
  const chunks: Uint8Array[] = [];
  for await (const chunk of deps.blobs.read(item.digests!.sha256, { start: 0, end: Math.min(size, HEAD_BYTES) })) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** Why an item is not processed at all, or null when it should be. */
function skipReason(item: EvidenceItem): string | null {
  if (!item.digests) return 'a folder or production has no bytes of its own; its files are processed one by one';
  if (item.status !== 'complete') return 'the item is still being taken in';
  if (item.custody.disposedAt) return 'the item has been disposed of';
  if (item.sequestration?.state === 'SEQUESTERED') return 'sequestered as outside the request’s scope until a supervisor decides';
  if (item.custody.openIncidentId) return 'an integrity incident is open on this item; a supervisor must resolve it first';
  return null;
}

async function save(deps: Deps, state: ItemProcessing, event?: { action: string; details: Record<string, unknown> }) {
  // Progress alone is derived state (rebuilt by processing again); an outcome with its ledger event is durable.
  await deps.store.transaction(
    async (tx) => {
      await tx.processing.upsert(state);
      if (event) {
        await recordEvent(
          tx,
          deps,
          actorEvent(null, event.action, { caseId: state.caseId, targetType: 'evidence', targetId: state.itemId, details: event.details }),
        );
      }
    },
    { durable: event !== undefined },
  );
}

function withTimeLimit<T>(work: Promise<T>, controller: AbortController, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const error = new LimitExceededError(`the parser ran past its time limit of ${Math.round(ms / 1000)} s`);
      controller.abort(error);
      reject(error);
    }, ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

export async function processItem(deps: Deps, registry: ParserRegistry, payload: ProcessJobPayload): Promise<ItemProcessing> {
  const loaded = await deps.store.transaction(async (tx) => {
    const item = await tx.evidence.byId(payload.caseId, payload.itemId);
    const record = await tx.cases.byId(payload.caseId);
    return item && record ? { item, timeZone: record.timeZone, state: await tx.processing.get(item.id) } : undefined;
  });
  if (!loaded) throw new Error(`evidence item ${payload.itemId} of case ${payload.caseId} does not exist`);
  const { item, timeZone } = loaded;
  const now = () => deps.clock.now().toISOString();
  const previous = loaded.state ?? newProcessingState(item.id, item.caseId, now());

  const skip = skipReason(item);
  if (skip) {
    const state = { ...previous, status: 'skipped' as const, reason: skip, updatedAt: now() };
    await save(deps, state);
    return state;
  }
  if (payload.onlyParser && previous.parserId !== payload.onlyParser) return previous;
  // Matching needs only the bytes, not a parser: every item with bytes is matched, whatever parsing makes of it.
  await enqueueItemMatching(deps.jobs, item.caseId, item.id);

  const head = await readHead(deps, item);
  const ranked = rankParsers(registry.parsers, { head, name: item.name, size: item.digests!.size });
  const first = ranked[0];
  if (!first) {
    const state = { ...previous, status: 'skipped' as const, reason: 'no parser recognises this content', updatedAt: now() };
    await save(deps, state);
    return state;
  }
  // At-least-once delivery: a finished run by the same parser version is not repeated unless asked for.
  if (
    !payload.force &&
    previous.status === 'done' &&
    previous.parserId === first.parser.id &&
    previous.parserVersion === first.parser.version
  ) {
    return previous;
  }

  const started: ItemProcessing = {
    ...previous,
    status: 'running',
    parserId: first.parser.id,
    parserVersion: first.parser.version,
    attempts: previous.attempts + 1,
    artifacts: 0,
    children: 0,
    warnings: [],
    reason: null,
    outputSha256: null,
    startedAt: now(),
    finishedAt: null,
    updatedAt: now(),
  };
  await deps.store.transaction(
    async (tx) => {
      await tx.processing.upsert(started);
      await tx.artifacts.deleteForItem(item.caseId, item.id);
    },
    { durable: false },
  );

  const warnings: string[] = [];
  const warn = (message: string) => {
    if (warnings.length < MAX_WARNINGS) warnings.push(message);
  };
  const attempt = { deps, registry, item, head, timeZone, warn };
  let parser = first.parser;
  let run = await runParser(attempt, parser);
  // A parser that claimed the item by its name alone and cannot read it does not get the last word: the
  // name lied (a renamed file), so the next parser that claims it reads it, and the reviewer is told.
  const next = ranked[1];
  if (run.failure && !(run.failure instanceof LimitExceededError) && first.score <= DETECT.NAME_ONLY && next) {
    warn(`named like a file for ${parser.id}, but it could not read it (${run.failure.message}); read by ${next.parser.id} instead`);
    await deps.store.transaction((tx) => tx.artifacts.deleteForItem(item.caseId, item.id));
    parser = next.parser;
    run = await runParser(attempt, parser);
  }
  const { failure } = run;

  const finished: ItemProcessing = {
    ...started,
    status: failure ? 'failed' : 'done',
    parserId: parser.id,
    parserVersion: parser.version,
    artifacts: run.artifacts,
    children: run.children,
    warnings,
    reason: failure ? failure.message || failure.name : null,
    outputSha256: failure ? null : run.outputSha256,
    finishedAt: now(),
    updatedAt: now(),
  };
  await save(deps, finished, {
    action: failure ? 'evidence.processing_failed' : 'evidence.processed',
    details: {
      parser: `${parser.id}@${parser.version}`,
      artifacts: finished.artifacts,
      children: finished.children,
      warnings: warnings.length,
      ...(failure ? { reason: finished.reason } : { outputSha256: finished.outputSha256 }),
    },
  });
  // What was read, even by a run that failed part-way, is worth finding and searching; and a run that read
  // nothing must still clear what an earlier run found.
  await enqueueAnalysis(deps.jobs, { caseId: item.caseId, itemId: item.id });
  return finished;
}

interface Attempt {
  deps: Deps;
  registry: ParserRegistry;
  item: EvidenceItem;
  head: Uint8Array;
  timeZone: string;
  warn: (message: string) => void;
}

/** One parser over the item under the time limit; a failure of the store is rethrown for the queue to retry. */
async function runParser(
  { deps, registry, item, head, timeZone, warn }: Attempt,
  parser: Parser,
): Promise<{ artifacts: number; children: number; outputSha256: string | null; failure: Error | undefined }> {
  const controller = new AbortController();
  const context = { caseId: item.caseId, itemId: item.id, parserId: parser.id, parserVersion: parser.version };
  const artifacts = new ArtifactSink(deps.store, context, controller.signal);
  const depth = item.derivation?.depth ?? 0;
  const children = new ChildSink(deps, item, parser, registry.tools.limits, depth, warn);
  const sha256 = item.digests!.sha256;
  const input: ParserInput = {
    item: {
      id: item.id,
      caseId: item.caseId,
      name: item.name,
      originalPath: item.originalPath,
      size: item.digests!.size,
      sha256,
      caseTimeZone: timeZone,
      depth,
    },
    head,
    read: (range) => deps.blobs.read(sha256, range),
    localPath: () => deps.blobs.localPath(sha256),
    signal: controller.signal,
  };
  let failure: Error | undefined;
  try {
    await withTimeLimit(
      parser.parse(
        input,
        { artifact: takeTurns((draft) => artifacts.add(draft)), child: takeTurns((draft) => children.add(draft)), warn },
        registry.tools,
      ),
      controller,
      registry.tools.limits.timeLimitMs,
    );
    await artifacts.flush();
  } catch (error) {
    // The database failing is not the evidence's fault: let the queue retry the job (what was extracted waits in
    // temporary files, which finishing records if it can and otherwise deletes).
    if (artifacts.storeError !== undefined) {
      await children.finish().catch(() => undefined);
      throw artifacts.storeError;
    }
    failure = error instanceof Error ? error : new Error(String(error));
    controller.abort(failure);
    await artifacts.flush().catch(() => {});
  }
  // Members extracted before a failure are kept too; the store failing to record them is retried by the queue.
  await children.finish();
  return { artifacts: artifacts.count, children: children.count, outputSha256: failure ? null : artifacts.outputSha256(), failure };
}
