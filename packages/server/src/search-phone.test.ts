// A search for one phone number finds it however each artefact wrote it: national with its trunk prefix, with or
// without the country code, grouped or solid. The case's country decides how a national form is read.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestPath } from '@tamga/core';
import { startTestApp, type TestApp } from './test-app';
import { openTestCase, type TestCase } from './test-case';
import { processCase } from './test-processing';

const NOTES = {
  'international.txt': 'Позвони мне: +7 701 234 56 78 после обеда',
  'national.txt': 'Номер курьера 8 (701) 234-56-78, звонить вечером',
  'solid.txt': 'связь 87012345678 только по ночам',
  'e164.txt': 'whatsapp +77012345678',
  'other.txt': 'другой номер 8 (701) 234-56-79 и 701 234',
};

describe('searching a phone number in any written form', () => {
  let t: TestApp;
  let c: TestCase;
  const names = new Map<string, string>();

  beforeAll(async () => {
    t = await startTestApp();
    c = await openTestCase(t);
    const dir = join(t.database.dir, 'in');
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(NOTES)) {
      writeFileSync(join(dir, name), `${text}\n`);
      await ingestPath(t.context.deps, c.leadActor, c.caseId, { path: join(dir, name) });
    }
    const { items } = await processCase(t, c);
    for (const item of items) names.set(item.id, item.name);
  });
  afterAll(() => t?.close());

  const found = async (q: string) => {
    const page = await c.lead.client.call('search', { params: { caseId: c.caseId }, query: { q } });
    return page.hits.map((hit) => names.get(hit.itemId)).sort();
  };

  it('finds the number in every form, whichever form is asked for', async () => {
    const every = ['e164.txt', 'international.txt', 'national.txt', 'solid.txt'];
    for (const q of ['8 (701) 234-56-78', '"8 701 234 56 78"', '+7 701 234 56 78', '87012345678', '+77012345678', '7012345678']) {
      expect(await found(q), q).toEqual(every);
    }
  });

  it('reads a number among other words, and excludes an excluded number in every form', async () => {
    expect(await found('87012345678 курьера')).toEqual(['national.txt']);
    expect(await found('"+7 701 234 56 78" вечером')).toEqual(['national.txt']);
    expect(await found('номер -87012345678')).toEqual(['other.txt']);
  });

  it('marks the number in each snippet, however it was written', async () => {
    const page = await c.lead.client.call('search', { params: { caseId: c.caseId }, query: { q: '+7 701 234 56 78' } });
    const snippets = new Map(page.hits.map((hit) => [names.get(hit.itemId), hit.snippet]));
    expect(snippets.get('national.txt')).toContain('\u00018 (701) 234-56-78\u0002');
    expect(snippets.get('international.txt')).toContain('+\u00017 701 234 56 78\u0002');
    expect(snippets.get('solid.txt')).toContain('\u000187012345678\u0002');
    expect(snippets.get('e164.txt')).toContain('\u000177012345678\u0002');
  });

  it('searches anything else as typed, and records the number a search was read as', async () => {
    // One digit different is another number; a short run of digits is not a phone.
    expect(await found('8 (701) 234-56-79')).toEqual(['other.txt']);
    expect(await found('234')).toEqual(['international.txt', 'national.txt', 'other.txt']);
    expect(await found('курьера')).toEqual(['national.txt']);
    const { events } = await c.lead.client.call('caseLedger', { params: { caseId: c.caseId }, query: { limit: 1000 } });
    const searches = events.filter((event) => event.action === 'case.searched').map((event) => event.details);
    expect(searches).toContainEqual(expect.objectContaining({ text: '8 (701) 234-56-78', phones: ['+77012345678'] }));
    expect(searches).toContainEqual(expect.not.objectContaining({ phones: expect.anything() as unknown }));
  });
});
