// A cross-border preservation request through its life in the browser: an investigator drafts it in the form
// (checked before review), submits it; a supervisor approves it (and sees a guard refuse another request whose
// selector lies outside the warrant); the investigator sends it, previews and downloads the letter, records the
// provider's acknowledgement and sees the preservation expiry; the deadlines, oversight and directory screens
// show it. Every screen is shot in English and Russian.
import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TamgaClient } from '@tamga/api';
import { removeBuiltWebApp, startBrowserApp, type BrowserApp } from './browser-app';
import { shoot } from './screens';
import { go, PASSWORD, toEnglish, toRussian, visible } from './walk-steps';

const SELECTOR = '@shop_courier_kz';

/** A case with a court warrant for preservation and production of one Telegram account's subscriber data. */
async function openCase(client: TamgaClient, reference: string, title: string): Promise<{ caseId: string; authorizationId: string }> {
  const { id } = await client.call('createCase', {
    body: { reference, title, country: 'KZ', timeZone: 'Asia/Almaty', offences: [{ framework: 'NATIONAL', country: 'KZ', code: '255' }] },
  });
  const authorization = await client.call('recordAuthorization', {
    params: { caseId: id },
    body: {
      type: 'COURT_WARRANT',
      number: '2-701/2026',
      issuerType: 'COURT',
      issuedBy: { body: 'Specialised inter-district court of Astana', name: 'A. Nurlanova', country: 'KZ' },
      issuedAt: '2026-01-01T00:00:00Z',
      validFrom: '2026-01-01T00:00:00Z',
      validUntil: '2099-01-01T00:00:00Z',
      measures: ['PRESERVATION', 'PRODUCTION'],
      scope: {
        categories: ['SUBSCRIBER', 'TRAFFIC'],
        selectors: [{ type: 'USERNAME', value: SELECTOR }],
        exhibits: [],
        period: { from: '2025-01-01T00:00:00+05:00', to: '2026-12-31T23:59:59+05:00' },
      },
      legalBasis: [{ instrument: 'DOMESTIC_CPC', domesticProvision: 'УПК РК ст. 252' }],
      grounds: 'Report of the cybercrime unit',
    },
  });
  return { caseId: id, authorizationId: authorization.id };
}

/** Shoots the page in English, then in Russian (waiting for a Russian word), and returns to English. */
async function bothLanguages(page: Page, name: string, russian: string): Promise<void> {
  await shoot(page, name);
  await toRussian(page);
  await visible(page.getByText(russian, { exact: false }).filter({ visible: true }).first());
  await shoot(page, name);
  await toEnglish(page);
}

