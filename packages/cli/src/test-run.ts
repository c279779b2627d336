// For the CLI's tests: the tamga command run as a person runs it, in a Node process of its own, and the
// environment that points it at a test database.
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '../bin/tamga.js');

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export function tamga(args: string[], env: Record<string, string>, stdin = ''): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

/** The data folder, database and saved credentials of a test database (its shape, from @tamga/storage). */
export function envFor(db: { dir: string; url: string; schema?: string }): Record<string, string> & { TAMGA_CREDENTIALS: string } {
  return {
    TAMGA_DATA_DIR: db.dir,
    TAMGA_DATABASE_URL: db.url,
    ...(db.schema ? { TAMGA_DATABASE_SCHEMA: db.schema } : {}),
    TAMGA_CREDENTIALS: join(db.dir, 'credentials.json'),
  };
}

/**
 * The tamga command with its output read by a reader that stops early, as `tamga … | head` does: the reading end of
 * the pipe is closed once `closeAfter` bytes have arrived (0: before any), and what arrived until then is `stdout`.
 */
export function tamgaIntoClosedPipe(args: string[], env: Record<string, string>, closeAfter: number): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let received = 0;
    const close = () => child.stdout.destroy();
    if (closeAfter === 0) close();
    else {
      child.stdout.on('data', (d: Buffer) => {
        stdout += d.toString();
        received += d.length;
        if (received >= closeAfter) close();
      });
    }
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code: code ?? -1, stdout, stderr }));
  });
}

/**
 * The tamga command, and a way to act while it runs: `until(text)` resolves once its standard error holds `text`
 * (the command still running), `done` when it has ended.
 */
export function tamgaRunning(args: string[], env: Record<string, string>): { until(text: string): Promise<void>; done: Promise<Run> } {
  const child = spawn(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  const waiting: Array<{ text: string; resolve: () => void }> = [];
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => {
    stderr += d.toString();
    for (const w of waiting.filter((x) => stderr.includes(x.text))) {
      waiting.splice(waiting.indexOf(w), 1);
      w.resolve();
    }
  });
  const done = new Promise<Run>((resolve, fail) => {
    child.on('error', fail);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
  return {
    done,
    until: (text) =>
      stderr.includes(text)
        ? Promise.resolve()
        : Promise.race([
            new Promise<void>((resolve) => waiting.push({ text, resolve })),
            done.then((run) => {
              throw new Error(`tamga ended (${run.code}) before saying ${JSON.stringify(text)}: ${run.stderr}`);
            }),
          ]),
  };
}

/** The arguments of `tamga auth add` for a court warrant to seize content, valid for years: most cases in tests need one. */
export function warrantArgs(caseRef: string, number: string): string[] {
  return [
    ...['auth', 'add', caseRef, '--type', 'COURT_WARRANT', '--number', number, '--issuer-type', 'COURT'],
    ...['--issuer-body', 'Суд г. Астаны', '--issuer-country', 'KZ', '--issued-at', '2026-11-01T09:00:00+05:00'],
    ...['--valid-until', '2099-01-01', '--measure', 'SEARCH_SEIZURE', '--category', 'CONTENT'],
    ...['--legal-basis', 'DOMESTIC_CPC|УПК РК ст. 252', '--grounds', 'Рапорт'],
  ];
}

/**
 * A new data folder (in `dir`) with an investigator `erlan` who opens the case `reference` under a warrant
 * (`warrantArgs`), each step checked, as the tests of one command need to begin.
 */
export async function openCliCase(
  env: Record<string, string>,
  dir: string,
  reference: string,
  title: string,
  warrant: string,
): Promise<void> {
  const ok = (run: Run, what: string) => {
    if (run.code !== 0) throw new Error(`${what}: ${run.stderr}`);
  };
  ok(await tamga(['init', '--admin-password-file', '-'], env, 'Init-Str0ng-Passw0rd\n'), 'init');
  writeFileSync(join(dir, 'pw'), 'Kerey-Str0ng-Passw0rd\n');
  const password = ['--password-file', join(dir, 'pw')];
  ok(await tamga(['--as', 'admin', 'user', 'create', 'erlan', '--role', 'investigator', ...password], env), 'user create');
  const place = ['--country', 'KZ', '--time-zone', 'Asia/Almaty', '--offence', 'KZ:190'];
  ok(await tamga(['--as', 'erlan', 'case', 'create', '--reference', reference, '--title', title, ...place], env), 'case create');
  ok(await tamga(['--as', 'erlan', ...warrantArgs(reference, warrant)], env), 'auth add');
}
