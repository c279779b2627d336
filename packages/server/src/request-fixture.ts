// A case ready for cross-border requests in tests: an author, two supervisors, a warrant naming selectors,
// categories and a period, a complete request body per type, and a letter renderer for tests.
import { createHash } from 'node:crypto';
import type { TamgaClient } from '@tamga/api';
import type { LetterRenderer } from '@tamga/core';
import type { TestApp } from './test-app';

export interface RequestFixture {
  caseId: string;
  authorizationId: string;
  author: { id: string; client: TamgaClient };
  supervisor: { id: string; client: TamgaClient };
  otherSupervisor: { id: string; client: TamgaClient };
  examiner: { id: string; client: TamgaClient };
  /** The higher approver of G6/G8 and validator of G7, a reading member. */
  prosecutor: { id: string; client: TamgaClient };
}

/**
 * Until the real renderer (server/src/letters) is wired, tests print a plain-text stand-in: what matters here is
 * that the bytes returned are the bytes hashed, stored and served.
 */
export const plainTextLetters: LetterRenderer = {
  async render(letter, { format, language }) {
    return new TextEncoder().encode(`${format}|${language}|${letter.reference}|${letter.type}|${letter.issuedAt}|${letter.items.length}`);
  },
};

export const sha256Hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export async function openRequestCase(t: TestApp, options: { validUntil?: string; reference?: string } = {}): Promise<RequestFixture> {
  const author = await t.user('author', 'investigator');
  const supervisor = await t.user('sup', 'supervisor');
  const otherSupervisor = await t.user('sup2', 'supervisor');
  const examiner = await t.user('exam', 'examiner');
  const prosecutor = await t.user('pros', 'prosecutor');
  const caseId = (
    await author.client.call('createCase', {
      body: {
        reference: options.reference ?? 'KZ-2026-0142',
        title: 'Мошенничество через Instagram',
        country: 'KZ',
        timeZone: 'Asia/Almaty',
        offences: [{ framework: 'NATIONAL', country: 'KZ', code: '190 ч.4' }],
      },
    })
  ).id;
  for (const member of [supervisor, otherSupervisor, examiner]) {
    await author.client.call('setMember', { params: { caseId, userId: member.id }, body: { level: 'contribute' } });
  }
  await author.client.call('setMember', { params: { caseId, userId: prosecutor.id }, body: { level: 'read' } });
  const authorizationId = (
    await author.client.call('recordAuthorization', {
      params: { caseId },
      body: {
        type: 'COURT_WARRANT',
        number: '7-55/2026',
        issuerType: 'COURT',
        issuedBy: { body: 'Специализированный межрайонный суд г. Астаны', name: 'Судья Б. Ахметов', country: 'KZ' },
        issuedAt: '2026-02-01T00:00:00Z',
        validFrom: '2026-02-01T00:00:00Z',
        validUntil: options.validUntil ?? '2026-12-31T00:00:00Z',
        measures: ['PRESERVATION', 'PRODUCTION'],
        scope: {
          categories: ['SUBSCRIBER', 'IDENTIFICATION_ONLY', 'TRAFFIC', 'CONTENT'],
          selectors: [
            { type: 'ACCOUNT_ID', value: '1784-5521-9003' },
            { type: 'EMAIL', value: 'seller.kz@example.com' },
          ],
          exhibits: [],
          period: { from: '2025-06-01T00:00:00+05:00', to: '2026-02-01T00:00:00+05:00' },
        },
        legalBasis: [{ instrument: 'DOMESTIC_CPC', domesticProvision: 'УПК РК ст. 232' }],
        grounds: 'Заявление потерпевшей',
      },
    })
  ).id;
  return { caseId, authorizationId, author, supervisor, otherSupervisor, examiner, prosecutor };
}

type Body = Record<string, unknown>;

/** A request body complete for its type: every guard passes unless a test changes something. */
export function requestBody(f: RequestFixture, type: string, overrides: Body = {}): Body {
  const extra: Record<string, Record<string, string>> = {
    PRES_DIRECT: { followUpRoute: 'MLA request to the United States through the Ministry of Justice' },
    DISC_VOLUNTARY: { domesticOrder: 'Court order 7-55/2026', relevance: 'Identifies the seller' },
    DISC_EMERGENCY: { timeSensitivity: 'The victim is missing since yesterday' },
    MLA_STORED: { factsAndLaw: 'Facts and law', natureOfAssistance: 'Stored account data', timeLimit: '2026-06-01' },
  };
  const kind = type.startsWith('MLA') ? 'CENTRAL_AUTHORITY' : 'PROVIDER';
  return {
    type,
    authorizationId: f.authorizationId,
    requestingAuthority: {
      name: 'Департамент полиции г. Астаны',
      country: 'KZ',
      unit: 'Управление по противодействию киберпреступности',
      officer: { name: 'Ерлан Касымов', position: 'Старший следователь', email: 'e.kasymov@police.kz' },
    },
    addressee:
      kind === 'PROVIDER'
        ? { directoryId: 'provider-meta' }
        : { directoryId: 'central-authority-example', name: 'U.S. Department of Justice, OIA', country: 'US' },
    legalBasis: [{ instrument: 'PROVIDER_POLICY', domesticProvision: 'УПК РК ст. 232' }],
    offence: { codes: ['190 ч.4'], nationalArticle: 'УК РК ст. 190 ч.4', maxPenaltyYears: 10, summaryOfFacts: 'Fraudulent sales' },
    necessityStatement: 'The account is the only link to the seller',
    proportionalityStatement: 'One account, eight months',
    relationToOffence: 'The account advertised the goods',
    items: [
      {
        selectorType: 'ACCOUNT_ID',
        selectorValue: '1784-5521-9003',
        service: 'Instagram',
        category: 'SUBSCRIBER',
        windowFrom: '2025-06-01T00:00:00+05:00',
        windowTo: '2026-01-31T23:59:59+05:00',
      },
    ],
    confidentiality: { nonDisclosureRequested: true, reason: 'Notice would alert the suspect' },
    extra: extra[type] ?? {},
    ...overrides,
  };
}

/** Create, submit, approve (by the other supervisor) and send: a request in SENT. */
export async function sentRequest(f: RequestFixture, type: string, overrides: Body = {}) {
  const created = await f.author.client.call('createRequest', {
    params: { caseId: f.caseId },
    body: requestBody(f, type, overrides) as never,
  });
  const params = { caseId: f.caseId, requestId: created.id };
  await f.author.client.call('submitRequest', { params, body: {} });
  const approved = await f.supervisor.client.call('approveRequest', { params, body: {} });
  // Content, traffic or a privileged target (G6, G8): the prosecutor gives the higher approval.
  if (approved.status === 'IN_REVIEW') await f.prosecutor.client.call('approveRequest', { params, body: {} });
  return f.author.client.call('sendRequest', { params, body: { letter: { format: 'pdf', language: 'en' } } });
}
