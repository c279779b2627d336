// Sign-in as a browser and as the CLI: one-time passwords, cookies and CSRF, lockout, rate limits, TOTP.
import { generate } from 'otplib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '@tamga/api';
import { ADMIN_PASSWORD, errorCode, startTestApp, testClock, type TestApp } from './test-app';

describe('sign-in and sessions', () => {
  let t: TestApp;
  const clock = testClock();
  beforeAll(async () => {
    t = await startTestApp({ clock });
  });
  afterAll(() => t?.close());

  it('a one-time password works once, then must be changed before anything else', async () => {
    const created = await t.admin.call('createUser', { body: { username: 'nurlan', role: 'investigator', displayName: 'Нурлан' } });
    expect(created.oneTimePassword).toMatch(/^[A-Za-z0-9_-]{20}$/);
    const client = await t.signIn('nurlan', created.oneTimePassword!);
    expect((await client.call('session')).user.mustChangePassword).toBe(true);
    expect(await errorCode(client.call('listCases'))).toBe('PASSWORD_CHANGE_REQUIRED');
    expect(await errorCode(client.call('changePassword', { body: { currentPassword: 'wrong', newPassword: 'Nurlan-new-Passw0rd' } }))).toBe(
      'INVALID_CREDENTIALS',
    );
    expect(
      await errorCode(client.call('changePassword', { body: { currentPassword: created.oneTimePassword!, newPassword: 'short' } })),
    ).toBe('WEAK_PASSWORD');
    await client.call('changePassword', { body: { currentPassword: created.oneTimePassword!, newPassword: 'Сложный-пароль-2026' } });
    expect(await client.call('listCases')).toEqual([]);
    expect(await errorCode(t.signIn('nurlan', created.oneTimePassword!))).toBe('INVALID_CREDENTIALS');
    await t.signIn('nurlan', 'Сложный-пароль-2026');
  });

  it('a browser session is an HttpOnly SameSite=Strict cookie, needs its CSRF token, and rotates at sign-in', async () => {
    await t.admin.call('createUser', { body: { username: 'dana', role: 'investigator', password: 'Qalam-Str0ng-Pass-1' } });
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'dana', password: 'Qalam-Str0ng-Pass-1', client: 'web' },
    });
    expect(login.statusCode).toBe(200);
    const setCookie = String(login.headers['set-cookie']);
    expect(setCookie).toMatch(/tamga_session=/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(login.json()).not.toHaveProperty('token');
    const cookie = setCookie.split(';')[0]!;
    const csrf = login.json().csrfToken as string;
    const body = {
      reference: 'KZ-WEB-1',
      title: 'Web',
      country: 'KZ',
      timeZone: 'Asia/Almaty',
      offences: [{ framework: 'NATIONAL', country: 'KZ', code: '190' }],
    };
    expect((await t.app.inject({ method: 'GET', url: '/api/cases', headers: { cookie } })).statusCode).toBe(200);
    const forged = await t.app.inject({ method: 'POST', url: '/api/cases', headers: { cookie }, payload: body });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().error.code).toBe('CSRF_REJECTED');
    const wrong = await t.app.inject({ method: 'POST', url: '/api/cases', headers: { cookie, 'x-csrf-token': `${csrf}x` }, payload: body });
    expect(wrong.json().error.code).toBe('CSRF_REJECTED');
    const ok = await t.app.inject({ method: 'POST', url: '/api/cases', headers: { cookie, 'x-csrf-token': csrf }, payload: body });
    expect(ok.statusCode).toBe(201);
    // Signing in again from the same browser revokes the old cookie.
    const again = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie },
      payload: { username: 'dana', password: 'Qalam-Str0ng-Pass-1' },
    });
    const newCookie = String(again.headers['set-cookie']).split(';')[0]!;
    expect(newCookie).not.toBe(cookie);
    expect((await t.app.inject({ method: 'GET', url: '/api/cases', headers: { cookie } })).statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/cases', headers: { cookie: newCookie } })).statusCode).toBe(200);
    // A web cookie is not a bearer token.
    const asBearer = await t.app.inject({
      method: 'GET',
      url: '/api/cases',
      headers: { authorization: `Bearer ${newCookie.split('=')[1]}` },
    });
    expect(asBearer.statusCode).toBe(401);
    const out = await t.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { cookie: newCookie, 'x-csrf-token': again.json().csrfToken },
    });
    expect(out.statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/cases', headers: { cookie: newCookie } })).statusCode).toBe(401);
  });

  it('locks an account after five failures, even against the right password, until it expires or an admin unlocks it', async () => {
    const { id } = await t.user('timur', 'examiner', 'Qalam-Str0ng-Pass-2');
    for (let i = 0; i < 5; i++) expect(await errorCode(t.signIn('timur', 'guess'))).toBe('INVALID_CREDENTIALS');
    expect(await errorCode(t.signIn('timur', 'Qalam-Str0ng-Pass-2'))).toBe('ACCOUNT_LOCKED');
    clock.advance(16 * 60_000);
    expect(await errorCode(t.signIn('timur', 'Qalam-Str0ng-Pass-2'))).toBe('OK');
    for (let i = 0; i < 5; i++) await errorCode(t.signIn('timur', 'guess'));
    expect(await errorCode(t.signIn('timur', 'Qalam-Str0ng-Pass-2'))).toBe('ACCOUNT_LOCKED');
    await t.admin.call('unlockUser', { params: { userId: id } });
    expect(await errorCode(t.signIn('timur', 'Qalam-Str0ng-Pass-2'))).toBe('OK');
    const events = (await t.context.store.transaction((tx) => tx.ledger.list({ limit: 1000, order: 'asc' }))).map((e) => e.action);
    expect(events).toContain('auth.locked_out');
    expect(events.filter((e) => e === 'auth.sign_in_failed').length).toBeGreaterThanOrEqual(11);
  });

  it('unknown users and wrong passwords get the same answer', async () => {
    expect(await errorCode(t.signIn('nobody-here', 'whatever'))).toBe('INVALID_CREDENTIALS');
    expect(await errorCode(t.signIn('admin', 'whatever'))).toBe('INVALID_CREDENTIALS');
  });

  it('disabling a user or resetting a password ends their sessions', async () => {
    const { id, client } = await t.user('saule', 'prosecutor', 'Qalam-Str0ng-Pass-3');
    await t.admin.call('updateUser', { params: { userId: id }, body: { disabled: true } });
    expect(await errorCode(client.call('listCases'))).toBe('UNAUTHENTICATED');
    expect(await errorCode(t.signIn('saule', 'Qalam-Str0ng-Pass-3'))).toBe('ACCOUNT_DISABLED');
    await t.admin.call('updateUser', { params: { userId: id }, body: { disabled: false } });
    const again = await t.signIn('saule', 'Qalam-Str0ng-Pass-3');
    const { oneTimePassword } = await t.admin.call('resetPassword', { params: { userId: id } });
    expect(await errorCode(again.call('listCases'))).toBe('UNAUTHENTICATED');
    const fresh = await t.signIn('saule', oneTimePassword);
    expect(await errorCode(fresh.call('listCases'))).toBe('PASSWORD_CHANGE_REQUIRED');
  });

  it('an admin cannot disable themselves or drop their own role', async () => {
    const me = (await t.admin.call('session')).user;
    expect(await errorCode(t.admin.call('updateUser', { params: { userId: me.id }, body: { disabled: true } }))).toBe('ROLE_FORBIDDEN');
    expect(await errorCode(t.admin.call('updateUser', { params: { userId: me.id }, body: { role: 'auditor' } }))).toBe('ROLE_FORBIDDEN');
  });

  it('TOTP: enrol with a code, then sign-in needs a current code', async () => {
    const { client } = await t.user('aliya', 'supervisor', 'Qalam-Str0ng-Pass-4');
    const { secret, uri } = await client.call('totpSetup');
    expect(uri).toContain('otpauth://totp/');
    expect(await errorCode(client.call('totpConfirm', { body: { code: '000000' } }))).toBe('TOTP_INVALID');
    await client.call('totpConfirm', { body: { code: await generate({ secret, epoch: Math.floor(clock.now().getTime() / 1000) }) } });
    expect(await errorCode(t.signIn('aliya', 'Qalam-Str0ng-Pass-4'))).toBe('TOTP_REQUIRED');
    const now = Math.floor(clock.now().getTime() / 1000);
    const code = await generate({ secret, epoch: now });
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0');
    expect(
      await errorCode(
        t.anonymous.call('login', { body: { username: 'aliya', password: 'Qalam-Str0ng-Pass-4', totpCode: wrong, client: 'cli' } }),
      ),
    ).toBe('TOTP_INVALID');
    const ok = await t.anonymous.call('login', {
      body: { username: 'aliya', password: 'Qalam-Str0ng-Pass-4', totpCode: code, client: 'cli' },
    });
    expect(ok.user.totpEnabled).toBe(true);
  });
});

