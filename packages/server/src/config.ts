// Server configuration from TAMGA_* environment variables, with the embedded defaults.
import { resolve } from 'node:path';

export interface ServerConfig {
  dataDir: string;
  databaseUrl: string;
  /** PostgreSQL only: a schema to hold Tamga's tables (tests use one each). */
  databaseSchema?: string;
  /** Where evidence bytes live: file:PATH (S3 comes later). */
  blobUrl: string;
  host: string;
  port: number;
  timeZone: string;
  checkpointEvery: number;
  logLevel: string;
  /** Sign-in attempts allowed per client address per minute. */
  loginRateLimit: number;
  /** Secure cookies; on when Tamga is served over HTTPS (behind a proxy, set it explicitly). */
  cookieSecure: boolean;
  trustProxy: boolean;
  /** The largest single upload accepted over HTTP. */
  maxUploadBytes: number;
  /** Which services this process runs: the web (HTTP API and app) and the worker (processing jobs). */
  services: Array<'web' | 'worker'>;
  /** Jobs one worker process runs at a time. */
  workerConcurrency: number;
  /** A parser still running after this is stopped and its item marked failed. */
  parserTimeLimitSeconds: number;
  /** The built web app (index.html and assets); without one, / shows a page saying how to build it. */
  webDir: string;
  /** PDQ hashes this many bits apart (of 256) or fewer match a bank entry; FORMATS.md §6.2 recommends 31. */
  pdqMaxDistance: number;
}

export function parseServices(value: string): Array<'web' | 'worker'> {
  const services = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  for (const service of services) {
    if (service !== 'web' && service !== 'worker') throw new Error(`Unknown service ${service}: use web, worker or web,worker`);
  }
  if (services.length === 0) throw new Error('Name at least one service: web, worker or web,worker');
  return [...new Set(services)] as Array<'web' | 'worker'>;
}

function int(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer (got ${value})`);
  return n;
}

function bool(value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<ServerConfig> = {}): ServerConfig {
  const dataDir = resolve(overrides.dataDir ?? env.TAMGA_DATA_DIR ?? './data');
  return {
    dataDir,
    databaseUrl: env.TAMGA_DATABASE_URL ?? `sqlite:${resolve(dataDir, 'tamga.db')}`,
    ...(env.TAMGA_DATABASE_SCHEMA ? { databaseSchema: env.TAMGA_DATABASE_SCHEMA } : {}),
    blobUrl: env.TAMGA_BLOB_URL ?? `file:${resolve(dataDir, 'blobs')}`,
    host: env.TAMGA_HOST ?? '0.0.0.0',
    port: int(env.TAMGA_PORT, 8080, 'TAMGA_PORT'),
    timeZone: env.TAMGA_TIME_ZONE ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC',
    checkpointEvery: int(env.TAMGA_CHECKPOINT_EVERY, 1000, 'TAMGA_CHECKPOINT_EVERY'),
    logLevel: env.TAMGA_LOG_LEVEL ?? 'info',
    loginRateLimit: int(env.TAMGA_LOGIN_RATE_LIMIT, 10, 'TAMGA_LOGIN_RATE_LIMIT'),
    cookieSecure: bool(env.TAMGA_COOKIE_SECURE, false),
    trustProxy: bool(env.TAMGA_TRUST_PROXY, false),
    maxUploadBytes: int(env.TAMGA_MAX_UPLOAD_BYTES, 2 ** 40, 'TAMGA_MAX_UPLOAD_BYTES'),
    services: parseServices(env.TAMGA_SERVICES ?? 'web,worker'),
    workerConcurrency: int(env.TAMGA_WORKER_CONCURRENCY, 1, 'TAMGA_WORKER_CONCURRENCY'),
    parserTimeLimitSeconds: int(env.TAMGA_PARSER_TIME_LIMIT_SECONDS, 1800, 'TAMGA_PARSER_TIME_LIMIT_SECONDS'),
    webDir: resolve(env.TAMGA_WEB_DIR ?? resolve(import.meta.dirname, '../../web/dist')),
    pdqMaxDistance: int(env.TAMGA_PDQ_MAX_DISTANCE, 31, 'TAMGA_PDQ_MAX_DISTANCE'),
    ...overrides,
  };
}
