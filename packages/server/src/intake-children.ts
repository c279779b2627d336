// The Tamga processes crash-safety.test.ts kills: each runs one intake (crash-ingest-child.ts). Loading Tamga is
// most of a process's start-up, so the next processes load while the current one runs and wait for their job.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { resolve } from 'node:path';
import { bundleOf } from '../../../scripts/bundled-entry.js';
import { FILES_PER_ROUND } from './crash-source';

const REPO = resolve(import.meta.dirname, '../../..');
const CHILD = resolve(import.meta.dirname, 'crash-ingest-child.ts');
/** Children loading Tamga ahead of their turn; two hide the start-up almost entirely on two cores. */
const WARM_CHILDREN = 2;
/** A run that has not ended after this long is killed: the test is then told of a hang, not left waiting. */
const HANG_MS = 120_000;

/** What a child is asked to ingest (see crash-ingest-child.ts). */
export interface IntakeJob {
  username: string;
  caseId: string;
  folder: string;
  file: string;
}

/** SIGKILL a random time after the intake starts, or a random time after a given point of its progress. */
export type KillPlan = { after: 'time'; delayMs: number } | { after: 'event'; event: number; jitterMs: number };

export interface ChildRun {
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

/** The progress a line of the child announces: 0 at the start, K after K files of the folder, then F+1, F+2. */
function eventOf(line: string): number | undefined {
  if (line === 'starting') return 0;
  if (line.startsWith('folder-file ')) return Number(line.slice('folder-file '.length));
  if (line === 'folder-done') return FILES_PER_ROUND + 1;
  if (line === 'file-done') return FILES_PER_ROUND + 2;
  return undefined;
}

export class IntakeChildren {
  /** Every child started that has not ended. */
  private readonly children = new Set<Child>();
  /** The next children, already loading Tamga. */
  private readonly warm: Child[] = [];

  /**
   * `env` configures the children (TAMGA_* variables), who start loading at once: from the child's bundle, as the
   * tamga command runs (scripts/bundled-entry.js), or through tsx where none can be written.
   */
  static async start(env: NodeJS.ProcessEnv): Promise<IntakeChildren> {
    const bundle = await bundleOf(CHILD);
    return new IntakeChildren(env, bundle ? [bundle] : ['--import', 'tsx', CHILD]);
  }

  private constructor(
    private readonly env: NodeJS.ProcessEnv,
    private readonly args: string[],
  ) {
    for (let i = 0; i < WARM_CHILDREN; i++) this.warm.push(this.spawn());
  }

  /**
   * Gives the warm child its job (and starts the next one warming up); with a plan, sends SIGKILL a random time after
   * the start or after the progress event the plan names.
   */
  async run(job: IntakeJob, plan: KillPlan | null): Promise<ChildRun> {
    const child = this.warm.shift() ?? this.spawn();
    this.warm.push(this.spawn());
    let startedAt = 0;
    let timer: NodeJS.Timeout | undefined;
    const hang = setTimeout(() => child.process.kill('SIGKILL'), HANG_MS);
    child.onLine = (line) => {
      const event = eventOf(line);
      if (event === undefined) return;
      if (event === 0) startedAt = performance.now();
      if (!plan || timer) return;
      if (plan.after === 'time' && event === 0) timer = setTimeout(() => child.process.kill('SIGKILL'), plan.delayMs);
      if (plan.after === 'event' && event >= plan.event) timer = setTimeout(() => child.process.kill('SIGKILL'), plan.jitterMs);
    };
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

  /** Children still waiting for a job exit when their input ends; anything else left is killed. */
  async close(): Promise<void> {
    for (const child of this.warm.splice(0)) child.process.stdin.end();
    const left = [...this.children];
    const timeout = setTimeout(() => left.forEach((child) => child.process.kill('SIGKILL')), 10_000);
    await Promise.allSettled(left.map((child) => child.ended));
    clearTimeout(timeout);
  }

  /** Starts a child that loads Tamga and waits for its job. */
  private spawn(): Child {
    const proc = spawn(process.execPath, this.args, {
      cwd: REPO,
      env: this.env,
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
    this.children.add(child);
    const forget = () => this.children.delete(child);
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
}
