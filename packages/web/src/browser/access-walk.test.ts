// The web app with the keyboard alone (every control reached by Tab shows where the focus is); the
// cross-case access request from both sides: an analyst who finds an e-mail address also in a case she is not
// in asks its lead for access, learning nothing of that case until the lead approves in the browser; and known
// content: hash banks made and filled by the administrator, a matched image blurred until revealed with a reason,
// known software hidden from the evidence list; and a WhatsApp chat whose dates leave the day and month open, read
// again month first when the investigator chooses so, and a message's bytes from inside a WhatsApp export's ZIP.
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { TamgaClient } from '@tamga/api';
import { buildZip } from '@tamga/parsers/testing';
import { ADMIN, removeBuiltWebApp, startBrowserApp, type BrowserApp } from './browser-app';
import { readSample, SAMPLES, until } from './api-steps';
import { shoot } from './screens';
import { go, PASSWORD, toEnglish, toRussian, visible } from './walk-steps';

interface Focused {
  name: string;
  tag: string;
  shown: boolean;
}

/** The focused control: its accessible name (label, aria-label or text) and whether a focus ring shows. */
function focused(page: Page): Promise<Focused | null> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const labelled = el.getAttribute('aria-labelledby');
    const input = el as HTMLInputElement;
    const name = (
      el.getAttribute('aria-label') ??
      (labelled ? document.getElementById(labelled)?.textContent : null) ??
      input.labels?.[0]?.textContent ??
      el.textContent ??
      ''
    ).trim();
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    return { name, tag: el.tagName.toLowerCase(), shown: outline || style.boxShadow !== 'none' };
  });
}

/** Presses Tab until the control whose name starts with `name` has the focus; every stop on the way must show it. */
async function tabTo(page: Page, name: string): Promise<void> {
  const unmarked: string[] = [];
  for (let presses = 0; presses < 80; presses++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (!now) continue;
    if (!now.shown) unmarked.push(`${now.tag} "${now.name}"`);
    if (now.name.startsWith(name)) {
      expect(unmarked, 'controls whose focus cannot be seen').toEqual([]);
      return;
    }
  }
  throw new Error(`Tab never reached "${name}"`);
}

/** A case with a warrant for seizure and production, through the API. */
async function openCase(client: TamgaClient, reference: string, title: string): Promise<string> {
  const { id } = await client.call('createCase', {
    body: { reference, title, country: 'KZ', timeZone: 'Asia/Almaty', offences: [{ framework: 'NATIONAL', country: 'KZ', code: '255' }] },
  });
  await client.call('recordAuthorization', {
    params: { caseId: id },
    body: {
      type: 'COURT_WARRANT',
      number: `2-${reference.slice(-3)}/2026`,
      issuerType: 'COURT',
      issuedBy: { body: 'Specialised inter-district court of Astana', name: 'A. Nurlanova', country: 'KZ' },
      issuedAt: '2026-01-01T00:00:00Z',
      validFrom: '2026-01-01T00:00:00Z',
      validUntil: '2099-01-01T00:00:00Z',
      measures: ['SEARCH_SEIZURE', 'PRODUCTION'],
      scope: { categories: [], selectors: [], exhibits: [], period: null },
      legalBasis: [{ instrument: 'DOMESTIC_CPC', domesticProvision: 'УПК РК ст. 252' }],
      grounds: 'Report of the cybercrime unit',
    },
  });
  return id;
}

/** Uploads one file on the case's Upload screen and waits until the server has recorded it. */
async function upload(page: Page, caseId: string, file: string): Promise<void> {
  await go(page, `/cases/${caseId}/upload`);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose files' }).click();
  await (await chooser).setFiles(file);
  await page.getByRole('button', { name: 'Upload 1 file' }).click();
  await visible(page.getByRole('listitem').getByText('Recorded', { exact: true }));
}

