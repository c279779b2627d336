// Walks every route with every role, as a member and as a non-member, and checks that no case data
// reaches anyone it should not: status codes and bodies, and that a hidden case looks exactly like a missing one.
import { randomUUID } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingestPath } from '@tamga/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, routes, type RouteName, type TamgaClient } from '@tamga/api';
import { caseRoutes, directoryEntry, warrant } from './access-matrix-routes';
import { startTestApp, type TestApp } from './test-app';

type Outcome = { status: number; code?: string; body: string };

async function attempt(client: TamgaClient, name: RouteName, input: Record<string, unknown>): Promise<Outcome> {
  try {
    const result = await client.call(name, input as never);
    return { status: routes[name].status, body: JSON.stringify(result) };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return {
      status: error.status,
      code: error.code,
      body: JSON.stringify({ code: error.code, message: error.message, details: error.details }),
    };
  }
}

const SECRET = { title: 'Вербовка через канал «Ночной дозор»', reference: 'KZ-2026-SECRET-77', description: 'Источник: агент «Беркут»' };
const CASE_ROLES = ['admin', 'supervisor', 'investigator', 'examiner', 'prosecutor', 'trainee'] as const;
const ALL_ROLES = [...CASE_ROLES, 'auditor'] as const;
const MEMBER_LEVEL: Record<string, 'read' | 'contribute'> = {
  admin: 'read',
  supervisor: 'contribute',
  investigator: 'contribute',
  examiner: 'contribute',
  prosecutor: 'read',
};

