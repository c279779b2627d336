// Crash safety of intake: a real Tamga process ingests a folder and a file and is killed with SIGKILL at random
// moments. After every kill: no item is recorded as complete without its bytes, a stray blob is not evidence, the
// ledger verifies, rows and ledger events correspond one to one, and running the same intake again completes it
// without duplicates.
//
// Each round is a case of its own with fresh random bytes (so every blob is new and a kill can land mid-write).
// A round is killed again and again until an intake run finishes it; then the next round starts, until enough kills
// have landed while the intake was still running.
import { createHash, randomInt } from 'node:crypto';
import { readFileSync, rmSync, statSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCase, createUser, recordAuthorization, verifyEvidence, type Actor } from '@tamga/core';
import { createTestDatabase, fsBlobStore, type FsBlobStore, type TestDatabase } from '@tamga/storage';
import { initialise } from './bootstrap';
import { loadConfig, type ServerConfig } from './config';
import { createContext, type AppContext } from './context';
import { FILES_PER_ROUND, makeSource, MiB, writeRandomFile, writeTextFile } from './crash-source';
import { blobTmpFiles, expectRoundComplete, inspectRound, type Inspection, type Round } from './crash-inspection';
import { IntakeChildren, type KillPlan } from './intake-children';

/** Kills that must land while the intake is still running. */
const KILLS_WANTED = 50;
/** A safety cap, whatever the timing of this machine. */
const MAX_KILLS = 120;
/** Time-based kills come a uniformly random time after the child says it is starting: 0 … KILL_WINDOW_MS. */
const KILL_WINDOW_MS = 400;
/** Progress-based kills aim at most this many progress points ahead of the intake's current state… */
const EVENT_STEP = 10;
/** …and come a uniformly random time after the intake reaches that point: 0 … JITTER_MS. */
const JITTER_MS = 60;
const CHECKPOINT_EVERY = 7;
/** The file another process's start-up must not disturb while it is being written: large enough to be caught mid-write. */
const LIVE_FILE_BYTES = 256 * MiB;

// The limit guards against a hang, not a speed: on a slow evening, with other test files running beside it on two
// cores, the 50 kills took just over 300 s on PostgreSQL (about 175 s alone on SQLite).
describe('intake survives SIGKILL at random moments', { timeout: 600_000 }, () => {
  let database: TestDatabase;
  let config: ServerConfig;
  let investigator: Actor;
  let publicKeyHex: string;
  let intakes: IntakeChildren;
  const rounds: Round[] = [];
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

  /** The round's intake in a process of its own, killed as the plan says (or let finish). */
  function runIntake(round: Round, plan: KillPlan | null) {
    return intakes.run({ username: investigator.username, caseId: round.caseId, folder: round.folder, file: round.file }, plan);
  }

  const tmpFiles = () => blobTmpFiles(database.dir);

  function inspect(round: Round, label: string): Promise<Inspection> {
    return withContext((context) => inspectRound(context, { round, label, rehasher, dataDir: database.dir, publicKeyHex }));
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
    const childEnv = { ...process.env };
    for (const name of Object.keys(childEnv)) if (name.startsWith('TAMGA_')) delete childEnv[name];
    Object.assign(childEnv, {
      TAMGA_DATA_DIR: config.dataDir,
      TAMGA_DATABASE_URL: config.databaseUrl,
      ...(config.databaseSchema ? { TAMGA_DATABASE_SCHEMA: config.databaseSchema } : {}),
      TAMGA_BLOB_URL: config.blobUrl,
      TAMGA_CHECKPOINT_EVERY: String(CHECKPOINT_EVERY),
      TAMGA_TIME_ZONE: 'UTC',
    });
    intakes = await IntakeChildren.start(childEnv);
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
    await intakes?.close();
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