describe('the keyboard and access requests in a browser', { timeout: 300_000 }, () => {
  let app: BrowserApp;
  let files: string;

  beforeAll(async () => {
    app = await startBrowserApp();
    files = await mkdtemp(join(tmpdir(), 'tamga-walk-'));
  }, 300_000);
  afterEach(() => app?.assertClean());
  afterAll(async () => {
    await app?.close();
    await removeBuiltWebApp();
    if (files) await rm(files, { recursive: true, force: true });
  });

  it('signs in and opens a case with the keyboard alone, and every focus can be seen', async () => {
    await app.admin.call('createUser', {
      body: { username: 'keys', displayName: 'Erlan Tabov', role: 'investigator', password: PASSWORD },
    });
    const page = await app.newPage('keyboard');
    await page.goto('/');
    await visible(page.getByRole('heading', { name: 'Sign in to Tamga' }));
    expect((await focused(page))?.name).toBe('User name');
    await page.keyboard.type('keys');
    await tabTo(page, 'Password');
    await page.keyboard.type(PASSWORD);
    await page.keyboard.press('Enter');
    await visible(page.getByRole('heading', { name: 'Cases' }));

    await tabTo(page, 'New case');
    await page.keyboard.press('Enter');
    await visible(page.getByRole('heading', { name: 'Open a case' }));
    await tabTo(page, 'Reference');
    await page.keyboard.type('KZ-2026-0500');
    await tabTo(page, 'Title');
    await page.keyboard.type('Threats sent by keyboard');
    await tabTo(page, 'Article of the national criminal code');
    await page.keyboard.type('256 ч.2');
    // Enter in the article field adds the article; it does not send the form.
    await page.keyboard.press('Enter');
    await visible(page.getByRole('button', { name: 'Remove 256 ч.2' }));
    await shoot(page, 'keyboard-create-case');
    await tabTo(page, 'Create');
    await page.keyboard.press('Enter');
    await visible(page.getByRole('heading', { name: 'KZ-2026-0500 Threats sent by keyboard' }));

    // Through the case's sections to its evidence, still by keyboard.
    await tabTo(page, 'Evidence');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname.endsWith('/evidence'));
    await shoot(page, 'keyboard-evidence');
  });

  it("asks a case's lead for access through a shared e-mail address, and the lead approves", async () => {
    const leadTitle = 'Courier network of the Telegram shop';
    await app.admin.call('createUser', {
      body: { username: 'lead5', displayName: 'Askar Dzhumabaev', role: 'investigator', password: PASSWORD },
    });
    await app.admin.call('createUser', {
      body: { username: 'analyst5', displayName: 'Madina Serikova', role: 'investigator', password: PASSWORD },
    });
    const lead = (await app.client('lead5', PASSWORD)).client;
    const analyst = (await app.client('analyst5', PASSWORD)).client;
    const leadCase = await openCase(lead, 'KZ-2026-0901', leadTitle);
    const ownCase = await openCase(analyst, 'KZ-2026-0902', 'Extortion by e-mail');
    const leadFile = join(files, 'courier-notes.txt');
    const ownFile = join(files, 'extortion-letter.txt');
    await writeFile(leadFile, 'Переводы принимал courier.amanov@example.kz, телефон +7 701 555 12 34.\n');
    await writeFile(ownFile, 'Письмо с адреса courier.amanov@example.kz с требованием выкупа.\n');

    const leadPage = await app.newPage('lead');
    await app.signIn(leadPage, 'lead5', PASSWORD);
    await upload(leadPage, leadCase, leadFile);
    const page = await app.newPage('analyst');
    await app.signIn(page, 'analyst5', PASSWORD);
    await upload(page, ownCase, ownFile);
    for (const [client, caseId] of [
      [lead, leadCase],
      [analyst, ownCase],
    ] as const)
      await until('analysis to finish', async () => {
        const summary = await client.call('processingSummary', { params: { caseId } });
        return summary.finished && summary.items >= 1 && summary.counts.failed === 0;
      });

    // The analyst sees that the address occurs in one other case, and nothing else about it.
    await go(page, `/cases/${ownCase}/entities`);
    const row = page.getByRole('row').filter({ hasText: 'courier.amanov@example.kz' });
    await visible(row.getByText('1 other case'));
    const main = page.locator('main');
    expect(await main.innerText()).not.toContain('KZ-2026-0901');
    expect(await main.innerText()).not.toContain(leadTitle);
    await shoot(page, 'entities-cross-case');
    await row.getByRole('button', { name: 'Ask for access' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ask for access to other cases' });
    await dialog.getByLabel('Why do you need access?').fill('The same address sent the ransom letter in my case.');
    await shoot(page, 'access-request-form');
    await dialog.getByRole('button', { name: 'Send the request' }).click();
    await visible(dialog.getByRole('status').filter({ hasText: 'Your request went to the lead of 1 case.' }));
    await dialog.getByRole('link', { name: 'See my access requests' }).click();
    await visible(page.getByRole('heading', { name: 'My access requests' }));
    await visible(page.getByRole('cell', { name: 'Pending' }));
    expect(await main.innerText()).not.toContain(leadTitle);
    await shoot(page, 'own-access-requests-pending');

    // The lead sees who asks, from which case and why, and approves.
    await go(leadPage, `/cases/${leadCase}/entities`);
    const incoming = leadPage.getByRole('region', { name: 'Requests for access to this case' });
    await visible(incoming.getByRole('row').filter({ hasText: 'Madina Serikova' }));
    await visible(incoming.getByText('The same address sent the ransom letter in my case.'));
    await shoot(leadPage, 'access-requests-incoming');
    await toRussian(leadPage);
    await visible(leadPage.getByRole('region', { name: 'Запросы доступа к этому делу' }));
    await shoot(leadPage, 'access-requests-incoming');
    await toEnglish(leadPage);
    await incoming.getByRole('button', { name: 'Approve the request of Madina Serikova' }).click();
    await visible(incoming.getByText('Approved', { exact: true }));

    // Now the analyst is a reader of the case: her request names it, and the hint links to it.
    await page.reload();
    await visible(page.getByRole('cell', { name: 'Approved' }));
    await visible(page.getByRole('link', { name: 'KZ-2026-0901' }));
    await shoot(page, 'own-access-requests-approved');
    await toRussian(page);
    await visible(page.getByRole('heading', { name: 'Мои запросы доступа' }));
    await visible(page.getByRole('cell', { name: 'Одобрен' }));
    await shoot(page, 'own-access-requests-approved');
    await toEnglish(page);
    await go(page, `/cases/${ownCase}/entities`);
    await visible(row.getByRole('link', { name: 'KZ-2026-0901' }));
    await row.getByRole('link', { name: 'KZ-2026-0901' }).click();
    await visible(page.getByRole('heading', { name: `KZ-2026-0901 ${leadTitle}` }));
    await shoot(page, 'entities-approved-case');
  });

  it('matches known content: banks by the administrator, a blurred image revealed with a reason, software hidden', async () => {
    const poster = 'exif/DSCN0010.jpg';
    const software = 'browser/plaso_chrome_History';
    const sha256 = async (file: string) =>
      createHash('sha256')
        .update(await readSample(file))
        .digest('hex');
    const terrorList = join(files, 'posters.sha256');
    const softwareList = join(files, 'software.txt');
    await writeFile(terrorList, `# posters shared by the partner unit\n${await sha256(poster)}  poster-17.jpg\nnot-a-hash\n`);
    await writeFile(softwareList, `${await sha256(software)}\n`);

    // The administrator creates two banks and fills them on the Hash banks screen.
    const admin = await app.newPage('admin-banks');
    await app.signIn(admin, ADMIN.username, ADMIN.password);
    await admin.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Hash banks' }).click();
    await visible(admin.getByRole('heading', { name: 'Hash banks' }));
    const create = admin.getByRole('form', { name: 'New bank' });
    const importForm = admin.getByRole('form', { name: 'Import hashes' });
    for (const [name, meaning, list] of [
      ['TERROR_POSTERS', 'known-terrorist', terrorList],
      ['NSRL_SAMPLE', 'known-software', softwareList],
    ] as const) {
      await create.getByLabel('Name', { exact: true }).fill(name);
      await create.getByLabel('Meaning').selectOption(meaning);
      await create.getByLabel('Source').fill(name === 'NSRL_SAMPLE' ? 'NIST NSRL' : 'Partner unit');
      await create.getByLabel('Licence or sharing condition').fill(name === 'NSRL_SAMPLE' ? 'Public domain' : 'Law enforcement only');
      await create.getByRole('button', { name: 'Create bank' }).click();
      await visible(create.getByRole('status').filter({ hasText: `Bank ${name} created.` }));
      await importForm.getByLabel('Into bank').selectOption({ label: name });
      await importForm.getByLabel('List file').setInputFiles(list);
      await importForm.getByRole('button', { name: 'Import' }).click();
      await visible(
        importForm
          .getByRole('status')
          .filter({ hasText: `Version 1 of ${name}: 1 new entry, 0 already there, ${name === 'NSRL_SAMPLE' ? 0 : 1} invalid lines.` }),
      );
    }
    await shoot(admin, 'hash-banks');
    await toRussian(admin);
    await visible(admin.getByRole('heading', { name: 'Банки хешей' }));
    await shoot(admin, 'hash-banks');
    await toEnglish(admin);

    // An investigator's case takes in the poster and the browser history; both match as they are processed.
    await app.admin.call('createUser', {
      body: { username: 'ct-lead', displayName: 'Nurlan Bekov', role: 'investigator', password: PASSWORD },
    });
    const lead = (await app.client('ct-lead', PASSWORD)).client;
    const caseId = await openCase(lead, 'KZ-2026-0333', 'Propaganda channel');
    const page = await app.newPage('ct-lead');
    await app.signIn(page, 'ct-lead', PASSWORD);
    await go(page, `/cases/${caseId}/upload`);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Choose files' }).click();
    await (await chooser).setFiles([resolve(SAMPLES, poster), resolve(SAMPLES, software)]);
    await page.getByRole('button', { name: 'Upload 2 files' }).click();
    await until('both matches', async () => {
      const found = await lead.call('caseMatches', { params: { caseId }, query: {} });
      return found.counts.itemsMatched === 2;
    });

    await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Matches' }).click();
    await visible(page.getByText('2 items matched'));
    const posterRow = page.getByRole('row').filter({ hasText: 'DSCN0010.jpg' });
    await visible(posterRow.getByRole('img', { name: 'Blurred: Known terrorist' }));
    await visible(posterRow.getByText('poster-17.jpg'));
    // Known software is listed only on request.
    expect(await page.getByRole('row').filter({ hasText: 'plaso_chrome_History' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Show 1 known software item' }).click();
    await visible(page.getByRole('row').filter({ hasText: 'plaso_chrome_History' }));
    await shoot(page, 'matches');
    await posterRow.getByRole('button', { name: /^Reveal EXH-/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Reveal a protected image' });
    await dialog.getByLabel('Why do you need to see it?').fill('Comparing the poster with the one posted in the channel.');
    await dialog.getByRole('button', { name: 'Reveal the image' }).click();
    await visible(posterRow.getByRole('img', { name: /^Image of EXH-/ }));
    await shoot(page, 'matches-revealed');
    // The reveal is in the case's ledger with its reason.
    const { events } = await lead.call('caseLedger', { params: { caseId }, query: { limit: 50 } });
    const revealed = events.find((e) => e.action === 'evidence.image_revealed');
    expect(revealed?.justification).toBe('Comparing the poster with the one posted in the channel.');
    await toRussian(page);
    await visible(page.getByRole('heading', { name: 'Известное содержимое' }));
    await shoot(page, 'matches');
    await toEnglish(page);

    // The image's artefact carries the flag of its item, and shows the image blurred.
    const { artifacts } = await lead.call('listArtifacts', { params: { caseId }, query: { type: 'image' } });
    await go(page, `/cases/${caseId}/artifacts/${artifacts[0]!.id}`);
    const known = page.getByRole('region', { name: 'Known content' });
    await visible(known.getByText('poster-17.jpg'));
    await visible(known.getByRole('img', { name: 'Blurred: Known terrorist' }));
    await shoot(page, 'artifact-known-content');

    // The evidence list hides the known software until asked.
    await page.getByRole('navigation', { name: 'Case sections' }).getByRole('link', { name: 'Evidence' }).click();
    await visible(page.getByRole('row').filter({ hasText: 'DSCN0010.jpg' }).getByText('Known terrorist'));
    await visible(page.getByText('1 known software item is hidden.'));
    expect(await page.getByRole('row').filter({ hasText: 'plaso_chrome_History' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Show them' }).click();
    await visible(page.getByRole('row').filter({ hasText: 'plaso_chrome_History' }));
    await shoot(page, 'evidence-known-content');
  });

  it("reads a WhatsApp chat's dates month first when the investigator chooses so", async () => {
    await app.admin.call('createUser', {
      body: { username: 'chats', displayName: 'Gulnara Akhmetova', role: 'investigator', password: PASSWORD },
    });
    const lead = (await app.client('chats', PASSWORD)).client;
    const caseId = await openCase(lead, 'KZ-2026-0318', 'Threats in a WhatsApp chat');
    // 3/6/18 alone decides nothing (FORMATS.md §2.4): the parser reads it day first and warns.
    const chat = join(files, 'WhatsApp Chat with Ann.txt');
    await writeFile(chat, '3/6/18, 13:55 - Ann: first\n3/6/18, 13:56 - Bob: second\n');
    const page = await app.newPage('chats');
    await app.signIn(page, 'chats', PASSWORD);
    await upload(page, caseId, chat);
    await until('the chat to be read', async () => (await lead.call('processingSummary', { params: { caseId } })).finished);
    const [item] = await lead.call('listEvidence', { params: { caseId } });
    const messageDays = async () =>
      (await lead.call('listArtifacts', { params: { caseId }, query: { itemId: item!.id, type: 'message' } })).artifacts.map((a) =>
        a.at?.slice(0, 10),
      );
    expect(await messageDays()).toEqual(['2018-06-03', '2018-06-03']);

    await go(page, `/cases/${caseId}/evidence/${item!.id}`);
    const order = page.getByRole('group', { name: 'Date order' });
    await visible(order.getByRole('button', { name: 'Automatic', pressed: true }));
    await shoot(page, 'evidence-date-order');
    // Its warning in the reader's language, worded from its code; the English it was recorded in on hover.
    const undecided = page.locator('ul.warnings li[data-code="whatsapp.date_order_undecided"]');
    await visible(undecided.getByText('Day/month order undecided', { exact: false }));
    await toRussian(page);
    await visible(undecided.getByText('Порядок дня и месяца не определён', { exact: false }));
    expect(await undecided.getAttribute('title')).toMatch(/^day\/month order undecided: no date has a component above 12/);
    await shoot(page, 'evidence-date-order');
    await toEnglish(page);
    await order.getByRole('button', { name: 'Month first' }).click();
    await visible(page.getByText('Dates read month first, as chosen'));
    await visible(order.getByRole('button', { name: 'Month first', pressed: true }));
    await visible(page.getByRole('listitem').filter({ hasText: 'Date order chosen' }).getByText('Month first'));
    expect(await messageDays()).toEqual(['2018-03-06', '2018-03-06']);
    await shoot(page, 'evidence-date-order-chosen');
    await toRussian(page);
    await visible(page.getByText('Даты прочитаны: сначала месяц, как выбрано'));
    await shoot(page, 'evidence-date-order-chosen');
    await toEnglish(page);

    // The messages' local times in the artefact browser: 6 March, no longer 3 June.
    await go(page, `/cases/${caseId}/artifacts?itemId=${item!.id}`);
    await visible(page.getByText('2018-03-06 13:55:00'));
    expect(await page.getByText('2018-06-03').count()).toBe(0);
  });

  it('shows the bytes of a message from the chat a WhatsApp export holds compressed', async () => {
    await app.admin.call('createUser', {
      body: { username: 'exports', displayName: 'Dana Serikova', role: 'investigator', password: PASSWORD },
    });
    const lead = (await app.client('exports', PASSWORD)).client;
    const caseId = await openCase(lead, 'KZ-2026-0319', 'A WhatsApp export');
    const zip = join(files, 'WhatsApp Chat with Aigerim.zip');
    const chat = '01/03/2024, 10:00 - Loris: Салем!\n01/03/2024, 10:01 - Aigerim: встреча в 18:00\nу входа\n';
    await writeFile(zip, buildZip([{ name: 'WhatsApp Chat with Aigerim.txt', data: chat }]));
    const page = await app.newPage('exports');
    await app.signIn(page, 'exports', PASSWORD);
    await upload(page, caseId, zip);
    await until('the export to be read', async () => (await lead.call('processingSummary', { params: { caseId } })).finished);
    const { artifacts } = await lead.call('listArtifacts', { params: { caseId }, query: { type: 'message' } });
    const message = artifacts.find((a) => a.text?.startsWith('встреча'))!;

    await go(page, `/cases/${caseId}/artifacts/${message.id}`);
    await page.getByRole('button', { name: 'Show source bytes' }).click();
    await page.getByRole('dialog').getByRole('textbox').fill('Checking the message against the export');
    await page.getByRole('dialog').getByRole('button').first().click();
    const start = Buffer.from(chat).indexOf('01/03/2024, 10:01');
    await visible(page.getByText(`of WhatsApp Chat with Aigerim.txt, which the item holds compressed`));
    await visible(page.getByText(`bytes ${start} – ${start + Buffer.byteLength('01/03/2024, 10:01 - Aigerim: встреча в 18:00\nу входа')}`));
    await visible(page.getByLabel('As text (UTF-8)').getByText('встреча в 18:00'));
    await shoot(page, 'artifact-bytes-in-member');
    await toRussian(page);
    await visible(page.getByText('который хранится в объекте в сжатом виде'));
    await shoot(page, 'artifact-bytes-in-member');
    await toEnglish(page);
  });
});
