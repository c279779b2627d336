// One parser over one item under the time limit: its artefacts packed as they come, what it finds inside stored
// as derived items, a failure of the evidence told apart from a failure of the store.
import type { ArtifactBatch } from '../artifact-batch';
import type { Case } from '../case';
import type { Deps } from '../deps';
import type { EvidenceItem } from '../evidence-item';
import { skipReason } from '../item-processing';
import {
  LimitExceededError,
  type CaseSetting,
  type Companion,
  type Parser,
  type ParserInput,
  type ParserOutput,
  type ParseTools,
  type ReadingChoices,
} from '../parser';
import { ArtifactSink } from './artifact-sink';
import { ChildSink } from './child-sink';

/** The longest a parser's output keeps the event loop to itself (see takeTurns). */
const TURN_MS = 10;

/** The parsers in use and what they may rely on; chosen in the composition root. */
export interface ParserRegistry {
  parsers: readonly Parser[];
  tools: ParseTools;
}

export interface Attempt {
  deps: Deps;
  registry: ParserRegistry;
  item: EvidenceItem;
  head: Uint8Array;
  /** What of the case its parsers read. */
  settings: CaseParsing;
  /** The attempt's number (ItemProcessing.attempts), which its artefacts carry as their run. */
  run: number;
  /** What an investigator chose about how the item is read (ItemProcessing.reading). */
  reading: ReadingChoices;
  warn: ParserOutput['warn'];
}

export type CaseParsing = Pick<Case, 'timeZone' | CaseSetting>;

export interface ParserRun {
  artifacts: number;
  children: number;
  outputSha256: string | null;
  failure: Error | undefined;
  /** The last artefacts, not yet written: the caller writes them with other items' (see ArtifactSink.takeRest). */
  rest: ArtifactBatch | undefined;
}

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

async function* fromMemory(bytes: Uint8Array, range?: { start: number; end: number }): AsyncGenerator<Uint8Array> {
  const part = range ? bytes.subarray(range.start, range.end) : bytes;
  if (part.length > 0) yield part;
}

function withTimeLimit<T>(work: Promise<T>, controller: AbortController, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const seconds = Math.round(ms / 1000);
      const error = new LimitExceededError('time', `the parser ran past its time limit of ${seconds} s`, { limit: seconds });
      controller.abort(error);
      reject(error);
    }, ms);
  });
  return Promise.race([work, limit]).finally(() => clearTimeout(timer));
}

/** The item beside this one named as it plus `suffix`, if it may be read as processing reads its own items. */
async function companionOf(deps: Deps, item: EvidenceItem, suffix: string): Promise<Companion | null> {
  const sibling = await deps.store.transaction((tx) => tx.evidence.byPath(item.caseId, item.parentId, `${item.originalPath}${suffix}`), {
    durable: false,
  });
  if (!sibling?.digests || skipReason(sibling)) return null;
  return { path: await deps.blobs.localPath(sibling.digests.sha256), exhibitNumber: sibling.exhibitNumber, sha256: sibling.digests.sha256 };
}

/** The choices this parser honours: another parser reading the item (its name lied) is not given the first one's. */
export function chosenFor(parser: Pick<Parser, 'readingChoices'>, reading: ReadingChoices): ReadingChoices {
  const honoured = parser.readingChoices ?? [];
  return Object.fromEntries(Object.entries(reading).filter(([choice]) => honoured.includes(choice as keyof ReadingChoices)));
}

/** One parser over the item under the time limit; a failure of the store is rethrown for the queue to retry. */
export async function runParser({ deps, registry, item, head, settings, run, reading, warn }: Attempt, parser: Parser): Promise<ParserRun> {
  const controller = new AbortController();
  const context = { caseId: item.caseId, itemId: item.id, parserId: parser.id, parserVersion: parser.version, run };
  const artifacts = new ArtifactSink(deps.store, context, controller.signal);
  const depth = item.derivation?.depth ?? 0;
  const children = new ChildSink(deps, item, parser, registry.tools.limits, depth, warn);
  const { sha256, size } = item.digests!;
  const input: ParserInput = {
    item: {
      id: item.id,
      caseId: item.caseId,
      name: item.name,
      originalPath: item.originalPath,
      size,
      sha256,
      caseTimeZone: settings.timeZone,
      trustedMailHosts: parser.caseSettings?.includes('trustedMailHosts') ? settings.trustedMailHosts : [],
      depth,
      reading: chosenFor(parser, reading),
    },
    head,
    // A small item's head is the whole item, just read from the store: it is not opened and read a second time.
    read: (range) => (head.length === size ? fromMemory(head, range) : deps.blobs.read(sha256, range)),
    localPath: () => deps.blobs.localPath(sha256),
    signal: controller.signal,
    companion: (suffix) => companionOf(deps, item, suffix),
  };
  let failure: Error | undefined;
  let rest: ArtifactBatch | undefined;
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
    rest = await artifacts.takeRest();
  } catch (error) {
    // The database failing is not the evidence's fault: let the queue retry the job (what was extracted waits in
    // temporary files, which finishing records if it can and otherwise deletes).
    if (artifacts.storeError !== undefined) {
      await children.finish().catch(() => undefined);
      throw artifacts.storeError;
    }
    failure = error instanceof Error ? error : new Error(String(error));
    controller.abort(failure);
    rest = await artifacts.takeRest().catch(() => undefined);
    if (artifacts.storeError !== undefined) {
      await children.finish().catch(() => undefined);
      throw artifacts.storeError;
    }
  }
  // Members extracted before a failure are kept too; the store failing to record them is retried by the queue.
  await children.finish();
  return { artifacts: artifacts.count, children: children.count, outputSha256: failure ? null : artifacts.outputSha256(), failure, rest };
}
