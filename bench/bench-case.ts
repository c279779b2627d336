// A Tamga data folder with an administrator, an investigator and one case under a court warrant, for benchmarks
// that run the real use cases (intake, processing) end to end: on SQLite, or on the database `config` names.
import { createCase, createUser, recordAuthorization, type Actor } from '@tamga/core';
import { createContext, initialise, loadConfig, type ServerConfig } from '@tamga/server';

export async function benchCase(dataDir: string, config: Partial<ServerConfig> = {}) {
  const context = await createContext(loadConfig({}, { dataDir, ...config }));
  const admin = await initialise(context, { adminPassword: 'Qalam-Str0ng-Passw0rd-99' });
  const adminActor: Actor = { userId: admin!.user.id, username: 'admin', role: 'admin', sessionId: null, mustChangePassword: false };
  const { user } = await createUser(context.deps, adminActor, {
    username: 'bench',
    displayName: 'Bench',
    role: 'investigator',
    password: 'Qalam-Str0ng-Passw0rd-99',
  });
  const actor: Actor = { userId: user.id, username: 'bench', role: 'investigator', sessionId: null, mustChangePassword: false };
  const record = await createCase(context.deps, actor, {
    reference: 'BENCH-1',
    title: 'Benchmark',
    country: 'KZ',
    timeZone: 'Asia/Almaty',
    offences: [{ framework: 'NATIONAL', country: 'KZ', code: '255' }],
  });
  await recordAuthorization(context.deps, actor, record.id, {
    type: 'COURT_WARRANT',
    number: 'B-1',
    issuerType: 'COURT',
    issuedBy: { body: 'Court', name: 'Judge', country: 'KZ' },
    issuedAt: '2026-01-01T00:00:00Z',
    validFrom: '2026-01-01T00:00:00Z',
    validUntil: '2099-01-01T00:00:00Z',
    measures: ['SEARCH_SEIZURE'],
    scope: { categories: [], selectors: [], exhibits: [], period: null },
    legalBasis: [{ instrument: 'DOMESTIC_CPC', domesticProvision: 'CPC 252' }],
    grounds: 'benchmark',
  });
  return { context, actor, caseId: record.id };
}
