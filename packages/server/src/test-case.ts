// A case ready for evidence in tests: a lead investigator, the case, and a warrant covering seizure and production.
import type { TamgaClient } from '@tamga/api';
import type { Actor } from '@tamga/core';
import type { TestApp } from './test-app';

export interface TestCase {
  caseId: string;
  lead: { id: string; client: TamgaClient; token: string };
  leadActor: Actor;
}

export function actorFor(id: string, username: string, role: Actor['role']): Actor {
  return { userId: id, username, role, sessionId: null, mustChangePassword: false };
}

export async function openTestCase(
  t: TestApp,
  options: { username?: string; reference?: string; timeZone?: string } = {},
): Promise<TestCase> {
  const username = options.username ?? 'lead';
  const lead = await t.user(username, 'investigator');
  const caseId = (
    await lead.client.call('createCase', {
      body: {
        reference: options.reference ?? 'KZ-PR-1',
        title: 'Терроризм в сети',
        country: 'KZ',
        timeZone: options.timeZone ?? 'Asia/Almaty',
        offences: [{ framework: 'NATIONAL', country: 'KZ', code: '255' }],
      },
    })
  ).id;
  await lead.client.call('recordAuthorization', {
    params: { caseId },
    body: {
      type: 'COURT_WARRANT',
      number: '2-11/2026',
      issuerType: 'COURT',
      issuedBy: { body: 'Суд', name: 'Судья', country: 'KZ' },
      issuedAt: '2026-01-01T00:00:00Z',
      validFrom: '2026-01-01T00:00:00Z',
      validUntil: '2099-01-01T00:00:00Z',
      measures: ['SEARCH_SEIZURE', 'PRODUCTION'],
      scope: { categories: [], selectors: [], exhibits: [], period: null },
      legalBasis: [{ instrument: 'DOMESTIC_CPC', domesticProvision: 'УПК РК ст. 252' }],
      grounds: 'Рапорт',
    },
  });
  return { caseId, lead, leadActor: actorFor(lead.id, username, 'investigator') };
}
