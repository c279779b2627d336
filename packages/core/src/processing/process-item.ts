// Processing evidence items: pick each one's parser by content, run it under a time limit, write its artefacts in
// batches, store what it finds inside as derived items, and record the outcome on the item and in the ledger.
// Many items (the attachments of a mailbox) are processed as one group: one load, one write of their last
// artefacts, one durable commit of their outcomes and ledger events, instead of eight small commits each.
import type { ArtifactBatch } from '../artifact-batch';
import type { Deps } from '../deps';
import { isTamgaError } from '../errors';
import type { EvidenceItem } from '../evidence-item';
import { newProcessingState, settingsRead, skipReason, type ItemProcessing, type ReasonCode } from '../item-processing';
import type { EnqueueJob } from '../job-queue';
import type { Tx } from '../ports';
import {
  DETECT,
  LimitExceededError,
  ParseError,
  processingWarning,
  rankParsers,
  type ProcessingWarning,
  type ReadingChoices,
  type WarningKey,
} from '../parser';
import { actorEvent, recordEvents } from '../record-event';
import { analysisJob } from '../analysis/analyse-item';
import { itemMatchingJob } from '../hash-banks/match-item';
import { SMALL_GROUP, type ProcessJobPayload } from './process-job';
import { rereadOwners } from './reread-owners';
import { chosenFor, runParser, type CaseParsing, type ParserRegistry, type ParserRun } from './run-parser';

export type { ParserRegistry } from './run-parser';

const HEAD_BYTES = 64 * 1024;
const MAX_WARNINGS = 200;
/**
 * A group's outcomes are committed once this many are waiting, their unwritten artefacts reach this size, or this
 * long after the last commit.
 */
const COMMIT_ITEMS = SMALL_GROUP;
const COMMIT_BYTES = 32 * 1024 * 1024;
const COMMIT_MS = 2000;

/** What processing made of one payload: its state, or why it could not be processed at all. */
export type ItemOutcome = { state: ItemProcessing; error?: undefined } | { error: Error; state?: undefined };

interface Loaded {
  item: EvidenceItem;
  settings: CaseParsing;
  previous: ItemProcessing;
}

/** An item whose parser runs: its state when it started, its head and the parsers that claim it, best first. */
interface Started {
  index: number;
  loaded: Loaded;
  state: ItemProcessing;
  head: Uint8Array;
  ranked: ReturnType<typeof rankParsers>;
}

/** A finished run waiting for the group's commit. */
interface Finished {
  index: number;
  state: ItemProcessing;
  rest: ArtifactBatch | undefined;
  /** The reading choices the parser that read it honoured (chosenFor): what its event records. */
  read: ReadingChoices;
}

