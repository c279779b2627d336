// Resumable upload over real HTTP with tus: cut off at 70 %, resumed from the server's offset, then sealed as evidence.
import { createHash, randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient, type TamgaClient } from '@tamga/api';
import { createTestDatabase, type TestDatabase } from '@tamga/storage';
import { ADMIN_PASSWORD } from './test-app';
import { loadConfig } from './config';
import { startServer, type RunningServer } from './main';

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function send(url: string, method: string, headers: Record<string, string>, body?: Buffer, cutAfter?: number): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method, headers }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: text }));
    });
    req.on('error', (error) => (cutAfter === undefined ? reject(error) : resolve({ status: 0, headers: {}, body: String(error) })));
    if (!body) return req.end();
    if (cutAfter === undefined) return req.end(body);
    // The connection drops part-way: the client sends the first bytes, then the socket is destroyed.
    req.write(body.subarray(0, cutAfter), () => setTimeout(() => req.destroy(new Error('connection lost')), 300));
  });
}

describe('resumable upload (tus)', () => {
  let db: TestDatabase;
  let server: RunningServer;
  let client: TamgaClient;
  let token: string;
  let caseId: string;

  beforeAll(async () => {
    db = createTestDatabase();
    server = await startServer(
      loadConfig(
        {},
        {
          dataDir: db.dir,
          databaseUrl: db.url,
          ...(db.schema ? { databaseSchema: db.schema } : {}),
          host: '127.0.0.1',
          port: 0,
          logLevel: 'silent',
        },
      ),
      () => {},
    );
    // The first start printed a one-time password; set a known one for the test through the context.
    const { resetPassword, changePassword } = await import('@tamga/core');
    const admin = await server.context.store.transaction((tx) => tx.users.byUsername('admin'));
    const adminActor = { userId: admin!.id, username: 'admin', role: 'admin' as const, sessionId: null, mustChangePassword: false };
    const { oneTimePassword } = await resetPassword(server.context.deps, adminActor, admin!.id);
    await changePassword(
      server.context.deps,
      { ...adminActor, mustChangePassword: true },
      { currentPassword: oneTimePassword, newPassword: ADMIN_PASSWORD },
    );
    const anonymous = createClient({ baseUrl: server.url! });
    const adminClient = createClient({
      baseUrl: server.url!,
      token: (await anonymous.call('login', { body: { username: 'admin', password: ADMIN_PASSWORD, client: 'cli' } })).token!,
    });
    await adminClient.call('createUser', { body: { username: 'uploader', role: 'investigator', password: 'Qalam-Str0ng-Pass-7' } });
    token = (await anonymous.call('login', { body: { username: 'uploader', password: 'Qalam-Str0ng-Pass-7', client: 'cli' } })).token!;
    client = createClient({ baseUrl: server.url!, token });
    caseId = (
      await client.call('createCase', {
        body: {
          reference: 'UP-1',
          title: 'Upload',
          country: 'KZ',
          timeZone: 'Asia/Almaty',
          offences: [{ framework: 'NATIONAL', country: 'KZ', code: '190' }],
        },
      })
    ).id;
    await client.call('recordAuthorization', {
      params: { caseId },
      body: {
        type: 'CONSENT',
        number: 'C-1',
        issuerType: 'DATA_SUBJECT',
        issuedBy: { body: 'Владелец телефона', name: 'А. Б.', country: 'KZ' },
        issuedAt: '2026-01-01T00:00:00Z',
        validFrom: '2026-01-01T00:00:00Z',
        validUntil: '2099-01-01T00:00:00Z',
        measures: ['SEARCH_SEIZURE'],
        scope: {},
        legalBasis: [{ instrument: 'DOMESTIC_CPC', domesticProvision: 'УПК РК ст. 220' }],
        grounds: 'Добровольная выдача',
      },
    });
  });
  afterAll(async () => {
    await server.stop();
    await db.drop();
  });

  it('resumes an upload cut off at 70 % without sending again what arrived, and seals it as evidence', async () => {
    const content = randomBytes(6 * 1024 * 1024 + 123);
    const auth = { authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0' };
    const created = await send(`${server.url!}/api/uploads`, 'POST', {
      ...auth,
      'upload-length': String(content.length),
      'upload-metadata': `filename ${Buffer.from('телефон.bin').toString('base64')}`,
    });
    expect(created.status).toBe(201);
    const location = new URL(String(created.headers.location), server.url!).toString();
    const uploadId = location.split('/').pop()!;

    const cut = Math.floor(content.length * 0.7);
    await send(location, 'PATCH', { ...auth, 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' }, content, cut);
    await new Promise((r) => setTimeout(r, 300));
    const head = await send(location, 'HEAD', auth);
    const offset = Number(head.headers['upload-offset']);
    expect(offset).toBeGreaterThan(0);
    expect(offset).toBeLessThanOrEqual(cut);

    // Someone else cannot see or continue it.
    const anonymous = createClient({ baseUrl: server.url! });
    const adminToken = (await anonymous.call('login', { body: { username: 'admin', password: ADMIN_PASSWORD, client: 'cli' } })).token!;
    expect((await send(location, 'HEAD', { authorization: `Bearer ${adminToken}`, 'tus-resumable': '1.0.0' })).status).toBe(404);
    expect((await send(location, 'HEAD', { 'tus-resumable': '1.0.0' })).status).toBe(401);
    // Other spellings of the same upload's URL are refused too, not only the plain one.
    const adminAuth = { authorization: `Bearer ${adminToken}`, 'tus-resumable': '1.0.0' };
    expect((await send(`${server.url!}/api/uploads/zz/${uploadId}`, 'HEAD', adminAuth)).status).toBe(404);
    expect(
      (await send(`${server.url!}/api/uploads/%${uploadId.charCodeAt(0).toString(16)}${uploadId.slice(1)}`, 'HEAD', adminAuth)).status,
    ).toBe(404);
    expect(
      (
        await send(
          `${server.url!}/api/uploads/zz/${uploadId}`,
          'PATCH',
          { ...adminAuth, 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' },
          Buffer.from('EVIL!'),
        )
      ).status,
    ).toBe(404);

    const rest = content.subarray(offset);
    const resumed = await send(
      location,
      'PATCH',
      { ...auth, 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' },
      rest,
    );
    expect(resumed.status).toBe(204);
    expect(Number(resumed.headers['upload-offset'])).toBe(content.length);

    const result = await client.call('completeUpload', { params: { caseId }, body: { uploadId, name: 'телефон.bin' } });
    expect(result.root.digests).toEqual({
      size: content.length,
      md5: createHash('md5').update(content).digest('hex'),
      sha1: createHash('sha1').update(content).digest('hex'),
      sha256: createHash('sha256').update(content).digest('hex'),
    });
    expect(result.root.name).toBe('телефон.bin');
    expect(result.root.acquisition.method).toBe('UPLOAD');
    // The server's temporary copy's times say when the bytes arrived, not when the file was written: none is recorded.
    expect(result.root.fileTimes).toEqual({ modifiedAt: null, accessedAt: null, changedAt: null, bornAt: null });
    // The temporary upload is gone; finishing it twice fails cleanly.
    await expect(client.call('completeUpload', { params: { caseId }, body: { uploadId, name: 'x' } })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });

  it("records the file's own times as the uploading computer gave them, and only those", async () => {
    const auth = { authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0' };
    const content = Buffer.from('письмо от 1 мая');
    const created = await send(`${server.url!}/api/uploads`, 'POST', { ...auth, 'upload-length': String(content.length) });
    const uploadId = String(created.headers.location).split('/').pop()!;
    await send(
      new URL(String(created.headers.location), server.url!).toString(),
      'PATCH',
      { ...auth, 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' },
      content,
    );
    // As the browser sends it: the modification time alone.
    const result = await client.call('completeUpload', {
      params: { caseId },
      body: { uploadId, name: 'письмо.txt', fileTimes: { modifiedAt: '2024-05-01T06:30:00.123456789Z' } },
    });
    expect(result.root.fileTimes).toEqual({
      modifiedAt: '2024-05-01T06:30:00.123456789Z',
      accessedAt: null,
      changedAt: null,
      bornAt: null,
    });
    const listed = await client.call('getEvidence', { params: { caseId, itemId: result.root.id } });
    expect(listed.item.fileTimes.modifiedAt).toBe('2024-05-01T06:30:00.123456789Z');
    // Times the server cannot read, or not in UTC, are refused before anything is recorded.
    for (const modifiedAt of ['1 May', '2024-05-01T11:30:00+05:00']) {
      await expect(
        client.call('completeUpload', { params: { caseId }, body: { uploadId, name: 'x', fileTimes: { modifiedAt } } }),
      ).rejects.toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('fileTimes') });
    }
  });

  it('will not seal an incomplete upload', async () => {
    const auth = { authorization: `Bearer ${token}`, 'tus-resumable': '1.0.0' };
    const created = await send(`${server.url!}/api/uploads`, 'POST', { ...auth, 'upload-length': '1000' });
    const uploadId = String(created.headers.location).split('/').pop()!;
    await send(
      new URL(String(created.headers.location), server.url!).toString(),
      'PATCH',
      { ...auth, 'upload-offset': '0', 'content-type': 'application/offset+octet-stream' },
      Buffer.alloc(400, 1),
    );
    await expect(client.call('completeUpload', { params: { caseId }, body: { uploadId, name: 'half.bin' } })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('400 of 1000'),
    });
  });
});
