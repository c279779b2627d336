// Crash safety of intake: a real Tamga process ingests a folder and a file and is killed with SIGKILL at random
// moments. After every kill: no item is recorded as complete without its bytes, a stray blob is not evidence, the
// ledger verifies, rows and ledger events correspond one to one, and running the same intake again completes it
// without duplicates.
//
// Each round is a case of its own with fresh random bytes (so every blob is new and a kill can land mid-write).
// A round is killed again and again until an intake run finishes it; then the next round starts, until enough kills
// have landed while the intake was still running.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createHash, randomFillSync, randomInt } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createCase,
  createUser,
  recordAuthorization,
  scanLedger,
  verifyEvidence,
  type Actor,
  type EvidenceItem,
  type LedgerEvent,
} from '@tamga/core';
import { createTestDatabase, fsBlobStore, localFiles, type FsBlobStore, type TestDatabase } from '@tamga/storage';
import { initialise } from './bootstrap';
import { loadConfig, type ServerConfig } from './config';
import { createContext, type AppContext } from './context';

const REPO = resolve(import.meta.dirname, '../../..');
const CHILD = resolve(import.meta.dirname, 'crash-ingest-child.ts');
const MiB = 1024 * 1024;
/**
 * Loaded before tsx's loader is registered: Kysely's 280 ES modules then load at native speed instead of each
 * passing through tsx's hooks, which cuts a child's start-up CPU by about a fifth. The storage package's own
 * `import 'kysely'` resolves to the same module, so nothing changes but the time.
 */
const PRELOAD = ['--import', 'kysely'];

/** Kills that must land while the intake is still running. */
const KILLS_WANTED = 50;
/** A safety cap, whatever the timing of this machine. */
const MAX_KILLS = 120;
/** Time-based kills come a uniformly random time after the child says it is starting: 0 … KILL_WINDOW_MS. */
const KILL_WINDOW_MS = 400;
/** Children loading Tamga ahead of their turn; two hide the start-up almost entirely on two cores. */
const WARM_CHILDREN = 2;
/** Progress-based kills aim at most this many progress points ahead of the intake's current state… */
const EVENT_STEP = 10;
/** …and come a uniformly random time after the intake reaches that point: 0 … JITTER_MS. */
const JITTER_MS = 60;
const FILES_PER_ROUND = 60;
const CHECKPOINT_EVERY = 7;
/** The file another process's start-up must not disturb while it is being written: large enough to be caught mid-write. */
const LIVE_FILE_BYTES = 256 * MiB;
const RECORDING = new Set(['evidence.acquired', 'evidence.received', 'evidence.folder_opened']);

interface SourceFile {
  relativePath: string;
  sha256: string;
  size: number;
}

interface Round {
  n: number;
  caseId: string;
  folder: string;
  file: string;
  /** The folder's files in the order intake walks them (so exhibit n/k is the k-th). */
  files: SourceFile[];
  fileSha256: string;
}

interface Child {
  process: ChildProcessWithoutNullStreams;
  spawnedAt: number;
  /** When it printed "ready" (its modules loaded), or 0. */
  readyAt: number;
  stdout: string;
  stderr: string;
  onLine: (line: string) => void;
  ended: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** SIGKILL a random time after the intake starts, or a random time after a given point of its progress. */
type KillPlan = { after: 'time'; delayMs: number } | { after: 'event'; event: number; jitterMs: number };

interface ChildRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  killed: boolean;
  /** From the spawn to "ready": loading Tamga's modules. */
  startupMs: number;
  /** How long the job waited for the child to be ready (start-up not hidden behind the previous run). */
  waitedMs: number;
  /** From the "starting" line to the end of the process. */
  ranMs: number;
}