describe('sign-in rate limit', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ config: { loginRateLimit: 3 } });
  });
  afterAll(() => t?.close());

  it('answers 429 RATE_LIMITED past the limit per minute', async () => {
    // startTestApp signed the admin in once already.
    const codes: string[] = [];
    for (let i = 0; i < 4; i++)
      codes.push(await errorCode(t.anonymous.call('login', { body: { username: 'admin', password: ADMIN_PASSWORD, client: 'cli' } })));
    expect(codes.slice(0, 2)).toEqual(['OK', 'OK']);
    expect(codes.slice(2)).toEqual(['RATE_LIMITED', 'RATE_LIMITED']);
  });
});

describe('HTTP surface', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t?.close());

  it('health, security headers, OpenAPI and the landing page', async () => {
    const health = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(health.json()).toMatchObject({ status: 'ok', database: t.context.store.dialect });
    expect(health.headers['x-content-type-options']).toBe('nosniff');
    expect(health.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(health.headers['content-security-policy']).toContain("default-src 'self'");
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/json' });
    const document = docs.json();
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toContain('/api/cases/{caseId}/authorizations');
    expect((await t.app.inject({ method: 'GET', url: '/api/docs' })).statusCode).toBeLessThan(400);
    const landing = await t.app.inject({ method: 'GET', url: '/' });
    expect(landing.body).toContain('Tamga');
  });

  it('errors carry code, message and status, never a stack trace', async () => {
    const missing = await t.app.inject({ method: 'GET', url: '/api/nowhere' });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual({ error: { code: 'ROUTE_NOT_FOUND', message: expect.any(String), status: 404 } });
    const invalid = await t.app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'admin' } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.code).toBe('VALIDATION_FAILED');
    const badJson = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'content-type': 'application/json' },
      payload: '{"username":',
    });
    expect(badJson.statusCode).toBe(400);
    for (const response of [missing, invalid, badJson]) expect(response.body).not.toMatch(/at .+\.(ts|js):\d+/);
  });

  it('the client reports API errors by code', async () => {
    const client = createClient({ baseUrl: 'http://tamga.test', fetch: (await import('./inject-fetch')).injectFetch(t.app) });
    await expect(client.call('listCases')).rejects.toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });
  });
});
