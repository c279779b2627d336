// tamga request as a person runs it, against a real server: draft from a JSON file, submit, approve by another
// supervisor, send with the letter printed (its SHA-256 recorded), write the letter out, acknowledge, renew, close.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@tamga/api';
import { createTestDatabase } from '@tamga/storage';
import { loadConfig, startServer, type RunningServer } from '@tamga/server';
import { envFor, tamga } from './test-run';
import { openRequestCase, requestBody, sentRequest, type RequestFixture } from '../../server/src/request-fixture';
import type { TestApp } from '../../server/src/test-app';

describe('tamga request, remote mode', { timeout: 180_000 }, () => {
  const db = createTestDatabase();
  const base = envFor(db);
  let server: RunningServer;
  let f: RequestFixture;
  const tokens: Record<string, string> = {};

  beforeAll(async () => {
    expect((await tamga(['init', '--admin-password-file', '-'], base, 'Init-Str0ng-Passw0rd\n')).code).toBe(0);
    server = await startServer(loadConfig(base, { host: '127.0.0.1', port: 0, logLevel: 'silent', loginRateLimit: 1000 }), () => {});
    const anonymous = createClient({ baseUrl: server.url! });
    const admin = createClient({
      baseUrl: server.url!,
      token: (await anonymous.call('login', { body: { username: 'admin', password: 'Init-Str0ng-Passw0rd', client: 'cli' } }))
        .token as string,
    });
    // The fixture only needs a way to make signed-in users.
    const app = {
      async user(username: string, role: string) {
        const password = 'Str0ng-Passw0rd-for-tests';
        const created = await admin.call('createUser', { body: { username, role: role as 'investigator', password } });
        const token = (await anonymous.call('login', { body: { username, password, client: 'cli' } })).token as string;
        tokens[username] = token;
        return { id: created.user.id, token, client: createClient({ baseUrl: server.url!, token }) };
      },
    } as unknown as TestApp;
    f = await openRequestCase(app, { validUntil: '2099-01-01T00:00:00Z' });
  });
  afterAll(async () => {
    await server?.stop();
    await db.drop();
  });

  const as = (username: string) => ({
    TAMGA_CREDENTIALS: base.TAMGA_CREDENTIALS,
    TAMGA_SERVER: server.url!,
    TAMGA_TOKEN: tokens[username]!,
  });
  const json = async (username: string, args: string[]) => {
    const run = await tamga([...args, '--json'], as(username));
    expect(run.code, `${args.join(' ')}: ${run.stderr}`).toBe(0);
    return JSON.parse(run.stdout) as Record<string, unknown>;
  };

  it('drafts, reviews, sends with the letter hashed, acknowledges, renews and closes', async () => {
    const file = join(db.dir, 'request.json');
    const { type: _type, addressee: _addressee, ...fields } = requestBody(f, 'PRES_DIRECT');
    writeFileSync(file, JSON.stringify(fields));
    const created = await json('author', [
      'request',
      'create',
      '--case',
      'KZ-2026-0142',
      '--type',
      'PRES_DIRECT',
      '--addressee',
      'provider-google',
      '--file',
      file,
    ]);
    const ref = created.reference as string;
    expect(ref).toBe('KZ-2026-0142/REQ-1');
    expect((await json('author', ['request', 'submit', ref, '--case', 'KZ-2026-0142'])).status).toBe('IN_REVIEW');
    const self = await tamga(['request', 'approve', ref, '--case', 'KZ-2026-0142'], as('author'));
    expect(self.code).toBe(1);
    expect(self.stderr).toContain('ROLE_FORBIDDEN');
    expect((await json('sup', ['request', 'approve', ref, '--case', 'KZ-2026-0142', '--note', 'Narrow and necessary'])).status).toBe(
      'AUTHORIZED',
    );
    const sent = await json('author', ['request', 'send', ref, '--case', 'KZ-2026-0142', '--format', 'pdf', '--lang', 'ru']);
    const document = sent.sentDocument as unknown as { sha256: string };
    expect(sent.status).toBe('SENT');
    const out = join(db.dir, 'letter.pdf');
    const letter = await json('author', [
      'request',
      'letter',
      ref,
      '--case',
      'KZ-2026-0142',
      '--format',
      'pdf',
      '--lang',
      'ru',
      '--out',
      out,
    ]);
    expect(letter.sha256).toBe(document.sha256);
    expect(createHash('sha256').update(readFileSync(out)).digest('hex')).toBe(document.sha256);
    const acknowledged = await json('author', ['request', 'ack', ref, '--case', 'KZ-2026-0142', '--reference', 'LERS-2231']);
    expect(acknowledged.preservation).toMatchObject({ state: 'ACTIVE', ruleId: 'US2703F', renewals: 0 });
    const renewed = await json('author', ['request', 'renew', ref, '--case', 'KZ-2026-0142']);
    expect(renewed.preservation).toMatchObject({ state: 'EXTENDED', renewals: 1 });
    const again = await tamga(['request', 'renew', ref, '--case', 'KZ-2026-0142'], as('author'));
    expect(again.stderr).toContain('REQUEST_RENEWAL_LIMIT');
    const listed = (await json('author', ['request', 'list', '--case', 'KZ-2026-0142'])) as unknown as Array<{
      nextDeadline: { kind: string };
    }>;
    expect(listed[0]?.nextDeadline.kind).toBe('PRESERVATION_EXPIRY');
    const shown = await tamga(['request', 'show', ref, '--case', 'KZ-2026-0142'], as('author'));
    expect(shown.stdout).toContain('US2703F');
    const closed = await json('author', [
      'request',
      'close',
      ref,
      '--case',
      'KZ-2026-0142',
      '--outcome',
      'FULFILLED',
      '--items',
      'FULFILLED',
    ]);
    expect(closed.status).toBe('FULFILLED');
    const directory = (await json('author', ['directory', 'list'])) as unknown as Array<{ name: string }>;
    expect(directory.map((d) => d.name)).toContain('Telegram');
    const stats = await json('sup', ['request', 'stats']);
    expect(stats).toMatchObject({ total: 1, byOutcome: { FULFILLED: 1 } });
  });

  it('takes a production in from a folder, and a supervisor decides on its sequestered files by exhibit number', async () => {
    const sent = await sentRequest(f, 'DISC_VOLUNTARY');
    await f.author.client.call('acknowledgeRequest', {
      params: { caseId: f.caseId, requestId: sent.id },
      body: { reference: 'META-LE-9' },
    });
    const folder = join(db.dir, 'meta-production');
    mkdirSync(join(folder, 'other'), { recursive: true });
    writeFileSync(join(folder, 'subscriber.txt'), 'Subscriber: Aruzhan Temirova\n');
    writeFileSync(join(folder, 'other', 'account-2231.txt'), 'Subscriber: a second account\n');
    writeFileSync(join(folder, 'other', 'account-9090.txt'), 'Subscriber: an unrelated account\n');
    const production = await tamga(
      [
        ...['request', 'production', sent.reference, folder, '--case', 'KZ-2026-0142', '--reference', 'META-LE-9/P1'],
        ...['--out-of-scope', 'other/account-2231.txt', '--out-of-scope', 'other/account-9090.txt'],
        ...['--reason', 'Accounts the request does not name', '--as', 'exam', '--json'],
      ],
      base,
    );
    expect(production.code, production.stderr).toBe(0);
    const files = (JSON.parse(production.stdout) as { files: Array<{ path: string; exhibitNumber: string; sequestered: boolean }> }).files;
    const exhibit = (name: string) => files.find((file) => file.path.endsWith(name))!.exhibitNumber;
    expect(
      files
        .filter((file) => file.sequestered)
        .map((file) => file.path)
        .sort(),
    ).toEqual(['other/account-2231.txt', 'other/account-9090.txt']);

    const waiting = (await json('sup', ['request', 'sequestered', '--case', 'KZ-2026-0142'])) as unknown as Array<{
      exhibitNumber: string;
    }>;
    expect(waiting.map((item) => item.exhibitNumber).sort()).toEqual([exhibit('account-2231.txt'), exhibit('account-9090.txt')].sort());
    const released = await tamga(
      ['request', 'release', exhibit('account-2231.txt'), '--case', 'KZ-2026-0142', '--note', 'Same person, second account'],
      as('sup'),
    );
    expect(released.code, released.stderr).toBe(0);
    expect(released.stdout.trim()).toBe(`${exhibit('account-2231.txt')} RELEASED`);
    const disposed = await json('sup', [
      'request',
      'dispose',
      exhibit('account-9090.txt'),
      '--case',
      'KZ-2026-0142',
      '--note',
      'Not named',
    ]);
    expect(disposed.sequestration).toMatchObject({ state: 'DISPOSED' });
    expect(await json('sup', ['request', 'sequestered', '--case', 'KZ-2026-0142'])).toEqual([]);

    // Decided already, or no such file: said, and nothing changes.
    const again = await tamga(['request', 'release', exhibit('account-2231.txt'), '--case', 'KZ-2026-0142', '--note', 'x'], as('sup'));
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`No file ${exhibit('account-2231.txt')} awaits a decision in this case`);
  });
});
