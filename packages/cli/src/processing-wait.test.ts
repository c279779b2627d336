// Following processing: the outcome of reprocess is that of the items it queued, the ledger's tail names only
// targets there are, and waiting on a server with no worker says so.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@tamga/storage';
import { loadConfig, startServer, type RunningServer } from '@tamga/server';
import { buildZip, zerosMember } from '@tamga/parsers/testing';
import { envFor, openCliCase, tamga, tamgaRunning } from './test-run';

describe('tamga process and reprocess: what they wait for and report', { timeout: 180_000 }, () => {
  const db = createTestDatabase();
  const env = envFor(db);
  const as = ['--as', 'erlan'];
  const inCase = ['--case', 'KZ-WAIT-1'];
  const servers: RunningServer[] = [];
  afterAll(async () => {
    for (const server of servers) await server.stop();
    await db.drop();
  });

  it('reprocess exits by the items it queued, and names in one line those of the case that failed before', async () => {
    await openCliCase(env, db.dir, 'KZ-WAIT-1', 'Ожидание', '2-79/2026');
    // A compression bomb fails (EXH-001); the note is read (EXH-002).
    writeFileSync(join(db.dir, 'bomb.zip'), buildZip([await zerosMember('zeros.bin', 16 * 1024 * 1024)]));
    writeFileSync(join(db.dir, 'notes.txt'), 'обычный текст');
    const taken = await tamga([...as, 'ingest', ...inCase, join(db.dir, 'bomb.zip'), join(db.dir, 'notes.txt')], env);
    expect(taken.code, taken.stderr).toBe(0);
    // process takes every item not done, the failed among them: its outcome is the whole case's.
    const processed = await tamga([...as, 'process', ...inCase, '--wait'], env);
    expect(processed.code, processed.stdout + processed.stderr).toBe(2);
    expect(processed.stdout).toMatch(/^FAILED EXH-001 bomb\.zip: /m);
    expect(processed.stdout).not.toContain('failed before');

    const reread = await tamga([...as, 'reprocess', ...inCase, '--parser', 'text.plain'], env);
    expect(reread.code, reread.stdout + reread.stderr).toBe(0);
    expect(reread.stdout).not.toContain('FAILED');
    expect(reread.stdout).toContain(
      '1 other item(s) of the case failed before and were not processed now (EXH-001); tamga evidence show EXHIBIT --case KZ-WAIT-1 says why, tamga process --case KZ-WAIT-1 --wait tries them again',
    );
    // With --json the summary is the case's as it stands; the exit status still that of the items queued.
    const json = await tamga([...as, 'reprocess', ...inCase, '--parser', 'text.plain', '--json'], env);
    expect(json.code, json.stderr).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ counts: { done: 1, failed: 1 } });
    // Reprocessing everything takes the bomb too: it fails again, and that is this command's failure.
    const all = await tamga([...as, 'reprocess', ...inCase], env);
    expect(all.code, all.stdout + all.stderr).toBe(2);
    expect(all.stdout).toMatch(/^FAILED EXH-001 bomb\.zip: /m);
    expect(all.stdout).not.toContain('failed before');
  });

  it('ledger tail names a target only when the event has one', async () => {
    expect((await tamga([...as, 'evidence', 'list', ...inCase], env)).code).toBe(0);
    const tail = await tamga([...as, 'ledger', 'tail', ...inCase, '-n', '1'], env);
    expect(tail.code, tail.stderr).toBe(0);
    expect(tail.stdout).toContain('evidence.listed');
    expect(tail.stdout).not.toContain('undefined');
    expect(tail.stdout).not.toContain('evidence:');
  });

  it('process --wait against a server with no worker says a worker must run, and goes on waiting for one', async () => {
    const web = await startServer(loadConfig(env, { host: '127.0.0.1', port: 0, logLevel: 'silent', services: ['web'] }), () => {});
    servers.push(web);
    const remote = { TAMGA_CREDENTIALS: env.TAMGA_CREDENTIALS, TAMGA_IDLE_NOTICE_SECONDS: '1' };
    const login = await tamga(['login', '--server', web.url!, '--username', 'erlan', '--password-file', join(db.dir, 'pw')], remote);
    expect(login.code, login.stderr).toBe(0);
    const waiting = tamgaRunning(['process', ...inCase, '--wait'], remote);
    await waiting.until('Nothing has been taken from the queue for 1 s');
    servers.push(await startServer(loadConfig(env, { logLevel: 'silent', services: ['worker'] }), () => {}));
    const run = await waiting.done;
    expect(run.code, run.stdout + run.stderr).toBe(2);
    expect(run.stdout).toMatch(/^FAILED EXH-001 bomb\.zip: /m);
    const notices = run.stderr.split('\n').filter((line) => line.includes('Nothing has been taken'));
    expect(notices).toEqual([
      'Nothing has been taken from the queue for 1 s: processing needs a worker running against this server (tamga worker, or tamga serve --services=web,worker); still waiting',
    ]);
  });
});
