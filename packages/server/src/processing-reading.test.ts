// An investigator's choice of how an item is read (a WhatsApp chat whose dates never show whether the day or the
// month comes first): kept for every later run of the item, recorded in the ledger, refused where the parser that
// read the item offers no such choice.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '@tamga/api';
import { chooseReading, DETECT, ingestPath, processItem, requestProcessing, type Parser, type ReadingChoices } from '@tamga/core';
import { startTestApp, type TestApp } from './test-app';
import { openTestCase, type TestCase } from './test-case';
import { processCase } from './test-processing';

describe('choosing how an item is read', () => {
  let t: TestApp;
  let c: TestCase;
  let chat: string;
  let note: string;

  beforeAll(async () => {
    t = await startTestApp();
    c = await openTestCase(t);
    const dir = join(t.database.dir, 'in');
    mkdirSync(dir, { recursive: true });
    // Every date is 3/6/18: nothing in the file decides the order (FORMATS.md §2.4).
    writeFileSync(join(dir, 'WhatsApp Chat with Ann.txt'), '3/6/18, 13:55 - Ann: first\n3/6/18, 13:56 - Bob: second\n');
    writeFileSync(join(dir, 'note.txt'), 'просто заметка\n');
    for (const name of ['WhatsApp Chat with Ann.txt', 'note.txt'])
      await ingestPath(t.context.deps, c.leadActor, c.caseId, { path: join(dir, name) });
    const { items, states } = await processCase(t, c);
    chat = items.find((item) => item.name.startsWith('WhatsApp'))!.id;
    note = items.find((item) => item.name === 'note.txt')!.id;
    expect(states.get(chat)).toMatchObject({ status: 'done', parserId: 'whatsapp.txt', reading: {} });
  });
  afterAll(() => t?.close());

  const localTimes = async () => {
    const { artifacts } = await c.lead.client.call('listArtifacts', {
      params: { caseId: c.caseId },
      query: { itemId: chat, type: 'message' },
    });
    return artifacts.map((artifact) => [artifact.fields.localTime, artifact.fields.dateOrder, artifact.fields.dateOrderRule]);
  };
  const events = async (action: string) =>
    (await t.context.store.transaction((tx) => tx.ledger.list({ caseId: c.caseId, limit: 10_000, order: 'asc' }))).filter(
      (event) => event.action === action,
    );
  const choose = (itemId: string, body: { daysFirst?: boolean | null }) =>
    c.lead.client.call('chooseReading', { params: { caseId: c.caseId, itemId }, body });

  it('lists the parsers with the choices each offers', async () => {
    const { parsers } = await c.lead.client.call('listParsers', {});
    expect(parsers.find((parser) => parser.id === 'whatsapp.txt')).toMatchObject({ readingChoices: ['daysFirst'] });
    expect(parsers.find((parser) => parser.id === 'whatsapp.zip')).toMatchObject({ readingChoices: ['daysFirst'] });
    expect(parsers.find((parser) => parser.id === 'email.eml')).toMatchObject({ readingChoices: [] });
  });

  it('reads the chat month first once chosen, keeps the choice for later runs, and goes back when it is cleared', async () => {
    expect(await localTimes()).toEqual([
      ['2018-06-03T13:55:00', 'day-first', 'undecided'],
      ['2018-06-03T13:56:00', 'day-first', 'undecided'],
    ]);

    const queued = await choose(chat, { daysFirst: false });
    expect(queued).toMatchObject({ status: 'queued', reading: { daysFirst: false } });
    const [chosen] = await events('evidence.reading_chosen');
    expect(chosen).toMatchObject({
      actorId: c.lead.id,
      targetId: chat,
      details: { parser: 'whatsapp.txt', reading: { daysFirst: false }, before: {} },
    });
    const { states } = await processCase(t, c);
    expect(states.get(chat)).toMatchObject({ status: 'done', reading: { daysFirst: false }, warnings: [] });
    expect(await localTimes()).toEqual([
      ['2018-03-06T13:55:00', 'month-first', 'override'],
      ['2018-03-06T13:56:00', 'month-first', 'override'],
    ]);
    expect((await events('evidence.processed')).at(-1)).toMatchObject({ targetId: chat, details: { reading: { daysFirst: false } } });

    // Reprocessing the whole case reads it the same way: the choice stays with the item.
    await requestProcessing(t.context.deps, c.leadActor, c.caseId, { reprocess: true }, t.context.parsers.parsers);
    await processCase(t, c);
    expect((await localTimes()).map(([local]) => local)).toEqual(['2018-03-06T13:55:00', '2018-03-06T13:56:00']);

    await choose(chat, { daysFirst: null });
    const { states: after } = await processCase(t, c);
    expect(after.get(chat)).toMatchObject({ status: 'done', reading: {} });
    expect((await localTimes()).map(([local]) => local)).toEqual(['2018-06-03T13:55:00', '2018-06-03T13:56:00']);
    expect((await events('evidence.reading_chosen')).at(-1)).toMatchObject({ details: { reading: {}, before: { daysFirst: false } } });
  });

  it('keeps a choice made while the item is being read, and the run queued with it reads it so', async () => {
    // A parser that offers the choice, says what it was given, and, while `gate` is set, waits until it is opened.
    const given: ReadingChoices[] = [];
    let gate: { started: () => void; finished: Promise<void> } | undefined;
    const gated: Parser = {
      id: 'test.gated',
      version: '1',
      description: 'waits for the test',
      readingChoices: ['daysFirst'],
      detect: (probe) => (Buffer.from(probe.head).toString('utf8').startsWith('GATED') ? DETECT.CERTAIN : DETECT.NO),
      async parse(input) {
        given.push(input.item.reading);
        gate?.started();
        await gate?.finished;
      },
    };
    const registry = t.context.parsers;
    t.context.parsers = { ...registry, parsers: [gated, ...registry.parsers] };
    try {
      const path = join(t.database.dir, 'in', 'gated.bin');
      writeFileSync(path, 'GATED\n');
      const itemId = (await ingestPath(t.context.deps, c.leadActor, c.caseId, { path })).root.id;
      await processCase(t, c);
      let started = () => {};
      let finish = () => {};
      const running = new Promise<void>((resolve) => (started = resolve));
      gate = { started, finished: new Promise<void>((resolve) => (finish = resolve)) };
      const run = processItem(t.context.deps, t.context.parsers, { caseId: c.caseId, itemId, force: true });
      await running;
      await chooseReading(t.context.deps, c.leadActor, c.caseId, itemId, { daysFirst: false }, t.context.parsers.parsers);
      finish();
      await run;
      gate = undefined;
      // The run that was under way read the item without the choice, and its event says so; the item keeps the choice.
      const processed = (await events('evidence.processed')).at(-1)!;
      expect(processed).toMatchObject({ targetId: itemId, details: { parser: 'test.gated@1' } });
      expect(processed.details).not.toHaveProperty('reading');
      expect(await t.context.store.transaction((tx) => tx.processing.get(itemId))).toMatchObject({ reading: { daysFirst: false } });
      const { states } = await processCase(t, c);
      expect(states.get(itemId)).toMatchObject({ status: 'done', reading: { daysFirst: false } });
      expect(given).toEqual([{}, {}, { daysFirst: false }]);
    } finally {
      t.context.parsers = registry;
    }
  });

  it('refuses a choice the parser that read the item does not offer, and changes nothing', async () => {
    const before = await t.context.store.transaction((tx) => tx.processing.get(note));
    const recorded = (await events('evidence.reading_chosen')).length;
    const refused = await choose(note, { daysFirst: true }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ status: 409, code: 'READING_CHOICE_UNSUPPORTED' });
    expect((refused as ApiError).message).toMatch(
      /^Exhibit \S+ is read by text\.plain, which offers no choices; daysFirst cannot be chosen for it$/,
    );
    expect(await t.context.store.transaction((tx) => tx.processing.get(note))).toEqual(before);
    expect(await events('evidence.reading_chosen')).toHaveLength(recorded);
    // An empty choice is not a request.
    await expect(choose(chat, {})).rejects.toMatchObject({ status: 400 });
  });

  it('does nothing for a choice that changes nothing', async () => {
    const before = await t.context.store.transaction((tx) => tx.processing.get(chat));
    const recorded = (await events('evidence.reading_chosen')).length;
    expect(await choose(chat, { daysFirst: null })).toMatchObject({ status: 'done', reading: {} });
    expect(await t.context.store.transaction((tx) => tx.processing.get(chat))).toEqual(before);
    expect(await events('evidence.reading_chosen')).toHaveLength(recorded);
    expect((await t.context.deps.jobs.list({ status: 'queued', limit: 1000 })).filter((job) => job.payload['itemId'] === chat)).toEqual([]);
  });

  it('lets a choice the present parser does not take be cleared, and records only what a run took', async () => {
    // As if the item had been read by a parser that offered the choice, and now is read by one that does not.
    const state = (await t.context.store.transaction((tx) => tx.processing.get(note)))!;
    await t.context.store.transaction((tx) => tx.processing.upsert({ ...state, reading: { daysFirst: false } }));
    await requestProcessing(t.context.deps, c.leadActor, c.caseId, { reprocess: true }, t.context.parsers.parsers);
    await processCase(t, c);
    const processed = (await events('evidence.processed')).filter((event) => event.targetId === note).at(-1)!;
    expect(processed.details).toMatchObject({ parser: expect.stringMatching(/^text\.plain@/) as unknown });
    expect(processed.details).not.toHaveProperty('reading');
    // Setting it is refused, clearing it is not.
    await expect(choose(note, { daysFirst: true })).rejects.toMatchObject({ code: 'READING_CHOICE_UNSUPPORTED' });
    expect(await choose(note, { daysFirst: null })).toMatchObject({ status: 'queued', reading: {} });
    const { states } = await processCase(t, c);
    expect(states.get(note)).toMatchObject({ status: 'done', reading: {} });
  });
});