/** Writes `size` random bytes and returns their SHA-256. */
function writeRandomFile(path: string, size: number): string {
  mkdirSync(dirname(path), { recursive: true });
  const hash = createHash('sha256');
  const fd = openSync(path, 'w');
  const block = Buffer.alloc(Math.min(Math.max(size, 1), 4 * MiB));
  try {
    for (let written = 0; written < size;) {
      const n = Math.min(block.length, size - written);
      randomFillSync(block, 0, n);
      writeSync(fd, block, 0, n);
      hash.update(block.subarray(0, n));
      written += n;
    }
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

function writeTextFile(path: string, text: string): string {
  mkdirSync(dirname(path), { recursive: true });
  const fd = openSync(path, 'w');
  writeSync(fd, text);
  closeSync(fd);
  return createHash('sha256').update(text).digest('hex');
}

const FOLDERS = ['', 'mail/', 'mail/2026/', 'phone/DCIM/', 'phone/chats/ватсап/'];

/**
 * A seized folder of FILES_PER_ROUND files in nested folders: most a few bytes (one empty, two with the same
 * content), some 100–500 KB, two of 8–12 MB, so that a kill can land in the middle of one; and a single file of
 * 10–14 MB beside it.
 */
async function makeSource(root: string, n: number): Promise<{ folder: string; file: string; files: SourceFile[]; fileSha256: string }> {
  const folder = join(root, 'seized');
  const byPath = new Map<string, { sha256: string; size: number }>();
  for (let i = 0; i < FILES_PER_ROUND; i++) {
    const relativePath = `${FOLDERS[i % FOLDERS.length]}${i % 7 === 0 ? `note ${i}.txt` : `f${i}.bin`}`;
    const path = join(folder, relativePath);
    let size: number;
    let sha256: string;
    if (i === 17 || i === 42) {
      size = randomInt(8 * MiB, 12 * MiB);
      sha256 = writeRandomFile(path, size);
    } else if (i % 3 === 0) {
      size = randomInt(100_000, 500_000);
      sha256 = writeRandomFile(path, size);
    } else if (i === 1) {
      size = 0;
      sha256 = writeTextFile(path, '');
    } else if (i === 5 || i === 8) {
      const text = `the same content in two files, round ${n}\n`;
      size = Buffer.byteLength(text);
      sha256 = writeTextFile(path, text);
    } else {
      size = randomInt(1, 64);
      sha256 = writeRandomFile(path, size);
    }
    byPath.set(relativePath, { sha256, size });
  }
  const files: SourceFile[] = [];
  for await (const entry of localFiles.walk(folder)) {
    const known = byPath.get(entry.relativePath);
    if (!known) throw new Error(`walk found ${entry.relativePath}, which the test did not write`);
    files.push({ relativePath: entry.relativePath, ...known });
  }
  expect(files).toHaveLength(FILES_PER_ROUND);
  const file = join(root, 'disk.img');
  const fileSha256 = writeRandomFile(file, randomInt(10 * MiB, 14 * MiB));
  return { folder, file, files, fileSha256 };
}

// The limit guards against a hang, not a speed: on a slow evening, with other test files running beside it on two
// cores, the 50 kills took just over 300 s on PostgreSQL (about 175 s alone on SQLite).
describe('intake survives SIGKILL at random moments', { timeout: 600_000 }, () => {
  let database: TestDatabase;
  let config: ServerConfig;
  let investigator: Actor;
  let publicKeyHex: string;
  let childEnv: NodeJS.ProcessEnv;
  const rounds: Round[] = [];
  /** Every child process this test started and that has not ended. */
  const children = new Set<Child>();
  /** The next children, already loading Tamga. */
  const warm: Child[] = [];
  /**
   * A second, read-only view of the blob folder kept open across kills, so that re-hashing does not start a fresh
   * pair of digest workers every time (the context opened after each kill is still fresh: it sweeps and verifies).
   */
  let rehasher: FsBlobStore;

  async function withContext<T>(fn: (context: AppContext) => Promise<T>): Promise<T> {
    const context = await createContext(config);
    try {
      return await fn(context);
    } finally {
      await context.close();
    }
  }

  /** A case of the investigator's with a court warrant for search and seizure. */
  function openCase(n: number): Promise<string> {
    return withContext(async (context) => {
      const record = await createCase(context.deps, investigator, {
        reference: `CRASH-${n}`,
        title: `Crash round ${n}`,
        country: 'KZ',
        timeZone: 'Asia/Almaty',
        offences: [{ framework: 'NATIONAL', country: 'KZ', code: '190' }],
      });
      await recordAuthorization(context.deps, investigator, record.id, {
        type: 'COURT_WARRANT',
        number: `2-${n}/2026`,
        issuerType: 'COURT',
        issuedBy: { body: 'Суд г. Астаны', name: 'Судья', country: 'KZ' },
        issuedAt: '2026-01-01T00:00:00Z',
        validFrom: '2026-01-01T00:00:00Z',
        validUntil: '2099-01-01T00:00:00Z',
        measures: ['SEARCH_SEIZURE'],
        scope: { categories: [], selectors: [], exhibits: [], period: null },
        legalBasis: [{ instrument: 'DOMESTIC_CPC', domesticProvision: 'CPC 1' }],
        grounds: 'crash test',
      });
      return record.id;
    });
  }

  async function newRound(): Promise<Round> {
    const n = rounds.length + 1;
    const source = await makeSource(join(database.dir, 'sources', `round-${n}`), n);
    const round = { n, caseId: await openCase(n), ...source };
    rounds.push(round);
    return round;
  }

  /** Starts a child that loads Tamga and waits for its job (see crash-ingest-child.ts). */
  function spawnChild(): Child {
    const proc = spawn(process.execPath, [...PRELOAD, '--import', 'tsx', CHILD], {
      cwd: REPO,
      env: childEnv,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const child: Child = {
      process: proc,
      spawnedAt: performance.now(),
      readyAt: 0,
      stdout: '',
      stderr: '',
      onLine: () => {},
      ended: new Promise((resolve, reject) => {
        proc.on('error', reject);
        proc.on('close', (code, signal) => resolve({ code, signal }));
      }),
    };
    children.add(child);
    const forget = () => children.delete(child);
    child.ended.then(forget, forget);
    let partial = '';
    proc.stdout.on('data', (data: Buffer) => {
      child.stdout += data.toString();
      partial += data.toString();
      for (let end = partial.indexOf('\n'); end >= 0; end = partial.indexOf('\n')) {
        const line = partial.slice(0, end);
        partial = partial.slice(end + 1);
        if (line === 'ready') child.readyAt = performance.now();
        child.onLine(line);
      }
    });
    proc.stderr.on('data', (data: Buffer) => (child.stderr += data.toString()));
    proc.stdin.on('error', () => {}); // a child killed before it read its job
    return child;
  }

  /** The progress a line of the child announces: 0 at the start, K after K files of the folder, then F+1, F+2. */
  function eventOf(line: string): number | undefined {
    if (line === 'starting') return 0;
    if (line.startsWith('folder-file ')) return Number(line.slice('folder-file '.length));
    if (line === 'folder-done') return FILES_PER_ROUND + 1;
    if (line === 'file-done') return FILES_PER_ROUND + 2;
    return undefined;
  }

  /**
   * Gives the warm child its job (and starts the next one warming up); with a plan, sends SIGKILL a random time after
   * the start or after the progress event the plan names.
   */
  async function runIntake(round: Round, plan: KillPlan | null): Promise<ChildRun> {
    const child = warm.shift() ?? spawnChild();
    warm.push(spawnChild());
    let startedAt = 0;
    let timer: NodeJS.Timeout | undefined;
    const hang = setTimeout(() => child.process.kill('SIGKILL'), 120_000);
    child.onLine = (line) => {
      const event = eventOf(line);
      if (event === undefined) return;
      if (event === 0) startedAt = performance.now();
      if (!plan || timer) return;
      if (plan.after === 'time' && event === 0) timer = setTimeout(() => child.process.kill('SIGKILL'), plan.delayMs);
      if (plan.after === 'event' && event >= plan.event) timer = setTimeout(() => child.process.kill('SIGKILL'), plan.jitterMs);
    };
    const job = { username: investigator.username, caseId: round.caseId, folder: round.folder, file: round.file };
    const queuedAt = performance.now();
    child.process.stdin.end(`${JSON.stringify(job)}\n`);
    const { code, signal } = await child.ended;
    clearTimeout(timer);
    clearTimeout(hang);
    const ended = performance.now();
    return {
      code,
      signal,
      stdout: child.stdout,
      stderr: child.stderr,
      killed: signal === 'SIGKILL',
      startupMs: (child.readyAt || ended) - child.spawnedAt,
      waitedMs: child.readyAt ? Math.max(0, child.readyAt - queuedAt) : ended - queuedAt,
      ranMs: startedAt ? ended - startedAt : 0,
    };
  }

  function tmpFiles(): string[] {
    const tmp = join(database.dir, 'blobs', 'tmp');
    return existsSync(tmp) ? readdirSync(tmp) : [];
  }

  interface Inspection {
    /** The folder's recorded children, or -1 when the folder item is not recorded yet. */
    children: number;
    folderComplete: boolean;
    fileRecorded: boolean;
    unreferencedBlobs: number;
    ledgerEvents: number;
    evidenceEvents: number;
    items: number;
  }

  /**
   * Everything that must hold after any crash, for the whole instance and for one round in detail. Opening the
   * context sweeps the temporary files of interrupted writes, as every start of Tamga does.
   */
  async function inspect(round: Round, label: string): Promise<Inspection> {
    return withContext(async ({ store, blobs }) => {
      expect(tmpFiles(), `${label}: temporary files survive the sweep at start-up`).toEqual([]);

      // (1) Every complete item with digests has its blob, and the blob re-hashes to the recorded digests.
      const deep = await verifyEvidence(store, rehasher, { deep: true, caseId: round.caseId });
      expect(deep.findings, `${label}: deep verification of the round's case`).toEqual([]);
      expect(deep.ok).toBe(true);
      // Earlier rounds were re-hashed while they were written (and all are again at the end): here every file item
      // of the instance is checked to be complete, with digests, and to have a blob of its size.
      const all: EvidenceItem[] = [];
      for (let afterId: string | null = null; ;) {
        const batch: EvidenceItem[] = await store.transaction((tx) => tx.evidence.listAll(afterId, 500));
        if (batch.length === 0) break;
        all.push(...batch);
        afterId = batch[batch.length - 1]!.id;
      }
      for (const item of all) {
        if (item.kind === 'folder') continue;
        expect(item.status, `${label}: ${item.exhibitNumber} is a file, recorded only when complete`).toBe('complete');
        expect(item.digests, `${label}: ${item.exhibitNumber} is complete without digests`).not.toBeNull();
        expect(await blobs.size(item.digests!.sha256), `${label}: ${item.exhibitNumber} has no blob of its size`).toBe(item.digests!.size);
      }

      // (2) The ledger verifies: hashes, links, checkpoint roots and signatures.
      const ledger = await scanLedger(store, publicKeyHex);
      expect(ledger.firstProblem, `${label}: ledger`).toBeNull();
      expect(ledger.ok).toBe(true);

      // Rows and ledger events correspond one to one: a crash commits both or neither.
      const events: LedgerEvent[] = [];
      for (let afterSeq = 0; ;) {
        const batch = await store.transaction((tx) => tx.ledger.list({ afterSeq, limit: 5000, order: 'asc' }));
        if (batch.length === 0) break;
        events.push(...batch);
        afterSeq = batch[batch.length - 1]!.seq;
      }
      const evidenceEvents = events.filter((e) => e.action.startsWith('evidence.'));
      const recordedIds = evidenceEvents.filter((e) => RECORDING.has(e.action)).map((e) => e.targetId);
      expect(new Set(recordedIds).size, `${label}: an item recorded twice in the ledger`).toBe(recordedIds.length);
      expect([...recordedIds].sort(), `${label}: items and their recording events`).toEqual(all.map((i) => i.id).sort());
      const completed = evidenceEvents.filter((e) => e.action === 'evidence.folder_completed').map((e) => e.targetId);
      expect([...completed].sort(), `${label}: folders completed in the ledger and in their rows`).toEqual(
        all
          .filter((i) => i.kind === 'folder' && i.status === 'complete')
          .map((i) => i.id)
          .sort(),
      );

      // (3) No duplicates in the round's case: one item per (parent, path), one per exhibit number.
      const items = await store.transaction((tx) => tx.evidence.listForCase(round.caseId));
      const paths = items.map((i) => `${i.parentId ?? ''}\u0000${i.originalPath}`);
      expect(new Set(paths).size, `${label}: an item recorded twice`).toBe(paths.length);
      const exhibits = items.map((i) => i.exhibitNumber);
      expect(new Set(exhibits).size, `${label}: an exhibit number given twice`).toBe(exhibits.length);

      // (5) The folder is being ingested or complete; its children are the first files of its walk, in order, each
      // complete with the real file's digest; the single file, if recorded, once and with its real digest.
      const tops = items.filter((i) => i.parentId === null);
      const folder = tops.find((i) => i.originalPath === round.folder);
      const file = tops.find((i) => i.originalPath === round.file);
      expect(tops.length, `${label}: top-level items`).toBe((folder ? 1 : 0) + (file ? 1 : 0));
      if (file) {
        expect(folder?.status, `${label}: the single file was taken before the folder was complete`).toBe('complete');
        expect(file).toMatchObject({ kind: 'file', status: 'complete', exhibitNumber: 'EXH-002' });
        expect(file.digests?.sha256).toBe(round.fileSha256);
      }
      let children = -1;
      if (folder) {
        expect(folder.kind).toBe('folder');
        expect(folder.exhibitNumber).toBe('EXH-001');
        expect(['ingesting', 'complete']).toContain(folder.status);
        const recorded = items
          .filter((i) => i.parentId === folder.id)
          .sort((a, b) => Number(a.exhibitNumber.split('/')[1]) - Number(b.exhibitNumber.split('/')[1]));
        children = recorded.length;
        expect(
          recorded.map((i) => ({ exhibit: i.exhibitNumber, path: i.originalPath, status: i.status, sha256: i.digests?.sha256 })),
          `${label}: the folder's children`,
        ).toEqual(
          round.files
            .slice(0, recorded.length)
            .map((f, k) => ({ exhibit: `EXH-001/${k + 1}`, path: f.relativePath, status: 'complete', sha256: f.sha256 })),
        );
        if (folder.status === 'complete') expect(children, `${label}: a complete folder misses files`).toBe(round.files.length);
      }
      expect(items.length).toBe(tops.length + Math.max(children, 0));

      // (4) Blobs no item refers to (written before a kill, recorded by no transaction) may exist: not evidence.
      const referenced = new Set(all.flatMap((i) => (i.digests ? [i.digests.sha256] : [])));
      let unreferencedBlobs = 0;
      for await (const sha256 of blobs.list()) if (!referenced.has(sha256)) unreferencedBlobs++;
      return {
        children,
        folderComplete: folder?.status === 'complete',
        fileRecorded: file !== undefined,
        unreferencedBlobs,
        ledgerEvents: events.length,
        evidenceEvents: evidenceEvents.length,
        items: all.length,
      };
    });
  }

  function expectRoundComplete(round: Round, state: Inspection, label: string): void {
    expect(state, label).toMatchObject({ folderComplete: true, children: round.files.length, fileRecorded: true });
  }

  beforeAll(async () => {
    database = createTestDatabase();
    config = loadConfig(
      {},
      {
        dataDir: database.dir,
        databaseUrl: database.url,
        ...(database.schema ? { databaseSchema: database.schema } : {}),
        blobUrl: `file:${join(database.dir, 'blobs')}`,
        checkpointEvery: CHECKPOINT_EVERY,
        timeZone: 'UTC',
      },
    );
    childEnv = { ...process.env };
    for (const name of Object.keys(childEnv)) if (name.startsWith('TAMGA_')) delete childEnv[name];
    Object.assign(childEnv, {
      TAMGA_DATA_DIR: config.dataDir,
      TAMGA_DATABASE_URL: config.databaseUrl,
      ...(config.databaseSchema ? { TAMGA_DATABASE_SCHEMA: config.databaseSchema } : {}),
      TAMGA_BLOB_URL: config.blobUrl,
      TAMGA_CHECKPOINT_EVERY: String(CHECKPOINT_EVERY),
      TAMGA_TIME_ZONE: 'UTC',
    });
    for (let i = 0; i < WARM_CHILDREN; i++) warm.push(spawnChild());
    rehasher = fsBlobStore(join(database.dir, 'blobs'));
    await withContext(async (context) => {
      const admin = await initialise(context, { adminPassword: 'Root-Passw0rd-for-tests' });
      const adminActor: Actor = { userId: admin!.user.id, username: 'admin', role: 'admin', sessionId: null, mustChangePassword: false };
      const created = await createUser(context.deps, adminActor, {
        username: 'erlan',
        displayName: 'Erlan',
        role: 'investigator',
        password: 'Str0ng-Passw0rd-for-tests',
      });
      investigator = { userId: created.user.id, username: 'erlan', role: 'investigator', sessionId: null, mustChangePassword: false };
      publicKeyHex = context.deps.signer.publicKeyHex;
    });
  }, 60_000);

  afterAll(async () => {
    // Children still waiting for a job exit when their input ends; anything else left is killed.
    for (const child of warm.splice(0)) child.process.stdin.end();
    const left = [...children];
    const timeout = setTimeout(() => left.forEach((child) => child.process.kill('SIGKILL')), 10_000);
    await Promise.allSettled(left.map((child) => child.ended));
    clearTimeout(timeout);
    await rehasher?.close();
    if (database) await database.drop();
  });

  it(`keeps every invariant through ${KILLS_WANTED} kills mid-intake, and a re-run completes it without duplicates`, async () => {
    const started = performance.now();
    let round = await newRound();
    /** How far the round's intake has come: recorded files of the folder, then F+1 (folder complete), F+2 (file too). */
    let progress = 0;
    let kills = 0;
    let killsMidIngest = 0;
    let killsMidWrite = 0;
    let killedAfterLastCommit = 0;
    let finishedFirst = 0;
    let runsToCompletion = 0;
    let maxUnreferenced = 0;
    const landed: Record<string, number> = {};
    const count = (key: string) => (landed[key] = (landed[key] ?? 0) + 1);
    const startups: number[] = [];
    const waits: number[] = [];
    const runs: number[] = [];
    const inspections: number[] = [];

    while (killsMidIngest < KILLS_WANTED && kills < MAX_KILLS) {
      // A third of the kills come at a uniformly random time after the start; the rest a random moment after a
      // progress point chosen at random a little ahead of where the intake stands, so that the kills spread over
      // the whole intake (folder, folder completion, single file) whatever the speed of this machine. Near the end
      // the plan is often to let it finish, which completes the round.
      const ahead = progress + randomInt(0, EVENT_STEP + 1);
      const plan: KillPlan | null =
        Math.random() < 1 / 3
          ? { after: 'time', delayMs: Math.random() * KILL_WINDOW_MS }
          : ahead <= FILES_PER_ROUND + 2
            ? { after: 'event', event: ahead, jitterMs: Math.random() * JITTER_MS }
            : null;
      const label = `${plan ? `kill ${kills + 1}` : 'run'} (round ${round.n}, ${JSON.stringify(plan)})`;
      const run = await runIntake(round, plan);
      startups.push(run.startupMs);
      waits.push(run.waitedMs);
      runs.push(run.ranMs);
      const inspectedAt = performance.now();
      if (!run.killed) expect(run.code, `${label}: the intake failed\n${run.stderr}`).toBe(0);
      const leftovers = tmpFiles().length;
      const state = await inspect(round, label);
      inspections.push(performance.now() - inspectedAt);
      maxUnreferenced = Math.max(maxUnreferenced, state.unreferencedBlobs);
      const complete = state.folderComplete && state.fileRecorded;
      progress = state.folderComplete ? FILES_PER_ROUND + (state.fileRecorded ? 2 : 1) : Math.max(state.children, 0);
      if (plan) kills++;
      if (!run.killed) {
        if (plan) finishedFirst++;
        else runsToCompletion++;
        expectRoundComplete(round, state, `${label}: the intake exited 0`);
      } else if (complete) {
        killedAfterLastCommit++;
        count('after the last commit');
      } else {
        killsMidIngest++;
        if (leftovers > 0) killsMidWrite++;
        if (state.children < 0) count('before the folder was recorded');
        else if (!state.folderComplete) count(state.children === 0 ? 'folder, no file recorded yet' : 'folder, part-way');
        else count('between the folder and the single file');
      }
      if (complete && killsMidIngest < KILLS_WANTED) {
        round = await newRound();
        progress = 0;
      }
    }

    // The same intake once more, not killed: it completes the round.
    const last = await runIntake(round, null);
    expect(last.code, last.stderr).toBe(0);
    const final = await inspect(round, 'after the final run');
    expectRoundComplete(round, final, 'after the final run');
    await withContext(async ({ store, blobs }) => {
      const everything = await verifyEvidence(store, blobs, { deep: true });
      expect(everything.findings).toEqual([]);
      expect(everything.ok).toBe(true);
      expect(everything.blobsChecked).toBe(everything.items - rounds.length); // every file item; folders have no bytes
      expect(everything.unreferencedBlobs).toBe(final.unreferencedBlobs);
    });

    // And again: nothing new is recorded; only the run's own local session appears in the ledger.
    const again = await runIntake(round, null);
    expect(again.code, again.stderr).toBe(0);
    const result = again.stdout.split('\n').find((line) => line.startsWith('result '));
    expect(JSON.parse(result!.slice('result '.length))).toMatchObject({
      folder: { files: round.files.length, alreadyPresent: round.files.length, status: 'complete' },
      file: { alreadyPresent: 1, status: 'complete' },
    });
    const after = await inspect(round, 'after a further run');
    expect(after.items).toBe(final.items);
    expect(after.evidenceEvents).toBe(final.evidenceEvents);
    expect(after.unreferencedBlobs).toBe(final.unreferencedBlobs);
    expect(after.ledgerEvents - final.ledgerEvents, 'a further run records only its local session').toBe(1);

    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
    console.log(
      `crash safety (${database.schema ? 'PostgreSQL' : 'SQLite'}): ${kills} kills over ${rounds.length} rounds in ` +
        `${((performance.now() - started) / 1000).toFixed(1)} s: ${killsMidIngest} mid-intake (${killsMidWrite} of them with a blob ` +
        `write in progress), ${killedAfterLastCommit} after the last commit, ${finishedFirst} runs finished before their kill; ` +
        `${runsToCompletion} runs let finish; at most ${maxUnreferenced} unreferenced blobs; where the kills landed: ` +
        `${JSON.stringify(landed)}; child start-up median ${median(startups).toFixed(0)} ms, of which the intake waited ` +
        `${median(waits).toFixed(0)} ms; intake run median ${median(runs).toFixed(0)} ms; checks after a kill median ` +
        `${median(inspections).toFixed(0)} ms`,
    );
    expect(kills).toBeGreaterThanOrEqual(KILLS_WANTED);
    expect(killsMidIngest).toBeGreaterThanOrEqual(KILLS_WANTED);
    rmSync(join(database.dir, 'sources'), { recursive: true, force: true });
  });

  it('a Tamga process starting while another one ingests leaves that intake alone', async () => {
    // Every start of Tamga (server, or any `tamga` command in local mode) sweeps the blob store's temporary files,
    // which after a crash are debris. While another process is ingesting, one of them is that intake's live write.
    const n = rounds.length + 1;
    const root = join(database.dir, 'sources', `live-${n}`);
    const folder = join(root, 'seized');
    const text = `a note, round ${n}\n`;
    const files = [{ relativePath: 'note.txt', sha256: writeTextFile(join(folder, 'note.txt'), text), size: text.length }];
    // A large file that is quick to make: a random first MiB, then zeros (sparse, but read and hashed in full).
    const file = join(root, 'disk.img');
    const size = LIVE_FILE_BYTES;
    writeRandomFile(file, MiB);
    const head = readFileSync(file);
    truncateSync(file, size);
    const hash = createHash('sha256').update(head);
    const zeros = Buffer.alloc(4 * MiB);
    for (let done = MiB; done < size; done += zeros.length) hash.update(zeros.subarray(0, Math.min(zeros.length, size - done)));
    const round: Round = { n, caseId: await openCase(n), folder, file, files, fileSha256: hash.digest('hex') };
    rounds.push(round);

    let finished = false;
    const running = runIntake(round, null).finally(() => (finished = true));
    const writing = () =>
      tmpFiles().some((name) => {
        try {
          return statSync(join(database.dir, 'blobs', 'tmp', name)).size >= 4 * MiB;
        } catch {
          return false;
        }
      });
    while (!writing()) {
      if (finished) throw new Error('the intake ended before another process could start: make LIVE_FILE_BYTES larger');
      await new Promise((resolve) => setTimeout(resolve, 2));
    }
    await withContext(async () => {}); // what another Tamga process does first when it starts
    const run = await running;
    expect(run.code, `the intake failed because another Tamga process started:\n${run.stderr}`).toBe(0);
    expectRoundComplete(round, await inspect(round, 'after another process started during the intake'), 'the intake');
    rmSync(root, { recursive: true, force: true });
  });
});
