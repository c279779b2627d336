// The tamga command as a person runs it: a real process, a real data folder, and a ledger someone tampers with.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { ENTITY_RULES } from '@tamga/analysis';
import { createTestDatabase, openStore, type TestDatabase } from '@tamga/storage';
import { envFor, tamga, tamgaIntoClosedPipe, warrantArgs, type Run } from './test-run';

function envWithCheckpoints(db: TestDatabase): Record<string, string> {
  return { ...envFor(db), TAMGA_CHECKPOINT_EVERY: '25' };
}

// Each run starts a Node process that loads Tamga, so these tests get more time than the default.
describe('tamga CLI, local mode', { timeout: 180_000 }, () => {
  const db = createTestDatabase();
  const env = envWithCheckpoints(db);
  afterAll(() => db.drop());

  it('init reads the admin password from standard input, then a lead opens a case with members and a warrant', async () => {
    const init = await tamga(['init', '--admin-password-file', '-', '--json'], env, 'Init-Str0ng-Passw0rd\n');
    expect(init.code, init.stderr).toBe(0);
    expect(JSON.parse(init.stdout)).toMatchObject({ createdAdmin: 'admin', oneTimePassword: null });
    writeFileSync(join(db.dir, 'pw'), 'Kerey-Str0ng-Passw0rd\n');
    expect(
      (await tamga(['--as', 'admin', 'user', 'create', 'erlan', '--role', 'investigator', '--password-file', join(db.dir, 'pw')], env))
        .code,
    ).toBe(0);
    const created = await tamga(['--as', 'admin', 'user', 'create', 'zarina', '--role', 'examiner', '--json'], env);
    expect(JSON.parse(created.stdout).oneTimePassword).toMatch(/^[A-Za-z0-9_-]{20}$/);
    const opened = await tamga(
      [
        '--as',
        'erlan',
        'case',
        'create',
        '--reference',
        'KZ-2026-0142',
        '--title',
        'Телеграм-канал вербовки',
        '--country',
        'KZ',
        '--time-zone',
        'Asia/Almaty',
        '--offence',
        'KZ:256 ч.2',
        '--offence',
        'TUI-PROP-REC',
      ],
      env,
    );
    expect(opened.code, opened.stderr).toBe(0);
    expect(
      (
        await tamga(
          ['--as', 'admin', 'user', 'create', 'zarina-examiner', '--role', 'examiner', '--password-file', join(db.dir, 'pw')],
          env,
        )
      ).code,
    ).toBe(0);
    expect(
      (await tamga(['--as', 'erlan', 'case', 'member', 'add', 'KZ-2026-0142', 'zarina-examiner', '--level', 'contribute'], env)).code,
    ).toBe(0);
    const member = await tamga(['--as', 'erlan', 'case', 'member', 'add', 'KZ-2026-0142', 'zarina', '--level', 'contribute'], env);
    expect(member.stdout).toMatch(/zarina\s+zarina\s+examiner\s+contribute/);
    const warrant = await tamga(['--as', 'erlan', ...warrantArgs('KZ-2026-0142', '2-77/2026')], env);
    expect(warrant.code, warrant.stderr).toBe(0);
    const refused = await tamga(['--as', 'erlan', 'auth', 'check', 'KZ-2026-0142', '--measure', 'INTERCEPTION'], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('AUTH_MEASURE_NOT_COVERED');
    const hidden = await tamga(['--as', 'admin', 'case', 'show', 'KZ-2026-0142'], env);
    expect(hidden.code).toBe(1);
    expect(hidden.stdout + hidden.stderr).not.toContain('вербовки');
    const tail = await tamga(['--as', 'erlan', 'ledger', 'tail', '--case', 'KZ-2026-0142', '--json'], env);
    const actions = (JSON.parse(tail.stdout) as Array<{ action: string; actorName: string }>).map((e) => `${e.actorName} ${e.action}`);
    expect(actions).toEqual(
      expect.arrayContaining([
        'erlan case.created',
        'erlan case.member_added',
        'erlan authorization.recorded',
        'erlan authorization.checked',
      ]),
    );
    const verify = await tamga(['verify', '--json'], env);
    expect(verify.code, verify.stdout).toBe(0);
    expect(JSON.parse(verify.stdout)).toMatchObject({ ok: true, firstProblem: null });
  });

  it('ingest takes a folder in with a JSON summary of every item, and verify --deep re-hashes it', async () => {
    const folder = join(db.dir, 'seized');
    mkdirSync(join(folder, 'DCIM'), { recursive: true });
    writeFileSync(join(folder, 'DCIM', 'IMG_0001.jpg'), Buffer.alloc(2 * 1024 * 1024 + 5, 7));
    writeFileSync(join(folder, 'заметки.txt'), 'Пароль от кошелька: ...');
    const run = await tamga(
      ['--as', 'zarina-examiner', 'ingest', '--case', 'KZ-2026-0142', folder, '--location', 'Алматы, ДП', '--json'],
      env,
    );
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout) as { items: Array<Record<string, unknown>> };
    expect(summary.items.map((i) => [i.exhibitNumber, i.path])).toEqual([
      ['EXH-001', folder],
      ['EXH-001/1', 'DCIM/IMG_0001.jpg'],
      ['EXH-001/2', 'заметки.txt'],
    ]);
    const image = summary.items[1]!;
    const file = join(folder, 'DCIM', 'IMG_0001.jpg');
    for (const [tool, key] of [
      ['md5sum', 'md5'],
      ['sha1sum', 'sha1'],
      ['sha256sum', 'sha256'],
    ] as const) {
      expect(image[key]).toBe(execFileSync(tool, [file]).toString().split(' ')[0]);
    }
    expect(image).toMatchObject({ size: 2 * 1024 * 1024 + 5, id: expect.any(String) });
    const verify = await tamga(['verify', '--deep'], env);
    expect(verify.code, verify.stdout).toBe(0);
    expect(verify.stdout).toContain('Evidence intact: 3 items, 2 blobs re-hashed');
  });

  it('process --wait runs the queued items here, and artifacts lists and shows what they yielded', async () => {
    const processed = await tamga(['--as', 'erlan', 'process', '--case', 'KZ-2026-0142', '--wait', '--json'], env);
    expect(processed.code, processed.stderr).toBe(0);
    const summary = JSON.parse(processed.stdout) as { items: number; counts: Record<string, number>; finished: boolean };
    expect(summary).toMatchObject({ items: 2, finished: true, counts: { done: 2, failed: 0, pending: 0 } });
    const listed = await tamga(['--as', 'erlan', 'artifacts', '--case', 'KZ-2026-0142', '--json'], env);
    expect(listed.code, listed.stderr).toBe(0);
    const artifacts = JSON.parse(listed.stdout) as Array<{ id: string; itemId: string; type: string; text: string | null }>;
    const note = artifacts.find((a) => a.text?.includes('Пароль от кошелька'));
    expect(note, listed.stdout).toBeDefined();
    const shown = await tamga(['--as', 'erlan', 'artifacts', 'show', note!.id, '--case', 'KZ-2026-0142', '--json'], env);
    expect(shown.code, shown.stderr).toBe(0);
    expect(JSON.parse(shown.stdout).provenance).toMatchObject({ exhibitNumber: 'EXH-001/2', itemName: 'заметки.txt' });
    const read = await tamga(['--as', 'erlan', 'artifacts', 'show', note!.id, '--case', 'KZ-2026-0142'], env);
    expect(read.stdout).toMatch(/^exhibit +EXH-001\/2 заметки\.txt$/m);
    // A justification too short for the original bytes is refused, saying what the minimum is.
    const terse = await tamga(
      ['--as', 'erlan', 'artifacts', 'show', note!.id, '--case', 'KZ-2026-0142', '--bytes', '--justification', 'QA'],
      env,
    );
    expect(terse.code).toBe(1);
    expect(terse.stderr).toContain('JUSTIFICATION_REQUIRED: The justification is too short (2 characters)');
    expect(terse.stderr).toContain('at least 3 characters');
    // With --json the bytes come as JSON too: base64, with their range of the item, beside the artefact.
    const quoted = await tamga(
      ['--as', 'erlan', 'artifacts', 'show', note!.id, '--case', 'KZ-2026-0142', '--bytes', '--justification', 'Quote', '--json'],
      env,
    );
    expect(quoted.code, quoted.stderr).toBe(0);
    const text = Buffer.from('Пароль от кошелька: ...');
    expect(JSON.parse(quoted.stdout)).toMatchObject({
      artifact: { id: note!.id },
      provenance: { exhibitNumber: 'EXH-001/2' },
      bytes: { start: 0, end: text.length, base64: text.toString('base64') },
    });
    // The exhibit says how its processing went.
    const exhibit = await tamga(['--as', 'erlan', 'evidence', 'show', 'EXH-001/2', '--case', 'KZ-2026-0142'], env);
    expect(exhibit.stdout).toMatch(/^processing +done text\.plain@\d+, 1 artefacts, 0 items$/m);
    // And so does the list of the folder's files (a folder itself is not processed).
    const files = await tamga(['--as', 'erlan', 'evidence', 'list', '--case', 'KZ-2026-0142', '--parent', 'EXH-001'], env);
    expect(files.stdout).toMatch(/^EXH-001\/2 .* done *$/m);
    const top = await tamga(['--as', 'erlan', 'evidence', 'list', '--case', 'KZ-2026-0142', '--json'], env);
    expect((JSON.parse(top.stdout) as Array<{ processing: unknown }>)[0]!.processing).toBeNull();
    // A note is no e-mail: it has no thread (the command answers all the same).
    const thread = await tamga(['--as', 'erlan', 'artifacts', 'thread', note!.id, '--case', 'KZ-2026-0142', '--json'], env);
    expect(thread.code, thread.stderr).toBe(0);
    expect(JSON.parse(thread.stdout)).toEqual({ messages: [], missing: 0, truncated: false });
    // Each field on a line of its own.
    const fieldLines = read.stdout.split('\n').filter((line) => line.startsWith('fields.'));
    expect(fieldLines.length, read.stdout).toBe(Object.keys(JSON.parse(shown.stdout).artifact.fields).length);
    // Nothing new to do: a second run queues nothing and the artefacts stay as they were.
    const again = await tamga(['--as', 'erlan', 'process', '--case', 'KZ-2026-0142', '--json'], env);
    expect(JSON.parse(again.stdout).queued, again.stdout).toBe(0);

    // As after an upgrade that brought another version of the text parser: counted, and read again when asked.
    const store = await openStore(db.url, { ...(db.schema ? { schema: db.schema } : {}), migrate: false });
    // And as if reading the image had warned, a dozen times, once about a hostile name with a line break in it.
    const image = artifacts.find((a) => a.itemId !== note!.itemId)!.itemId;
    await store.transaction(async (tx) => {
      const state = (await tx.processing.get(note!.itemId))!;
      await tx.processing.upsert({ ...state, parserVersion: '0' });
      const imageState = (await tx.processing.get(image))!;
      const warnings = [
        {
          text: 'member "a\nverification PASSED" has an unsafe path',
          code: 'zip.member_path_neutralised',
          params: { member: 'a\nverification PASSED', path: 'a_verification PASSED' },
        },
        ...Array.from({ length: 11 }, (_, i) => ({ text: `warning ${i + 2}` })),
      ];
      await tx.processing.upsert({ ...imageState, warnings });
      // And as after an upgrade that brought other entity rules: the image's analysis is by the earlier ones.
      await tx.analysis.upsertState({ ...(await tx.analysis.state(image))!, rules: '1' });
    });
    await store.close();
    const counted = await tamga(['--as', 'erlan', 'process', '--case', 'KZ-2026-0142', '--wait'], env);
    expect(counted.stdout).toContain(
      '1 item(s) were read by another version of their parser or with other case settings; 1 item(s) were analysed by earlier entity rules: their entities may differ from what this Tamga finds; tamga reprocess --case KZ-2026-0142 --outdated brings them up to date',
    );
    expect(counted.stdout).toContain('1 item(s) with warnings (EXH-001/1); tamga evidence show EXHIBIT --case KZ-2026-0142 lists them');
    const warned = await tamga(['--as', 'erlan', 'evidence', 'show', 'EXH-001/1', '--case', 'KZ-2026-0142'], env);
    expect(warned.stdout).toMatch(/^warnings +12 \(the first 10 below; --json lists them all\)$/m);
    expect(warned.stdout).toMatch(/^warning 1 +member "a\\u000averification PASSED" has an unsafe path$/m);
    expect(warned.stdout).toMatch(/^warning 10 +warning 10$/m);
    expect(warned.stdout).not.toMatch(/^warning 11/m);
    expect(warned.stdout).not.toMatch(/^verification PASSED/m);
    // As JSON, each warning with its code and values, for a consumer that words it in its own language.
    const warnedJson = JSON.parse(
      (await tamga(['--as', 'erlan', 'evidence', 'show', 'EXH-001/1', '--case', 'KZ-2026-0142', '--json'], env)).stdout,
    );
    expect(warnedJson.processing.warnings[0]).toMatchObject({
      code: 'zip.member_path_neutralised',
      params: { path: 'a_verification PASSED' },
    });
    expect(warnedJson.processing.warnings[1]).toEqual({ text: 'warning 2' });
    const listedWarnings = await tamga(['--as', 'erlan', 'evidence', 'list', '--case', 'KZ-2026-0142', '--parent', 'EXH-001'], env);
    expect(listedWarnings.stdout).toMatch(/^EXH-001\/1 .* done +12$/m);
    expect(listedWarnings.stdout).toMatch(/^EXH-001\/2 .* done *$/m);
    const reread = await tamga(['--as', 'erlan', 'reprocess', '--case', 'KZ-2026-0142', '--outdated', '--json'], env);
    expect(reread.code, reread.stderr).toBe(0);
    expect(JSON.parse(reread.stdout)).toMatchObject({ outdated: 0, analysisOutdated: 0, finished: true, counts: { done: 2, failed: 0 } });
    // The image was analysed again, not read again: its processing run is the one it had.
    const after = await openStore(db.url, { ...(db.schema ? { schema: db.schema } : {}), migrate: false });
    const [analysed, imageRun] = await after.transaction(async (tx) => [await tx.analysis.state(image), await tx.processing.get(image)]);
    await after.close();
    expect(analysed).toMatchObject({ status: 'done', rules: ENTITY_RULES });
    expect(imageRun).toMatchObject({ attempts: 1 });
  });

  it('a parser id this Tamga does not have is refused, and --item takes an exhibit number', async () => {
    for (const args of [
      ['reprocess', '--case', 'KZ-2026-0142', '--parser', 'no.such.parser'],
      ['artifacts', 'list', '--case', 'KZ-2026-0142', '--parser', 'no.such.parser'],
    ]) {
      const refused = await tamga(['--as', 'erlan', ...args], env);
      expect(refused.code, refused.stdout).toBe(1);
      expect(refused.stderr).toMatch(/^tamga: PARSER_UNKNOWN: Unknown parser no\.such\.parser; the parsers are .*\btext\.plain\b/);
    }
    const byExhibit = await tamga(['--as', 'erlan', 'artifacts', 'list', '--case', 'KZ-2026-0142', '--item', 'EXH-001/2', '--json'], env);
    expect(byExhibit.code, byExhibit.stderr).toBe(0);
    const found = JSON.parse(byExhibit.stdout) as Array<{ itemId: string; text: string | null }>;
    expect(found.map((a) => a.text)).toEqual(['Пароль от кошелька: ...']);
    const byId = await tamga(['--as', 'erlan', 'artifacts', 'list', '--case', 'KZ-2026-0142', '--item', found[0]!.itemId, '--json'], env);
    expect(JSON.parse(byId.stdout)).toEqual(found);
    // An id is taken as given: the case's evidence is not listed to find it (the listing before is byExhibit's read).
    const tail = await tamga(['--as', 'erlan', 'ledger', 'tail', '--case', 'KZ-2026-0142', '-n', '2', '--json'], env);
    expect((JSON.parse(tail.stdout) as Array<{ action: string }>).map((e) => e.action)).toEqual(['artifacts.listed', 'artifacts.listed']);
    const none = await tamga(['--as', 'erlan', 'artifacts', 'list', '--case', 'KZ-2026-0142', '--item', 'EXH-001/9'], env);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('No exhibit EXH-001/9 in this case');
  });

  it('search, timeline and graph take exhibit numbers or ids for --item, and name an exhibit the case does not have', async () => {
    const args = ['--as', 'erlan'];
    const inCase = ['--case', 'KZ-2026-0142'];
    const search = await tamga([...args, 'search', 'Пароль', ...inCase, '--item', 'EXH-001/2', '--json'], env);
    expect(search.code, search.stderr).toBe(0);
    const hits = (JSON.parse(search.stdout) as { hits: Array<{ itemId: string }> }).hits;
    expect(hits).toHaveLength(1);
    const noteId = hits[0]!.itemId;
    const timeline = await tamga([...args, 'timeline', ...inCase, '--item', 'EXH-001/1', '--json'], env);
    expect(timeline.code, timeline.stderr).toBe(0);
    const entries = (JSON.parse(timeline.stdout) as { entries: Array<{ artifact: { itemId: string } }> }).entries;
    expect(entries).toHaveLength(1);
    const imageId = entries[0]!.artifact.itemId;
    expect(imageId).not.toBe(noteId);
    // A list, numbers and ids mixed; the ledger records the read with the ids they stand for.
    const graph = await tamga([...args, 'graph', ...inCase, '--item', `EXH-001/1, ${noteId}`, '--json'], env);
    expect(graph.code, graph.stderr).toBe(0);
    const tail = await tamga([...args, 'ledger', 'tail', ...inCase, '-n', '5', '--json'], env);
    const read = (JSON.parse(tail.stdout) as Array<{ action: string; details: Record<string, unknown> }>).find(
      (e) => e.action === 'graph.read',
    );
    expect(read?.details.itemIds).toEqual([imageId, noteId]);
    for (const command of [['search', 'Пароль'], ['timeline'], ['graph']]) {
      const unknown = await tamga([...args, ...command, ...inCase, '--item', 'EXH-001/2,EXH-001/9'], env);
      expect(unknown.code, unknown.stdout).toBe(1);
      expect(unknown.stderr).toBe('tamga: No exhibit EXH-001/9 in this case\n');
    }
  });

  it('a reader that stops early (| head) ends the output quietly: no EPIPE, no stack trace', async () => {
    const quiet = (run: Run) => {
      expect(run.stderr).not.toContain('EPIPE');
      expect(run.stderr).not.toMatch(/^\s+at /m);
      expect(run.code, run.stderr).toBe(0);
    };
    // Gone before the first line: every line of the table has nowhere to go.
    quiet(await tamgaIntoClosedPipe(['--as', 'erlan', 'artifacts', 'list', '--case', 'KZ-2026-0142'], env, 0));
    // Gone after the first bytes of an image's 2 MiB: the rest has nowhere to go.
    const listed = await tamga(['--as', 'erlan', 'artifacts', 'list', '--case', 'KZ-2026-0142', '--item', 'EXH-001/1', '--json'], env);
    const image = (JSON.parse(listed.stdout) as Array<{ id: string }>)[0]!;
    const bytes = await tamgaIntoClosedPipe(
      ['--as', 'erlan', 'artifacts', 'show', image.id, '--case', 'KZ-2026-0142', '--bytes', '--justification', 'Pipe test'],
      env,
      1,
    );
    quiet(bytes);
    expect(bytes.stdout.length).toBeGreaterThan(0);
    expect(bytes.stdout.length).toBeLessThan(2 * 1024 * 1024);
  });

  it('artifacts --from and --to take a time with an offset, as the same instant in UTC', async () => {
    const list = (from: string, to: string) =>
      tamga(['--as', 'erlan', 'artifacts', '--case', 'KZ-2026-0142', '--from', from, '--to', to, '--json'], env);
    const offset = await list('2000-01-01T05:00+05:00', '2099-12-31T23:00:00-01:00');
    expect(offset.code, offset.stderr).toBe(0);
    const utc = await list('2000-01-01', '2100-01-01T00:00Z');
    expect(JSON.parse(offset.stdout)).toEqual(JSON.parse(utc.stdout));
    const bad = await list('2000-01-01T05:00 +05:00', '2100-01-01');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('from: an ISO 8601 date, or a time in UTC or with an offset');
  });

  it("case mail-hosts names the recipient side's own mail hosts, checks each entry, and case show lists them", async () => {
    const set = await tamga(['--as', 'erlan', 'case', 'mail-hosts', 'KZ-2026-0142', '*.MVD.kz', '195.210.46.0/24'], env);
    expect(set.code, set.stderr).toBe(0);
    // No e-mail in this case: nothing was read with the old settings.
    expect(set.stdout).toBe('*.mvd.kz\n195.210.46.0/24\n');
    const bad = await tamga(['--as', 'erlan', 'case', 'mail-hosts', 'KZ-2026-0142', 'mx.mvd.kz', 'mx mvd'], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('VALIDATION_FAILED');
    expect(bad.stderr).toContain('"mx mvd" is not a host name');
    const shown = await tamga(['--as', 'erlan', 'case', 'show', 'KZ-2026-0142'], env);
    expect(shown.stdout).toMatch(/^trustedMailHosts +\*\.mvd\.kz, 195\.210\.46\.0\/24$/m);
    const read = await tamga(['--as', 'erlan', 'case', 'mail-hosts', 'KZ-2026-0142', '--json'], env);
    expect(JSON.parse(read.stdout)).toEqual(['*.mvd.kz', '195.210.46.0/24']);
    const cleared = await tamga(['--as', 'erlan', 'case', 'mail-hosts', 'KZ-2026-0142', '--clear'], env);
    expect(cleared.stdout).toBe('No trusted mail hosts: an origin is the first public sender\n');
  });

  it('bank import creates a bank from a plain SHA-256 list (bad lines named), and matches shows the processed item', async () => {
    const list = join(db.dir, 'known-bad.txt');
    const digest = execFileSync('sha256sum', [join(db.dir, 'seized', 'DCIM', 'IMG_0001.jpg')])
      .toString()
      .split(' ')[0]!;
    writeFileSync(list, `# hotline list\n${digest}\nnot-a-hash\n`);
    const bankArgs = ['--meaning', 'known-illegal', '--source', 'hotline', '--licence', 'LE only'];
    const refused = await tamga(['--as', 'erlan', 'bank', 'import', list, '--bank', 'KNOWN_BAD', '--create', ...bankArgs], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('ROLE_FORBIDDEN');
    const imported = await tamga(['--as', 'admin', 'bank', 'import', list, '--bank', 'KNOWN_BAD', '--create', ...bankArgs, '--json'], env);
    expect(imported.code, imported.stderr).toBe(2);
    expect(JSON.parse(imported.stdout)).toMatchObject({
      format: 'plain',
      version: 1,
      added: 1,
      invalid: 1,
      invalidLines: [{ line: 3 }],
      bank: { name: 'KNOWN_BAD', meaning: 'known-illegal' },
    });
    const listed = await tamga(['--as', 'erlan', 'bank', 'list', '--json'], env);
    expect(JSON.parse(listed.stdout)).toMatchObject([{ name: 'KNOWN_BAD', version: 1, entries: { sha256: 1 } }]);
    const matches = await tamga(['--as', 'erlan', 'matches', '--case', 'KZ-2026-0142', '--wait', '--json'], env);
    expect(matches.code, matches.stderr).toBe(0);
    expect(JSON.parse(matches.stdout)).toMatchObject({
      matches: [{ bankName: 'KNOWN_BAD', signal: 'sha256', value: digest, distance: 0 }],
      items: [{ exhibitNumber: 'EXH-001/1', protected: true }],
    });
    const exported = await tamga(['--as', 'erlan', 'bank', 'export', '--case', 'KZ-2026-0142'], env);
    expect(exported.code, exported.stderr).toBe(0);
    expect(exported.stdout.split('\n')[0]).toBe('md5,sha1,sha256,pdq,label');
    expect(exported.stdout).toContain(digest);
  });

  it('matches --item takes an exhibit number or id, and names an exhibit the case does not have', async () => {
    const matches = (item: string) => tamga(['--as', 'erlan', 'matches', '--case', 'KZ-2026-0142', '--item', item, '--json'], env);
    const image = await matches('EXH-001/1');
    expect(image.code, image.stderr).toBe(0);
    expect(JSON.parse(image.stdout)).toMatchObject({ matches: [{ bankName: 'KNOWN_BAD' }], items: [{ exhibitNumber: 'EXH-001/1' }] });
    const note = await matches('EXH-001/2');
    expect(note.code, note.stderr).toBe(0);
    expect(JSON.parse(note.stdout)).toMatchObject({ matches: [] });
    const unknown = await matches('EXH-009');
    expect(unknown.code, unknown.stdout).toBe(1);
    expect(unknown.stderr).toBe('tamga: No exhibit EXH-009 in this case\n');
  });

  it('evidence date-order reads a WhatsApp chat month first, keeps the choice, and is refused where no parser offers it', async () => {
    const chat = join(db.dir, 'WhatsApp Chat with Ann.txt');
    writeFileSync(chat, '3/6/18, 13:55 - Ann: first\n3/6/18, 13:56 - Bob: second\n');
    const taken = await tamga(['--as', 'zarina-examiner', 'ingest', '--case', 'KZ-2026-0142', chat, '--json'], env);
    expect(taken.code, taken.stderr).toBe(0);
    const exhibit = (JSON.parse(taken.stdout) as { items: Array<{ exhibitNumber: string }> }).items[0]!.exhibitNumber;
    const args = ['--as', 'erlan'];
    const inCase = ['--case', 'KZ-2026-0142'];
    expect((await tamga([...args, 'process', ...inCase, '--wait'], env)).code).toBe(0);
    const localTimes = async () => {
      const listed = await tamga([...args, 'artifacts', 'list', ...inCase, '--item', exhibit, '--type', 'message', '--json'], env);
      return (JSON.parse(listed.stdout) as Array<{ fields: { localTime: string } }>).map((a) => a.fields.localTime);
    };
    expect(await localTimes()).toEqual(['2018-06-03T13:55:00', '2018-06-03T13:56:00']);

    const chosen = await tamga([...args, 'evidence', 'date-order', exhibit, 'month-first', ...inCase], env);
    expect(chosen.code, chosen.stderr).toBe(0);
    expect(chosen.stdout).toBe(`${exhibit}: done whatsapp.txt@3, 4 artefacts, 0 items; dates read month first, as chosen\n`);
    expect(await localTimes()).toEqual(['2018-03-06T13:55:00', '2018-03-06T13:56:00']);
    const again = await tamga([...args, 'evidence', 'date-order', exhibit, 'month-first', ...inCase], env);
    expect([again.code, again.stdout]).toEqual([
      0,
      `${exhibit}: dates are already set to be read month-first; not read again (last run: done)\n`,
    ]);
    const shown = await tamga([...args, 'evidence', 'show', exhibit, ...inCase], env);
    expect(shown.stdout).toMatch(/processing\s+done whatsapp\.txt@3, 4 artefacts, 0 items; dates read month first, as chosen/);

    const wrong = await tamga([...args, 'evidence', 'date-order', exhibit, 'sideways', ...inCase], env);
    expect([wrong.code, wrong.stderr]).toEqual([1, 'tamga: The order is day-first, month-first or auto, not sideways\n']);
    // A name every object answers to is no order either.
    const inherited = await tamga([...args, 'evidence', 'date-order', exhibit, 'toString', ...inCase], env);
    expect([inherited.code, inherited.stderr]).toEqual([1, 'tamga: The order is day-first, month-first or auto, not toString\n']);
    const refused = await tamga([...args, 'evidence', 'date-order', 'EXH-001/2', 'day-first', ...inCase], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/READING_CHOICE_UNSUPPORTED.*EXH-001\/2 is read by text\.plain, which offers no choices/);
    expect(await localTimes()).toEqual(['2018-03-06T13:55:00', '2018-03-06T13:56:00']);
  });

  it('local mode needs an existing user', async () => {
    const run = await tamga(['--as', 'ghost', 'case', 'list'], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('USER_NOT_FOUND');
  });
});

describe('tamga verify catches tampering done directly in the database', { timeout: 120_000 }, () => {
  async function instanceWithEvents(): Promise<{ db: TestDatabase; env: Record<string, string> }> {
    const db = createTestDatabase();
    const env = envWithCheckpoints(db);
    const { createContext, initialise, loadConfig } = await import('@tamga/server');
    const { createCase, createUser } = await import('@tamga/core');
    const context = await createContext(loadConfig(env));
    await initialise(context, { adminPassword: 'Init-Str0ng-Passw0rd' });
    const admin = { userId: '', username: 'admin', role: 'admin' as const, sessionId: null, mustChangePassword: false };
    admin.userId = (await context.store.transaction((tx) => tx.users.byUsername('admin')))!.id;
    const lead = (
      await createUser(context.deps, admin, { username: 'lead', displayName: '', role: 'investigator', password: 'Kerey-Str0ng-Passw0rd' })
    ).user;
    const actor = { userId: lead.id, username: 'lead', role: 'investigator' as const, sessionId: null, mustChangePassword: false };
    for (let i = 0; i < 20; i++) {
      await createCase(context.deps, actor, {
        reference: `KZ-${i}`,
        title: `Case ${i}`,
        country: 'KZ',
        timeZone: 'Asia/Almaty',
        offences: [{ framework: 'NATIONAL', country: 'KZ', code: '190' }],
      });
    }
    await context.close();
    return { db, env };
  }

  async function tamper(db: TestDatabase, statements: string[]): Promise<void> {
    const store = await openStore(db.url, { ...(db.schema ? { schema: db.schema } : {}), migrate: false });
    const drops =
      store.dialect === 'sqlite'
        ? ['DROP TRIGGER ledger_events_no_update', 'DROP TRIGGER ledger_events_no_delete']
        : ['DROP TRIGGER ledger_events_append_only ON ledger_events'];
    for (const statement of [...drops, ...statements]) await sql.raw(statement).execute(store.db);
    await store.close();
  }

  async function verify(env: Record<string, string>): Promise<Run> {
    return tamga(['verify'], env);
  }

  it('an intact ledger verifies, with its checkpoints', async () => {
    const { db, env } = await instanceWithEvents();
    const run = await verify(env);
    expect(run.code, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Ledger intact: 4\d events, 1 signed checkpoints/);
    await db.drop();
  });

  it('a changed row is named', async () => {
    const { db, env } = await instanceWithEvents();
    await tamper(db, [`UPDATE ledger_events SET actor_name = 'someone-else' WHERE seq = 17`]);
    const run = await verify(env);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('LEDGER BROKEN at event 17');
    await db.drop();
  });

  it('a deleted row is named', async () => {
    const { db, env } = await instanceWithEvents();
    await tamper(db, ['DELETE FROM ledger_events WHERE seq = 12']);
    const run = await verify(env);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('LEDGER BROKEN at event 12');
    await db.drop();
  });

  it('two swapped rows are named', async () => {
    const { db, env } = await instanceWithEvents();
    await tamper(db, [
      'UPDATE ledger_events SET seq = -1 WHERE seq = 8',
      'UPDATE ledger_events SET seq = 8 WHERE seq = 9',
      'UPDATE ledger_events SET seq = 9 WHERE seq = -1',
    ]);
    const run = await verify(env);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('LEDGER BROKEN at event 8');
    await db.drop();
  });

  it('a deleted tail is caught by the signed checkpoint', async () => {
    const { db, env } = await instanceWithEvents();
    // Keep everything up to the checkpoint's size minus a few: the chain that is left is internally consistent.
    await tamper(db, ['DELETE FROM ledger_events WHERE seq > 20']);
    const run = await verify(env);
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/LEDGER BROKEN at event 25: .*events were removed from the end/);
    await db.drop();
  });
});