describe('a preservation request in a browser', { timeout: 400_000 }, () => {
  let app: BrowserApp;

  beforeAll(async () => {
    app = await startBrowserApp();
  }, 300_000);
  afterEach(() => app?.assertClean());
  afterAll(async () => {
    await app?.close();
    await removeBuiltWebApp();
  });

  it('is drafted, approved by another, sent, acknowledged, and shows in deadlines and statistics', async () => {
    await app.admin.call('createUser', {
      body: { username: 'rq-inv', displayName: 'Aigerim Sadykova', role: 'investigator', password: PASSWORD },
    });
    const { user: supervisorUser } = await app.admin.call('createUser', {
      body: { username: 'rq-sup', displayName: 'Nurlan Abenov', role: 'supervisor', password: PASSWORD },
    });
    const investigator = (await app.client('rq-inv', PASSWORD)).client;
    const { caseId, authorizationId } = await openCase(investigator, 'KZ-2026-0701', 'Drug shop run through Telegram');
    await investigator.call('setMember', { params: { caseId, userId: supervisorUser.id }, body: { level: 'contribute' } });
    const meta = (await investigator.call('listDirectory')).entries.find((e) => e.name === 'Meta');
    expect(meta).toBeDefined();

    // The investigator opens the case's requests: none yet.
    const page = await app.newPage('investigator');
    await app.signIn(page, 'rq-inv', PASSWORD);
    await go(page, `/cases/${caseId}`);
    await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Requests' }).click();
    await visible(page.getByRole('heading', { name: 'Requests for evidence' }));
    await visible(page.getByText('No requests in this case yet.'));
    await bothLanguages(page, 'requests-empty', 'По этому делу запросов пока нет.');

    // The form: submitting it empty names what is missing, as the server would.
    await page.getByRole('link', { name: 'New request' }).click();
    await visible(page.getByRole('heading', { name: 'New request for evidence' }));
    await page.getByRole('button', { name: 'Save and submit for review' }).click();
    const problems = page.locator('#request-problems');
    await visible(problems.getByText('Why the data is necessary'));
    await visible(problems.getByText('Selector, line 1'));
    await shoot(page, 'request-form-missing');

    // Filled in: a preservation of one account's subscriber data at Meta.
    const authority = page.getByRole('group', { name: 'Requesting authority' });
    await authority.getByLabel('Authority', { exact: true }).fill('Department for Combating Cybercrime, Ministry of Internal Affairs');
    await authority.getByLabel('Unit', { exact: true }).fill('Second division');
    await authority.getByLabel('Official e-mail').fill('cyber@police.example.kz');
    await page.getByLabel('From the directory').selectOption(meta!.id);
    expect(await page.getByLabel('Authorisation relied on').inputValue()).toBe(authorizationId);
    await page.getByLabel('Summary of the facts').fill('Drugs were sold through a Telegram shop; the courier account took the orders.');
    await page.getByLabel('Selector type, line 1').selectOption('USERNAME');
    await page.getByLabel('Selector, line 1').fill(SELECTOR);
    await page.getByLabel('Service, line 1').fill('Instagram');
    await page.getByLabel('From, line 1').fill('2026-01-01T00:00');
    await page.getByLabel('To, line 1').fill('2026-03-31T23:59');
    await page
      .getByLabel('Why the data is necessary')
      .fill('The account is the only link to the courier; the data will be deleted if not preserved.');
    await page.getByLabel('Why the request is proportionate').fill('One account, subscriber data only, three months.');
    await page.getByLabel('How the data relates to the offence').fill('The orders were taken through this account.');
    await page.getByLabel(/^Follow-up route/).fill('Production order through mutual legal assistance to the United States.');
    expect(await page.getByLabel('Ask the addressee not to disclose the request to the user').isChecked()).toBe(true);
    await bothLanguages(page, 'request-form', 'Правовое основание');
    await page.getByRole('button', { name: 'Save and submit for review' }).click();
    await visible(page.getByRole('heading', { name: /KZ-2026-0701\/REQ-1/ }));
    await visible(page.getByText('In review', { exact: true }).first());
    await visible(page.getByText('Awaiting approval by a supervisor who is not the author.'));
    await bothLanguages(page, 'request-in-review', 'На рассмотрении');
    const requestPath = new URL(page.url()).pathname;

    // Another request, drafted over the API with a selector outside the warrant, is in review too.
    const wide = await investigator.call('createRequest', {
      params: { caseId },
      body: {
        type: 'PRES_DIRECT',
        requestingAuthority: {
          name: 'Department for Combating Cybercrime',
          country: 'KZ',
          unit: 'Second division',
          officer: { name: 'Aigerim Sadykova' },
        },
        addressee: { directoryId: meta!.id },
        authorizationId,
        offence: { codes: ['255'], nationalArticle: 'KZ 255', summaryOfFacts: 'As in REQ-1.' },
        necessityStatement: 'Needed.',
        proportionalityStatement: 'One account.',
        relationToOffence: 'The buyer.',
        items: [
          {
            selectorType: 'USERNAME',
            selectorValue: '@someone_else',
            category: 'SUBSCRIBER',
            windowFrom: '2026-01-01T00:00:00+05:00',
            windowTo: '2026-02-01T00:00:00+05:00',
          },
        ],
        extra: { followUpRoute: 'MLA' },
        confidentiality: { nonDisclosureRequested: true },
      },
    });
    await investigator.call('submitRequest', { params: { caseId, requestId: wide.id }, body: {} });

    // The supervisor approves the first; the guard refuses the second in words.
    const sup = await app.newPage('supervisor');
    await app.signIn(sup, 'rq-sup', PASSWORD);
    await go(sup, `/cases/${caseId}/requests/${wide.id}`);
    await sup.getByRole('button', { name: 'Approve', exact: true }).click();
    let dialog = sup.getByRole('dialog', { name: 'Approve' });
    await dialog.getByRole('button', { name: 'Approve' }).click();
    await visible(dialog.getByRole('alert').filter({ hasText: 'Line 1: This selector is outside the authorisation.' }));
    await bothLanguages(sup, 'request-approve-refused', 'Строка 1: Этот идентификатор вне пределов санкции.');
    // The refusal was an answer of the server (403), expected here.
    expect(app.consume((p) => p.url.endsWith(`/requests/${wide.id}/approve`))).toHaveLength(1);
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    // The refusal is in the request's history.
    await sup.reload();
    await visible(sup.getByRole('region', { name: 'Status history' }).getByText('Step refused'));
    await go(sup, requestPath);
    await visible(sup.getByRole('heading', { name: /KZ-2026-0701\/REQ-1/ }));
    await shoot(sup, 'request-review-supervisor');
    await sup.getByRole('button', { name: 'Approve', exact: true }).click();
    dialog = sup.getByRole('dialog', { name: 'Approve' });
    await shoot(sup, 'request-approve-dialog');
    await dialog.getByRole('button', { name: 'Approve' }).click();
    await visible(sup.getByRole('status').filter({ hasText: 'Approved.' }));
    await visible(sup.getByRole('button', { name: 'Record as sent' }));

    // The investigator sends it, previews the letter and downloads it.
    await page.reload();
    await page.getByRole('button', { name: 'Record as sent' }).click();
    dialog = page.getByRole('dialog', { name: /as sent$/ });
    await shoot(page, 'request-send-dialog');
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'Recorded as sent.' }));
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    const letter = page.getByRole('article', { name: 'Preview' });
    await visible(letter.getByText(SELECTOR));
    await visible(letter.getByText('Meta Platforms', { exact: false }).first());
    await letter.scrollIntoViewIfNeeded();
    await bothLanguages(page, 'request-letter-preview', 'Данные, подлежащие сохранению или предоставлению');
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PDF, English' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/-en\.pdf$/);
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // The provider acknowledges with its reference; the preservation now runs out in about 90 days.
    await page.getByRole('button', { name: 'Record acknowledgement' }).click();
    dialog = page.getByRole('dialog', { name: /^Record acknowledgement/ });
    await dialog
      .getByLabel(/reference$/)
      .first()
      .fill('META-LE-2026-558812');
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await visible(page.getByRole('status').filter({ hasText: 'Acknowledgement recorded.' }));
    await visible(page.getByText('META-LE-2026-558812').first());
    const expiry = page.locator('.expiry');
    await visible(expiry);
    expect(await expiry.innerText()).toMatch(/(89|90) days left/);
    await page.evaluate(() => window.scrollTo(0, 0));
    await bothLanguages(page, 'request-acknowledged', 'Срок хранения истекает');

    // The case's list shows the expiry beside the request.
    await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Requests' }).click();
    const row = page.getByRole('row').filter({ hasText: 'KZ-2026-0701/REQ-1' });
    await visible(row.getByText('Acknowledged'));
    await visible(row.getByText('Preservation expires', { exact: false }));
    await bothLanguages(page, 'requests-list', 'Получение подтверждено');

    // Deadlines across the investigator's cases: the expiry is within 90 days.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Requests', exact: true }).click();
    await visible(page.getByRole('heading', { name: 'Deadlines' }));
    await page.getByLabel('Due within').selectOption('90');
    const due = page.getByRole('region', { name: /^Due soon/ });
    await visible(due.getByRole('row').filter({ hasText: 'KZ-2026-0701/REQ-1' }));
    await bothLanguages(page, 'requests-deadlines', 'Скоро истекает');

    // The directory, with its unverified facts marked.
    await page.getByRole('navigation', { name: 'Request sections' }).getByRole('link', { name: 'Directory' }).click();
    await visible(page.getByRole('heading', { name: 'Providers and authorities' }));
    await visible(page.getByRole('heading', { name: /^TikTok/ }));
    await bothLanguages(page, 'requests-directory', 'Поставщики услуг и органы');

    // Oversight statistics for the supervisor: two requests of the type, one acknowledged, to Meta.
    await sup.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Requests', exact: true }).click();
    await sup.getByRole('navigation', { name: 'Request sections' }).getByRole('link', { name: 'Oversight' }).click();
    await visible(sup.getByRole('heading', { name: 'Oversight statistics' }));
    const byType = sup.getByRole('region', { name: 'By type' });
    await visible(byType.getByRole('row').filter({ hasText: 'Preservation request to a provider' }).getByText('2'));
    await visible(sup.getByRole('region', { name: 'By addressee' }).getByRole('row').filter({ hasText: 'Meta' }));
    await bothLanguages(sup, 'requests-statistics', 'Статистика для надзора');
  });
});
