// Runs one parser on a file or bytes outside the pipeline and collects what it emits, for parser tests.
import { mkdtemp, readFile, stat, writeFile } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEFAULT_LIMITS,
  processingWarning,
  type ArtifactDraft,
  type ChildDraft,
  type Parser,
  type ProcessingLimits,
  type ProcessingWarning,
  type ReadingChoices,
} from '@tamga/core';
import { sqliteFiles } from '@tamga/storage';

export interface CollectedChild extends Omit<ChildDraft, 'content'> {
  bytes: Buffer;
}

export interface ParseRun {
  artifacts: ArtifactDraft[];
  children: CollectedChild[];
  /** The warnings' English sentences. */
  warnings: string[];
  /** The warnings as kept, with their codes and values. */
  warned: ProcessingWarning[];
}

export interface RunOptions {
  name?: string;
  caseTimeZone?: string;
  /** The case's trusted mail hosts, in stored form (normalizeTrustedMailHosts). */
  trustedMailHosts?: string[];
  depth?: number;
  limits?: Partial<ProcessingLimits>;
  /** Aborts the parse after this many milliseconds (the pipeline's time limit). */
  timeoutMs?: number;
  /** Items beside this one by suffix (`-wal`): their paths. */
  companions?: Record<string, string>;
  /** What an investigator chose about how the item is read. */
  reading?: ReadingChoices;
}

const HEAD_BYTES = 64 * 1024;
const CHUNK = 7919;

export async function probeOf(source: string | Uint8Array, name?: string) {
  const bytes = typeof source === 'string' ? await readFile(source) : Buffer.from(source);
  return {
    head: bytes.subarray(0, HEAD_BYTES),
    name: name ?? (typeof source === 'string' ? source.split('/').pop()! : 'input'),
    size: bytes.length,
  };
}

/** Parses `source` (a path, or bytes written to a temporary file first) with `parser`. */
export async function runParser(parser: Parser, source: string | Uint8Array, options: RunOptions = {}): Promise<ParseRun> {
  let path: string;
  if (typeof source === 'string') {
    path = source;
  } else {
    path = join(await mkdtemp(join(tmpdir(), 'tamga-parser-test-')), options.name ?? 'input');
    await writeFile(path, source);
  }
  const bytes = await readFile(path);
  const size = (await stat(path)).size;
  const controller = new AbortController();
  const timer = options.timeoutMs ? setTimeout(() => controller.abort(new Error('time limit')), options.timeoutMs) : undefined;
  const run: ParseRun = { artifacts: [], children: [], warnings: [], warned: [] };
  const keys = new Set<string>();
  try {
    await parser.parse(
      {
        item: {
          id: 'item-under-test',
          caseId: 'case-under-test',
          name: options.name ?? path.split('/').pop()!,
          originalPath: path,
          size,
          sha256: createHash('sha256').update(bytes).digest('hex'),
          caseTimeZone: options.caseTimeZone ?? 'UTC',
          trustedMailHosts: options.trustedMailHosts ?? [],
          depth: options.depth ?? 0,
          reading: options.reading ?? {},
        },
        head: bytes.subarray(0, HEAD_BYTES),
        async *read(range) {
          // Odd-sized chunks, so a parser that mishandles a boundary inside a token fails its tests.
          const slice = range ? bytes.subarray(range.start, range.end) : bytes;
          for (let at = 0; at < slice.length; at += CHUNK) yield slice.subarray(at, at + CHUNK);
        },
        localPath: async () => path,
        signal: controller.signal,
        async companion(suffix) {
          const companion = options.companions?.[suffix];
          if (!companion) return null;
          const sha256 = createHash('sha256')
            .update(await readFile(companion))
            .digest('hex');
          return { path: companion, exhibitNumber: `EXH-TEST${suffix}`, sha256 };
        },
      },
      {
        async artifact(draft) {
          // The pipeline relies on keys being unique within an item: catch a parser that breaks that here.
          if (keys.has(draft.key)) throw new Error(`duplicate artefact key ${draft.key}`);
          keys.add(draft.key);
          JSON.stringify(draft); // must be JSON-safe (no bigint, no cycles)
          run.artifacts.push(draft);
        },
        async child({ content, ...rest }) {
          const chunks: Buffer[] = [];
          for await (const chunk of content) chunks.push(Buffer.from(chunk));
          run.children.push({ ...rest, bytes: Buffer.concat(chunks) });
        },
        warn: (text, key) => {
          run.warnings.push(text);
          run.warned.push(processingWarning(text, key));
        },
      },
      { sqlite: sqliteFiles(), limits: { ...DEFAULT_LIMITS, ...options.limits } },
    );
  } finally {
    clearTimeout(timer);
  }
  // Every warning has a code, so an interface can word it in its reader's language.
  const uncoded = run.warned.find((warning) => !warning.code);
  if (uncoded) throw new Error(`a warning without a code: ${uncoded.text}`);
  return run;
}

/** A small deterministic PRNG (mulberry32), so a failing fuzz case can be replayed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Truncated, corrupted and random variants of valid input, for the malformed-input tests every parser has. */
export function malformedVariants(valid: Uint8Array, seed = 1): Array<{ label: string; bytes: Uint8Array }> {
  const random = seededRandom(seed);
  const variants: Array<{ label: string; bytes: Uint8Array }> = [];
  for (const fraction of [0, 0.01, 0.1, 0.5, 0.9, 0.999]) {
    variants.push({ label: `truncated at ${fraction * 100}%`, bytes: valid.subarray(0, Math.floor(valid.length * fraction)) });
  }
  for (let round = 0; round < 6; round++) {
    const copy = Uint8Array.from(valid);
    for (let i = 0; i < Math.max(1, copy.length / 200); i++) copy[Math.floor(random() * copy.length)] = Math.floor(random() * 256);
    variants.push({ label: `corrupted (round ${round})`, bytes: copy });
  }
  const noise = new Uint8Array(4096);
  for (let i = 0; i < noise.length; i++) noise[i] = Math.floor(random() * 256);
  variants.push({ label: 'random bytes', bytes: noise });
  variants.push({ label: 'valid head then random bytes', bytes: new Uint8Array([...valid.subarray(0, 64), ...noise]) });
  return variants;
}

/**
 * The malformed-input contract: on any variant the parser either finishes or throws an Error with a
 * message; it never hangs past the time limit and never emits something that is not JSON-safe.
 */
export async function expectRobust(parser: Parser, valid: Uint8Array, options: RunOptions & { seed?: number } = {}): Promise<string[]> {
  const outcomes: string[] = [];
  for (const { label, bytes } of malformedVariants(valid, options.seed)) {
    try {
      const run = await runParser(parser, bytes, { timeoutMs: 10_000, ...options });
      outcomes.push(`${label}: ok, ${run.artifacts.length} artefacts`);
    } catch (error) {
      if (!(error instanceof Error) || !error.message)
        throw new Error(`${label}: threw something that is not an Error with a message`, { cause: error });
      if (/duplicate artefact key|BigInt|circular/i.test(error.message)) throw new Error(`${label}: ${error.message}`, { cause: error });
      outcomes.push(`${label}: failed — ${error.message}`);
    }
  }
  return outcomes;
}