async function readHead(deps: Deps, item: EvidenceItem): Promise<Uint8Array> {
  const size = item.digests?.size ?? 0;
  const chunks: Uint8Array[] = [];
  for await (const chunk of deps.blobs.read(item.digests!.sha256, { start: 0, end: Math.min(size, HEAD_BYTES) })) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/** The kind of a parser's failure: a limit passed, bytes that are not what they claimed to be, or anything else. */
function failureCode(failure: Error): ReasonCode {
  if (failure instanceof LimitExceededError) return `limit_${failure.limit}`;
  if (failure instanceof ParseError) return 'unreadable';
  return 'parser_error';
}

/** Processes one item (see processItems); an item that does not exist is an error. */
export async function processItem(deps: Deps, registry: ParserRegistry, payload: ProcessJobPayload): Promise<ItemProcessing> {
  const [outcome] = await processItems(deps, registry, [payload]);
  if (outcome!.error) throw outcome!.error;
  return outcome!.state!;
}

/**
 * Processes items one after another and returns an outcome per payload, in order. A failing parser fails its item
 * only, as does an item whose bytes cannot be read; a failing store fails the items not yet committed, whose jobs
 * are retried (items already recorded as done are not processed again). Only a failure before anything was
 * committed (loading the group) throws.
 */
export async function processItems(deps: Deps, registry: ParserRegistry, payloads: readonly ProcessJobPayload[]): Promise<ItemOutcome[]> {
  const now = () => deps.clock.now().toISOString();
  const outcomes: ItemOutcome[] = new Array(payloads.length);
  const loaded = await load(deps, payloads);

  const quiet: ItemProcessing[] = [];
  const started: Started[] = [];
  const jobs: EnqueueJob[] = [];
  // The same item twice in one group (never queued so, but cheap to guard) is processed once.
  const firstOf = new Map<string, number>();
  const repeats: Array<[number, number]> = [];
  for (const [index, payload] of payloads.entries()) {
    const earlier = firstOf.get(payload.itemId);
    if (earlier !== undefined) {
      repeats.push([index, earlier]);
      continue;
    }
    firstOf.set(payload.itemId, index);
    const entry = loaded[index];
    if (!entry) {
      outcomes[index] = { error: new Error(`evidence item ${payload.itemId} of case ${payload.caseId} does not exist`) };
      continue;
    }
    const { item, previous } = entry;
    const skip = skipReason(item);
    if (skip) {
      outcomes[index] = { state: { ...previous, status: 'skipped', ...skip, updatedAt: now() } };
      quiet.push(outcomes[index].state!);
      continue;
    }
    if (payload.onlyParser && previous.parserId !== payload.onlyParser) {
      outcomes[index] = { state: previous };
      continue;
    }
    // Matching needs only the bytes, not a parser: every item with bytes is matched, whatever parsing makes of it.
    jobs.push(itemMatchingJob(item.caseId, item.id));
    let head: Uint8Array;
    let ranked: ReturnType<typeof rankParsers>;
    try {
      head = await readHead(deps, item);
      ranked = rankParsers(registry.parsers, { head, name: item.name, size: item.digests!.size });
    } catch (error) {
      // Its blob unreadable, or a parser's detection throwing: this item's job fails, not its group's.
      outcomes[index] = { error: error instanceof Error ? error : new Error(String(error)) };
      continue;
    }
    const first = ranked[0];
    if (!first) {
      const reason = 'no parser recognises this content';
      outcomes[index] = {
        state: { ...previous, status: 'skipped', reason, reasonCode: 'no_parser', reasonParams: null, updatedAt: now() },
      };
      quiet.push(outcomes[index].state!);
      continue;
    }
    // At-least-once delivery: a finished run by the same parser version is not repeated unless asked for.
    if (
      !payload.force &&
      previous.status === 'done' &&
      previous.parserId === first.parser.id &&
      previous.parserVersion === first.parser.version
    ) {
      outcomes[index] = { state: previous };
      continue;
    }
    const state: ItemProcessing = {
      ...previous,
      status: 'running',
      parserId: first.parser.id,
      parserVersion: first.parser.version,
      attempts: previous.attempts + 1,
      artifacts: 0,
      children: 0,
      warnings: [],
      reason: null,
      reasonParams: null,
      outputSha256: null,
      startedAt: now(),
      finishedAt: null,
      updatedAt: now(),
    };
    started.push({ index, loaded: entry, state, head, ranked });
  }
  // Progress alone is derived state (rebuilt by processing again); only an outcome with its ledger event is durable.
  // An item's earlier artefacts stay while it runs: the run's own replace them as they are written (same ids), and
  // the rest go once it succeeds (commit), so a run that fails leaves what the last good one found.
  if (quiet.length > 0 || started.length > 0) {
    await deps.store.transaction(
      async (tx) => tx.processing.upsertMany(await withChoices(tx, [...quiet, ...started.map(({ state }) => state)])),
      { durable: false },
    );
  }
  await deps.jobs.enqueueMany(jobs);

  // Once outcomes are committed, a failure of the store fails only the items not yet committed (their jobs are
  // retried); the committed ones are done and their jobs must complete, not run again.
  let waiting: Finished[] = [];
  let waitingBytes = 0;
  let committed = performance.now();
  let failure: Error | undefined;
  const flush = async () => {
    try {
      await commit(deps, waiting, outcomes);
    } catch (error) {
      failure = error instanceof Error ? error : new Error(String(error));
      for (const { index } of waiting) outcomes[index] = { error: failure };
    }
    waiting = [];
    waitingBytes = 0;
    committed = performance.now();
  };
  for (const entry of started) {
    if (failure) {
      outcomes[entry.index] = { error: failure };
      continue;
    }
    try {
      const finished = await runItem(deps, registry, entry);
      waiting.push(finished);
      waitingBytes += finished.rest?.byteLength ?? 0;
    } catch (error) {
      // runParser throws only what the store threw: the items after this one would meet it too.
      failure = error instanceof Error ? error : new Error(String(error));
      outcomes[entry.index] = { error: failure };
      await flush();
      continue;
    }
    if (waiting.length >= COMMIT_ITEMS || waitingBytes >= COMMIT_BYTES || performance.now() - committed >= COMMIT_MS) await flush();
  }
  await flush();
  for (const [index, first] of repeats) outcomes[index] = outcomes[first]!;
  await rereadOwners(
    deps,
    registry,
    started.filter(({ index }) => outcomes[index]?.state).map(({ loaded }) => loaded.item),
  );
  return outcomes;
}

/** Every payload's item, what its parsers read of its case and its processing state so far, in one transaction. */
async function load(deps: Deps, payloads: readonly ProcessJobPayload[]): Promise<Array<Loaded | undefined>> {
  return deps.store.transaction(async (tx) => {
    const cases = new Map<string, CaseParsing>();
    const items = new Map<string, EvidenceItem>();
    for (const caseId of new Set(payloads.map((payload) => payload.caseId))) {
      const record = await tx.cases.byId(caseId);
      if (!record) continue;
      cases.set(caseId, { timeZone: record.timeZone, trustedMailHosts: record.trustedMailHosts });
      const ids = payloads.filter((payload) => payload.caseId === caseId).map((payload) => payload.itemId);
      for (const item of await tx.evidence.byIds(caseId, ids)) items.set(item.id, item);
    }
    const states = new Map((await tx.processing.getMany([...items.keys()])).map((state) => [state.itemId, state]));
    return payloads.map(({ caseId, itemId }) => {
      const item = items.get(itemId);
      if (!item || item.caseId !== caseId) return undefined;
      const previous = states.get(itemId) ?? newProcessingState(item.id, item.caseId, deps.clock.now().toISOString());
      return { item, settings: cases.get(caseId)!, previous };
    });
  });
}

async function runItem(deps: Deps, registry: ParserRegistry, { index, loaded, state, head, ranked }: Started): Promise<Finished> {
  const { item, settings } = loaded;
  const warnings: ProcessingWarning[] = [];
  const warn = (text: string, key?: WarningKey) => {
    if (warnings.length < MAX_WARNINGS) warnings.push(processingWarning(text, key));
  };
  const attempt = { deps, registry, item, head, settings, run: state.attempts, reading: state.reading, warn };
  const first = ranked[0]!;
  let parser = first.parser;
  let run: ParserRun = await runParser(attempt, parser);
  // A parser that claimed the item by its name alone and cannot read it does not get the last word: the
  // name lied (a renamed file), so the next parser that claims it reads it, and the reviewer is told.
  const next = ranked[1];
  if (run.failure && !(run.failure instanceof LimitExceededError) && first.score <= DETECT.NAME_ONLY && next) {
    warn(`named like a file for ${parser.id}, but it could not read it (${run.failure.message}); read by ${next.parser.id} instead`, {
      code: 'processing.read_by_next_parser',
      params: { parser: parser.id, error: run.failure.message, next: next.parser.id },
    });
    await deps.store.transaction((tx) => tx.artifacts.deleteRun(item.caseId, item.id, state.attempts), { durable: false });
    parser = next.parser;
    run = await runParser(attempt, parser);
  }
  const { failure } = run;
  const finishedAt = deps.clock.now().toISOString();
  return {
    index,
    rest: run.rest,
    read: chosenFor(parser, state.reading),
    state: {
      ...state,
      status: failure ? 'failed' : 'done',
      parserId: parser.id,
      parserVersion: parser.version,
      artifacts: run.artifacts,
      children: run.children,
      warnings,
      reason: failure ? failure.message || failure.name : null,
      reasonCode: failure ? failureCode(failure) : null,
      reasonParams: (failure instanceof LimitExceededError && failure.params) || null,
      outputSha256: failure ? null : run.outputSha256,
      caseSettings: settingsRead(parser, settings),
      finishedAt,
      updatedAt: finishedAt,
    },
  };
}

/**
 * Writes the runs' last artefacts in one transaction, then their outcomes and ledger events in one durable
 * commit, then queues their analysis. A repeated artefact key is the parser's bug and fails its item alone.
 */
async function commit(deps: Deps, finished: Finished[], outcomes: ItemOutcome[]): Promise<void> {
  if (finished.length === 0) return;
  const rests = finished.filter((run) => run.rest !== undefined);
  try {
    if (rests.length > 0) await deps.store.appendArtifacts(rests.map((run) => run.rest!));
  } catch (error) {
    if (!isRepeatedKey(error)) throw error;
    // Which of them: each written on its own (none of the group's was written).
    for (const run of rests) {
      try {
        await deps.store.appendArtifacts(run.rest!);
      } catch (single) {
        if (!isRepeatedKey(single)) throw single;
        const reason = `parser ${run.state.parserId} emitted the same artefact key twice in one item`;
        const artifacts = run.state.artifacts - run.rest!.count;
        run.state = {
          ...run.state,
          status: 'failed',
          reason,
          reasonCode: 'repeated_key',
          reasonParams: null,
          outputSha256: null,
          artifacts,
        };
      }
    }
  }
  await deps.store.transaction(async (tx) => {
    // A run that succeeded replaces what earlier runs found; the first run has nothing to replace.
    for (const { state } of finished) {
      if (state.status === 'done' && state.attempts > 1) await tx.artifacts.deleteOtherRuns(state.caseId, state.itemId, state.attempts);
    }
    await tx.processing.upsertMany(
      await withChoices(
        tx,
        finished.map(({ state }) => state),
      ),
    );
    await recordEvents(
      tx,
      deps,
      finished.map(({ state, read }) => {
        const failed = state.status === 'failed';
        return actorEvent(null, failed ? 'evidence.processing_failed' : 'evidence.processed', {
          caseId: state.caseId,
          targetType: 'evidence',
          targetId: state.itemId,
          details: {
            parser: `${state.parserId}@${state.parserVersion}`,
            artifacts: state.artifacts,
            children: state.children,
            warnings: state.warnings.length,
            ...(failed ? { reason: state.reason, reasonCode: state.reasonCode } : { outputSha256: state.outputSha256 }),
            // What of the case the parser read besides its time zone (the trusted mail hosts): part of what decided the output.
            ...(state.caseSettings ? { caseSettings: JSON.parse(state.caseSettings) as unknown } : {}),
            // And what an investigator chose about reading this item, as far as its parser took it.
            ...(Object.keys(read).length > 0 ? { reading: read } : {}),
          },
        });
      }),
    );
  });
  for (const { index, state } of finished) outcomes[index] = { state };
  // What was read, even by a run that failed part-way, is worth finding and searching; and a run that read
  // nothing must still clear what an earlier run found.
  await deps.jobs.enqueueMany(finished.map(({ state }) => analysisJob({ caseId: state.caseId, itemId: state.itemId })));
}

/**
 * The states to write, each with the reading choices its item has now: an investigator may choose while the item
 * waits or runs (chooseReading), and the forced run queued with the choice must find it. The run's own outcome and
 * event keep the choices it read.
 */
async function withChoices(tx: Tx, states: ItemProcessing[]): Promise<ItemProcessing[]> {
  if (states.length === 0) return states;
  const now = new Map((await tx.processing.getMany(states.map((state) => state.itemId))).map((state) => [state.itemId, state.reading]));
  return states.map((state) => {
    const reading = now.get(state.itemId);
    return reading ? { ...state, reading } : state;
  });
}

function isRepeatedKey(error: unknown): boolean {
  return isTamgaError(error) && error.code === 'ARTIFACT_KEY_REPEATED';
}
