// The harness of the browser tests: the web app built with Vite into a temporary folder, a real Tamga (web and
// worker) on a fresh database and a free port serving it, and headless Chromium driven by playwright-core.
// Every console error and uncaught page error is collected per page; a test fails on any it did not expect.
//
// This is test code inside the web package: it starts the server the app talks to, which the app itself
// must never import — hence the lint exceptions below.
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { build } from 'vite';
import { createClient, type TamgaClient } from '@tamga/api';
import { createContext, initialise, loadConfig, startServer, type RunningServer } from '@tamga/server';
import { createTestDatabase, type TestDatabase } from '@tamga/storage';

export const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const WEB_ROOT = resolve(import.meta.dirname, '../..');
export const ADMIN = { username: 'admin', password: 'Browser-Walk-Adm1n-Passw0rd' };

/** Something that went wrong in a page: a console error or an exception nobody caught. */
export interface PageProblem {
  page: string;
  kind: 'console' | 'pageerror';
  text: string;
  /** Where the message came from (for a failed request, the request's URL). */
  url: string;
}

export interface BrowserApp {
  /** Where the server listens, e.g. http://127.0.0.1:41234 */
  url: string;
  server: RunningServer;
  browser: Browser;
  /** The administrator over the API (bearer token). */
  admin: TamgaClient;
  /** Signs in over the API with a bearer token, as a script or the CLI would. */
  client(username: string, password: string): Promise<{ client: TamgaClient; token: string }>;
  /** A fresh browser context (own cookies and storage) with one page at 1280×800, in English. */
  newPage(label: string, options?: { width?: number; height?: number }): Promise<Page>;
  /** Signs in through the form (the page must show it or be about to). */
  signIn(page: Page, username: string, password: string): Promise<void>;
  /** Removes and returns the collected problems that match; the test asserts it expected them. */
  consume(match: (problem: PageProblem) => boolean): PageProblem[];
  /** Fails with every problem collected and not consumed. */
  assertClean(): void;
  close(): Promise<void>;
}

let built: Promise<string> | undefined;

/** Builds the web app once per test run (per Vitest worker) into a temporary folder, exactly as for production. */
export function buildWebApp(): Promise<string> {
  built ??= (async () => {
    const outDir = await mkdtemp(join(tmpdir(), 'tamga-web-'));
    // Vitest runs with NODE_ENV=test, which would make Vite bundle React's development build.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({
        root: WEB_ROOT,
        configFile: join(WEB_ROOT, 'vite.config.ts'),
        mode: 'production',
        logLevel: 'warn',
        build: { outDir, emptyOutDir: true },
      });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    return outDir;
  })();
  return built;
}

export async function startBrowserApp(): Promise<BrowserApp> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}; the browser tests need it: apt-get install chromium`);
  }
  const webDir = await buildWebApp();
  const database: TestDatabase = createTestDatabase();
  const config = loadConfig(
    {},
    {
      dataDir: database.dir,
      databaseUrl: database.url,
      ...(database.schema ? { databaseSchema: database.schema } : {}),
      host: '127.0.0.1',
      port: 0,
      webDir,
      services: ['web', 'worker'],
      logLevel: 'silent',
      // The walks sign in many times from one address.
      loginRateLimit: 1000,
    },
  );
  // The first administrator with a known password (startServer would otherwise print a one-time one).
  const setup = await createContext(config);
  try {
    await initialise(setup, { adminPassword: ADMIN.password });
  } finally {
    await setup.close();
  }

  const server = await startServer(config, () => {});
  const url = server.url!;
  const anonymous = createClient({ baseUrl: url });
  const client = async (username: string, password: string) => {
    const { token } = await anonymous.call('login', { body: { username, password, client: 'cli' } });
    return { client: createClient({ baseUrl: url, token: token! }), token: token! };
  };
  let admin: TamgaClient;
  let browser: Browser;
  try {
    admin = (await client(ADMIN.username, ADMIN.password)).client;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
  } catch (error) {
    await server.stop();
    await database.drop();
    throw error;
  }

  const contexts: BrowserContext[] = [];
  let problems: PageProblem[] = [];

  return {
    url,
    server,
    browser,
    admin,
    client,
    async newPage(label, options = {}) {
      const context = await browser.newContext({
        baseURL: url,
        viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
        locale: 'en-GB',
        timezoneId: 'Asia/Almaty',
      });
      contexts.push(context);
      const page = await context.newPage();
      page.on('console', (message) => {
        if (message.type() !== 'error') return;
        problems.push({ page: label, kind: 'console', text: message.text(), url: message.location().url });
      });
      page.on('pageerror', (error) => {
        problems.push({ page: label, kind: 'pageerror', text: error.stack ?? error.message, url: page.url() });
      });
      return page;
    },
    async signIn(page, username, password) {
      if (!page.url().startsWith(url)) await page.goto('/');
      await page.getByLabel('User name').fill(username);
      await page.getByLabel('Password', { exact: true }).fill(password);
      await page.getByRole('button', { name: 'Sign in' }).click();
      await page.getByRole('heading', { name: 'Sign in to Tamga' }).waitFor({ state: 'detached' });
    },
    consume(match) {
      const taken = problems.filter(match);
      problems = problems.filter((p) => !match(p));
      return taken;
    },
    assertClean() {
      const found = problems;
      problems = [];
      if (found.length > 0) {
        throw new Error(`Errors in the browser:\n${found.map((p) => `  [${p.page}] ${p.kind}: ${p.text} (${p.url})`).join('\n')}`);
      }
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => {});
      await browser.close().catch(() => {});
      await server.stop();
      await database.drop();
    },
  };
}

/** Removes the built app's temporary folder; call once when the browser tests are done. */
export async function removeBuiltWebApp(): Promise<void> {
  if (!built) return;
  const dir = await built.catch(() => undefined);
  built = undefined;
  if (dir) await rm(dir, { recursive: true, force: true });
}
