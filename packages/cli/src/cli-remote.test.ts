// The tamga command against a running server: login, a saved token, and an upload over tus with the file's times.
import { execFileSync } from 'node:child_process';
import { utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@tamga/storage';
import { loadConfig, startServer, type RunningServer } from '@tamga/server';
import { envFor, tamga } from './test-run';

describe('tamga CLI, remote mode', { timeout: 120_000 }, () => {
  const db = createTestDatabase();
  const env = { ...envFor(db), TAMGA_CHECKPOINT_EVERY: '25' };
  let server: RunningServer;
  beforeAll(async () => {
    expect((await tamga(['init', '--admin-password-file', '-'], env, 'Init-Str0ng-Passw0rd\n')).code).toBe(0);
    server = await startServer(loadConfig(env, { host: '127.0.0.1', port: 0, logLevel: 'silent', loginRateLimit: 100 }), () => {});
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  it('logs in, keeps the token, and works through the server', async () => {
    // No data folder in the environment: the saved credentials choose the server.
    const remote = { TAMGA_CREDENTIALS: env.TAMGA_CREDENTIALS! };
    const login = await tamga(['login', '--server', server.url!, '--username', 'admin'], remote, 'Init-Str0ng-Passw0rd\n');
    expect(login.code, login.stderr).toBe(0);
    const list = await tamga(['user', 'list', '--json'], remote);
    expect(list.code, list.stderr).toBe(0);
    expect(JSON.parse(list.stdout).map((u: { username: string }) => u.username)).toEqual(['admin']);
    // An investigator signs in remotely and ingests a file over tus; the server confirms our SHA-256.
    writeFileSync(join(db.dir, 'pw-remote'), 'Qalam-Str0ng-Pass-5\n');
    expect(
      (await tamga(['user', 'create', 'remote-lead', '--role', 'investigator', '--password-file', join(db.dir, 'pw-remote')], remote)).code,
    ).toBe(0);
    expect(
      (await tamga(['login', '--server', server.url!, '--username', 'remote-lead', '--password-file', join(db.dir, 'pw-remote')], remote))
        .code,
    ).toBe(0);
    const opened = await tamga(
      [
        'case',
        'create',
        '--reference',
        'R-1',
        '--title',
        'Remote',
        '--country',
        'KG',
        '--time-zone',
        'Asia/Bishkek',
        '--offence',
        'KG:190',
      ],
      remote,
    );
    expect(opened.code, opened.stderr).toBe(0);
    const authorised = await tamga(
      [
        'auth',
        'add',
        'R-1',
        '--type',
        'CONSENT',
        '--number',
        'C-1',
        '--issuer-type',
        'DATA_SUBJECT',
        '--issuer-body',
        'Owner',
        '--issuer-country',
        'KG',
        '--issued-at',
        '2026-01-01',
        '--valid-until',
        '2099-01-01',
        '--measure',
        'SEARCH_SEIZURE',
        '--legal-basis',
        'DOMESTIC_CPC|УПК КР',
        '--grounds',
        'Consent',
      ],
      remote,
    );
    expect(authorised.code, authorised.stderr).toBe(0);
    const file = join(db.dir, 'export.bin');
    writeFileSync(file, Buffer.alloc(9 * 1024 * 1024 + 3, 0x42));
    utimesSync(file, new Date('2025-02-03T04:05:06Z'), new Date('2025-01-02T03:04:05Z'));
    const ingested = await tamga(['ingest', '--case', 'R-1', file, '--json'], remote);
    expect(ingested.code, ingested.stderr).toBe(0);
    const summary = JSON.parse(ingested.stdout) as { caseId: string; items: Array<Record<string, unknown>> };
    const [item] = summary.items;
    expect(item).toMatchObject({
      exhibitNumber: 'EXH-001',
      size: 9 * 1024 * 1024 + 3,
      sha256: execFileSync('sha256sum', [file]).toString().split(' ')[0],
      verification: 'MATCH',
    });
    // The file's own times travel with it; the server's copy would have given the upload's.
    const recorded = await server.context.store.transaction((tx) => tx.evidence.byId(summary.caseId, String(item!.id)));
    expect(recorded?.fileTimes).toMatchObject({
      modifiedAt: '2025-01-02T03:04:05.000000000Z',
      accessedAt: '2025-02-03T04:05:06.000000000Z',
    });
    const health = await fetch(`${server.url!}/api/health`);
    expect(await health.json()).toMatchObject({ status: 'ok' });
    expect((await tamga(['logout'], remote)).code).toBe(0);
    expect((await tamga(['user', 'list'], remote)).code).toBe(1);
  });
});