describe('access matrix: every route, every role, member and non-member', () => {
  let t: TestApp;
  let lead: { id: string; client: TamgaClient };
  let caseId: string;
  let trainingCaseId: string;
  let authorizationId: string;
  let itemId: string;
  const members: Record<string, { id: string; client: TamgaClient }> = {};
  const outsiders: Record<string, { id: string; client: TamgaClient }> = {};
  let spare: { id: string };
  let bankId: string;

  beforeAll(async () => {
    t = await startTestApp();
    lead = await t.user('lead', 'investigator');
    const created = await lead.client.call('createCase', {
      body: {
        ...SECRET,
        country: 'KZ',
        timeZone: 'Asia/Almaty',
        offences: [
          { framework: 'NATIONAL', country: 'KZ', code: '256 ч.2' },
          { framework: 'UNODC_TUI', code: 'TUI-PROP-REC' },
        ],
      },
    });
    caseId = created.id;
    authorizationId = (await lead.client.call('recordAuthorization', { params: { caseId }, body: warrant('2-1/2026') as never })).id;
    const evidenceFile = join(t.database.dir, 'chat-export.txt');
    writeFileSync(evidenceFile, 'Салам, брат. Канал: t.me/example\n');
    const leadActor = { userId: lead.id, username: 'lead', role: 'investigator' as const, sessionId: null, mustChangePassword: false };
    itemId = (await ingestPath(t.context.deps, leadActor, caseId, { path: evidenceFile })).root.id;
    for (const role of ALL_ROLES) {
      outsiders[role] = role === 'admin' ? { id: '', client: t.admin } : await t.user(`out-${role}`, role);
      if (role === 'auditor' || role === 'trainee') continue;
      members[role] = await t.user(`in-${role}`, role);
      await lead.client.call('setMember', { params: { caseId, userId: members[role]!.id }, body: { level: MEMBER_LEVEL[role]! } });
    }
    // The admin-as-member is a second administrator account, added by the lead.
    const trainee = await t.user('in-trainee', 'trainee');
    members.trainee = trainee;
    trainingCaseId = (
      await trainee.client.call('createCase', {
        body: {
          reference: 'TRAIN-1',
          title: 'Учебное дело',
          country: 'KZ',
          timeZone: 'Asia/Almaty',
          offences: [{ framework: 'NATIONAL', country: 'KZ', code: '190' }],
        },
      })
    ).id;
    spare = await t.user('spare', 'investigator');
    bankId = (
      await t.admin.call('createBank', { body: { name: 'MATRIX_BANK', meaning: 'known-illegal', source: 'test', licence: 'test' } })
    ).id;
  });
  afterAll(() => t?.close());

  function leaks(outcome: Outcome): boolean {
    return [SECRET.title, SECRET.reference, SECRET.description, caseId, 'Суд №2'].some((s) => outcome.body.includes(s));
  }

  it('every route in the contract is covered by this test', () => {
    const covered = new Set<string>([
      ...caseRoutes('x', 'y', { authorizationId: 'z', itemId: 'w' }).map(([n]) => n),
      'health',
      'login',
      'whoami',
      'logout',
      'session',
      'changePassword',
      'totpSetup',
      'totpConfirm',
      'totpDisable',
      'listUsers',
      'lookupUser',
      'createUser',
      'updateUser',
      'resetPassword',
      'unlockUser',
      'offences',
      'listCases',
      'createCase',
      'adminCases',
      'ledger',
      'checkpoint',
      'verifyLedger',
      'ownAccessRequests',
      'listBanks',
      'createBank',
      'getBank',
      'setBankEnabled',
      'importBankUpload',
      'requestCatalogue',
      'listDirectory',
      'createDirectoryEntry',
      'updateDirectoryEntry',
      'requestDeadlines',
      'requestStatistics',
      'listParsers',
    ]);
    expect(Object.keys(routes).filter((r) => !covered.has(r))).toEqual([]);
  });

  it.each(ALL_ROLES)('a non-member %s meets a hidden case exactly as a missing one, and learns nothing', async (role) => {
    const { client } = outsiders[role]!;
    const missing = randomUUID();
    for (const [[name, input], [, missingInput]] of caseRoutes(caseId, spare.id, { authorizationId, itemId }).map(
      (r, i) => [r, caseRoutes(missing, spare.id, { authorizationId, itemId })[i]!] as const,
    )) {
      const real = await attempt(client, name, input);
      const fake = await attempt(client, name, missingInput);
      if (role === 'admin' && (name === 'setMember' || name === 'removeMember')) {
        // DOMAIN.md §9: an administrator manages membership of any case; they see members, nothing else.
        expect(real.status, name).toBeLessThan(300);
        expect(real.body).not.toContain(SECRET.title);
        expect(fake.code).toBe('CASE_NOT_FOUND');
        continue;
      }
      expect(real.status, `${role} ${name}`).toBeGreaterThanOrEqual(400);
      expect(real, `${role} ${name}: hidden and missing cases must answer alike`).toEqual({
        ...fake,
        body: fake.body.replaceAll(missing, caseId),
      });
      expect(leaks(real), `${role} ${name} leaked: ${real.body}`).toBe(false);
    }
    const list = await attempt(client, 'listCases', {});
    expect(list.status).toBe(200);
    expect(leaks(list), `${role} listCases leaked`).toBe(false);
  });

  it.each(['admin', 'supervisor', 'investigator', 'examiner', 'prosecutor'])(
    'a %s member sees the case and may do what their role and level allow',
    async (role) => {
      const { client } = members[role]!;
      const drafter = ['supervisor', 'investigator'].includes(role);
      const expectations: Record<string, number | string> = {
        getCase: 200,
        listMembers: 200,
        listAuthorizations: 200,
        getAuthorization: 200,
        checkAuthorization: 200,
        caseLedger: 200,
        updateCase: 'ACCESS_LEVEL_TOO_LOW',
        changeCaseStatus: 'ACCESS_LEVEL_TOO_LOW',
        setMember: 'ACCESS_LEVEL_TOO_LOW',
        removeMember: 'ACCESS_LEVEL_TOO_LOW',
        recordAuthorization: ['supervisor', 'investigator'].includes(role)
          ? 201
          : role === 'prosecutor'
            ? 'ACCESS_LEVEL_TOO_LOW'
            : 'ROLE_FORBIDDEN',
        settleAuthorization: ['supervisor', 'investigator'].includes(role)
          ? 200
          : role === 'prosecutor'
            ? 'ACCESS_LEVEL_TOO_LOW'
            : 'ROLE_FORBIDDEN',
        listEvidence: 200,
        getEvidence: 200,
        custodyReport: 200,
        recordCustody: ['supervisor', 'examiner'].includes(role) ? 200 : 'ROLE_FORBIDDEN',
        resolveIncident: role === 'supervisor' ? 'INCIDENT_NOT_FOUND' : 'ROLE_FORBIDDEN',
        // Nobody here uploaded anything: finishing someone else's or a missing upload fails alike.
        completeUpload: 'VALIDATION_FAILED',
        processingSummary: 200,
        requestProcessing: ['supervisor', 'investigator', 'examiner'].includes(role) ? 202 : 'ROLE_FORBIDDEN',
        // The item is a text file: its parser offers no choice of date order.
        chooseReading: ['supervisor', 'investigator', 'examiner'].includes(role) ? 'READING_CHOICE_UNSUPPORTED' : 'ROLE_FORBIDDEN',
        listArtifacts: 200,
        getArtifact: 'ARTIFACT_NOT_FOUND',
        search: 200,
        analysisSummary: 200,
        listEntities: 200,
        getEntity: 'ENTITY_NOT_FOUND',
        artifactEntities: 'ARTIFACT_NOT_FOUND',
        emailThread: 'ARTIFACT_NOT_FOUND',
        timeline: 200,
        histogram: 200,
        linkGraph: 200,
        requestAccess: 'ENTITY_NOT_FOUND',
        incomingAccessRequests: 'ACCESS_LEVEL_TOO_LOW',
        decideAccessRequest: 'ACCESS_LEVEL_TOO_LOW',
        caseMatches: 200,
        artifactMatches: 'ARTIFACT_NOT_FOUND',
        rematchCase: ['supervisor', 'investigator', 'examiner'].includes(role) ? 202 : 'ROLE_FORBIDDEN',
        exportCaseHashes: ['supervisor', 'investigator', 'examiner'].includes(role) ? 200 : 'ACCESS_LEVEL_TOO_LOW',
        // The item is a text file: the viewer has nothing to show, whoever asks.
        imagePlaceholder: 'NOT_AN_IMAGE',
        revealImage: 'NOT_AN_IMAGE',
        // Cross-border requests: drafting and the lifecycle steps need requests.draft, review needs requests.approve;
        // the prosecutor gives the higher approval (requests.approve.higher, G6/G8) and validates emergencies (G7).
        listRequests: 200,
        createRequest: ['supervisor', 'investigator'].includes(role) ? 201 : 'ROLE_FORBIDDEN',
        getRequest: 'REQUEST_NOT_FOUND',
        updateRequest: drafter ? 'REQUEST_NOT_FOUND' : 'ROLE_FORBIDDEN',
        requestLetter: 'REQUEST_NOT_FOUND',
        submitRequest: drafter ? 'REQUEST_NOT_FOUND' : 'ROLE_FORBIDDEN',
        returnRequest: role === 'supervisor' ? 'REQUEST_NOT_FOUND' : 'ROLE_FORBIDDEN',
        approveRequest: ['supervisor', 'prosecutor'].includes(role) ? 'REQUEST_NOT_FOUND' : 'ROLE_FORBIDDEN',
        validateRequest: ['supervisor', 'prosecutor'].includes(role) ? 'REQUEST_NOT_FOUND' : 'ROLE_FORBIDDEN',
        sendRequest: drafter ? 'REQUEST_NOT_FOUND' : 'ROLE_FORBIDDEN',
        acknowledgeRequest: drafter ? 'REQUEST_NOT_FOUND' : 'ROLE_FORBIDDEN',
        clarifyRequest: drafter ? 'REQUEST_NOT_FOUND' : 'ROLE_FORBIDDEN',
        closeRequest: drafter ? 'REQUEST_NOT_FOUND' : 'ROLE_FORBIDDEN',
        withdrawRequest: drafter ? 'REQUEST_NOT_FOUND' : 'ROLE_FORBIDDEN',
        renewPreservation: drafter ? 'REQUEST_NOT_FOUND' : 'ROLE_FORBIDDEN',
        requestExtension: drafter ? 'REQUEST_NOT_FOUND' : 'ROLE_FORBIDDEN',
        correctRequest: drafter ? 'REQUEST_NOT_FOUND' : 'ROLE_FORBIDDEN',
        // As with completeUpload: nobody here uploaded anything.
        receiveProduction: 'VALIDATION_FAILED',
        listSequestered: 200,
        decideSequestration: role === 'supervisor' ? 'NOT_SEQUESTERED' : 'ROLE_FORBIDDEN',
      };
      for (const [name, input] of caseRoutes(caseId, spare.id, { authorizationId, itemId })) {
        const outcome = await attempt(client, name, input);
        const expected = expectations[name];
        if (typeof expected === 'number') {
          expect(outcome.status, `${role} ${name}: ${outcome.body}`).toBe(expected);
          if (name === 'getCase') expect(outcome.body).toContain(SECRET.title);
        } else {
          expect(outcome.code, `${role} ${name}`).toBe(expected);
          expect(leaks(outcome), `${role} ${name}: ${outcome.body}`).toBe(false);
        }
      }
      const list = await attempt(client, 'listCases', {});
      expect(list.body).toContain(SECRET.reference);
    },
  );

  it('the lead may manage the case; trainees are kept to training cases', async () => {
    expect((await attempt(lead.client, 'updateCase', { params: { caseId }, body: { description: SECRET.description } })).status).toBe(200);
    expect(
      (await attempt(lead.client, 'setMember', { params: { caseId, userId: members.trainee!.id }, body: { level: 'read' } })).code,
    ).toBe('TRAINING_ONLY');
    expect(
      (await attempt(lead.client, 'setMember', { params: { caseId, userId: outsiders.auditor!.id }, body: { level: 'read' } })).code,
    ).toBe('MEMBER_ROLE_NOT_ALLOWED');
    expect((await attempt(lead.client, 'removeMember', { params: { caseId, userId: lead.id } })).code).toBe('LAST_LEAD');
    const trainee = members.trainee!.client;
    expect((await attempt(trainee, 'getCase', { params: { caseId: trainingCaseId } })).status).toBe(200);
    expect(
      (
        await attempt(trainee, 'createCase', {
          body: {
            reference: 'REAL-1',
            title: 't',
            country: 'KZ',
            timeZone: 'UTC',
            offences: [{ framework: 'NATIONAL', country: 'KZ', code: '190' }],
            training: false,
          },
        })
      ).code,
    ).toBe('TRAINING_ONLY');
    const own = await trainee.call('createCase', {
      body: {
        reference: 'TRAIN-2',
        title: 't',
        country: 'KZ',
        timeZone: 'UTC',
        offences: [{ framework: 'NATIONAL', country: 'KZ', code: '190' }],
      },
    });
    expect(own.training).toBe(true);
  });

  it.each(ALL_ROLES)('global routes answer a %s by role', async (role) => {
    const { client } = role === 'admin' ? { client: t.admin } : outsiders[role]!;
    const isAdmin = role === 'admin';
    const checks: Array<[RouteName, Record<string, unknown>, boolean]> = [
      ['listUsers', {}, isAdmin],
      ['createUser', { body: { username: `made-by-${role}`, role: 'investigator' } }, isAdmin],
      ['updateUser', { params: { userId: spare.id }, body: { displayName: 'Spare' } }, isAdmin],
      ['resetPassword', { params: { userId: spare.id } }, isAdmin],
      ['unlockUser', { params: { userId: spare.id } }, isAdmin],
      ['adminCases', {}, isAdmin],
      ['ledger', {}, role === 'auditor'],
      ['checkpoint', {}, role === 'auditor' || isAdmin],
      ['verifyLedger', {}, role === 'auditor' || isAdmin],
      ['offences', {}, true],
      ['lookupUser', { query: { username: 'spare' } }, true],
      ['session', {}, true],
      ['ownAccessRequests', {}, true],
      // Hash banks are instance settings: everyone sees them, only the administrator changes them.
      ['listBanks', {}, true],
      ['getBank', { params: { bankId } }, true],
      ['createBank', { body: { name: `MADE_BY_${role.toUpperCase()}`, meaning: 'case-specific', source: 's', licence: 'l' } }, isAdmin],
      ['setBankEnabled', { params: { bankId }, body: { enabled: true } }, isAdmin],
      // The directory is read by everyone and edited by the administrator; statistics are for oversight.
      ['requestCatalogue', {}, true],
      ['listDirectory', {}, true],
      ['requestDeadlines', { query: {} }, true],
      ['requestStatistics', { query: {} }, role === 'auditor' || role === 'supervisor'],
      ['createDirectoryEntry', { body: directoryEntry(role) }, isAdmin],
      ['updateDirectoryEntry', { params: { entryId: 'provider-meta' }, body: directoryEntry('meta') }, isAdmin],
    ];
    for (const [name, input, allowed] of checks) {
      const outcome = await attempt(client, name, input);
      if (allowed) expect(outcome.status, `${role} ${name}: ${outcome.body}`).toBeLessThan(300);
      else expect(outcome.code, `${role} ${name}`).toBe('ROLE_FORBIDDEN');
      expect(outcome.body.includes(SECRET.title), `${role} ${name} shows the case title`).toBe(false);
      expect(outcome.body.includes(SECRET.description), `${role} ${name} shows the case description`).toBe(false);
    }
    // No upload of this name exists: the administrator is told so, everyone else is refused by role first.
    const imported = await attempt(client, 'importBankUpload', { params: { bankId }, body: { uploadId: 'nope', name: 'list.txt' } });
    expect(imported.code, `${role} importBankUpload`).toBe(isAdmin ? 'VALIDATION_FAILED' : 'ROLE_FORBIDDEN');
  });

  it('the admin case list shows reference, status and members only', async () => {
    const list = await t.admin.call('adminCases');
    const entry = list.find((c) => c.id === caseId);
    expect(entry?.reference).toBe(SECRET.reference);
    expect(entry?.members.map((m) => m.username)).toContain('lead');
    expect(JSON.stringify(list)).not.toContain(SECRET.title);
  });

  it('the auditor reads every event but no case content', async () => {
    const { client } = outsiders.auditor!;
    const page = await client.call('ledger', { query: { limit: 1000 } });
    expect(page.events.some((e) => e.caseId === caseId && e.action === 'case.created')).toBe(true);
    expect(JSON.stringify(page)).not.toContain(SECRET.title);
    expect(JSON.stringify(page)).not.toContain(SECRET.description);
    expect((await attempt(client, 'getCase', { params: { caseId } })).code).toBe('CASE_NOT_FOUND');
  });

  it('without a session every protected route answers 401 and reveals nothing', async () => {
    for (const [name, def] of Object.entries(routes) as Array<[RouteName, (typeof routes)[RouteName]]>) {
      if (def.auth === 'none') continue;
      const input = caseRoutes(caseId, spare.id, { authorizationId, itemId }).find(([n]) => n === name)?.[1] ?? {
        params: { userId: spare.id, bankId, entryId: 'provider-meta' },
      };
      const outcome = await attempt(t.anonymous, name, input);
      expect(outcome.status, name).toBe(401);
      expect(leaks(outcome)).toBe(false);
    }
  });
});
