// tamga evidence show on a container whose own processing went well while items derived from it failed: an
// archive holding compression bombs says so on its own page, with each failed member named on a line of its own;
// tamga evidence list says so in its processing column.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@tamga/storage';
import { buildZip, zerosMember } from '@tamga/parsers/testing';
import { envFor, openCliCase, tamga } from './test-run';

describe('tamga evidence show and list: the items derived from an exhibit', { timeout: 180_000 }, () => {
  const db = createTestDatabase();
  const env = envFor(db);
  afterAll(() => db.drop());

  it('counts them by state and names the first that failed, a hostile name kept to one line', async () => {
    await openCliCase(env, db.dir, 'KZ-BOMB-1', 'Архив', '2-78/2026');
    const as = ['--as', 'erlan'];

    // 16 MiB of zeros deflate about 1030-fold, past the entry ratio limit (1000): each inner archive fails, the outer
    // one is done. The first bomb's name holds a C1 control (CSI), which neither the member path nor JSON quoting removes.
    const bomb = buildZip([await zerosMember('zeros.bin', 16 * 1024 * 1024)]);
    const outer = join(db.dir, 'outer.zip');
    writeFileSync(
      outer,
      buildZip([
        { name: 'inner\u009b2J.zip', data: bomb },
        { name: 'notes.txt', data: 'обычный текст' },
        { name: 'second.zip', data: bomb },
      ]),
    );
    // Beside it: an archive whose members all go well (EXH-002), and a folder holding a bomb and a text (EXH-003).
    const good = join(db.dir, 'good.zip');
    writeFileSync(
      good,
      buildZip([
        { name: 'a.txt', data: 'один' },
        { name: 'b.txt', data: 'два' },
      ]),
    );
    const folder = join(db.dir, 'seized');
    mkdirSync(folder);
    writeFileSync(join(folder, 'bomb.zip'), bomb);
    writeFileSync(join(folder, 'notes.txt'), 'заметки');
    for (const path of [outer, good, folder]) {
      const taken = await tamga([...as, 'ingest', '--case', 'KZ-BOMB-1', '--no-progress', path], env);
      expect(taken.code, taken.stderr).toBe(0);
    }
    const processed = await tamga([...as, 'process', '--case', 'KZ-BOMB-1', '--wait'], env);
    expect(processed.code, processed.stdout + processed.stderr).toBe(2);

    const shown = await tamga([...as, 'evidence', 'show', 'EXH-001', '--case', 'KZ-BOMB-1'], env);
    expect(shown.code, shown.stderr).toBe(0);
    expect(shown.stdout).toMatch(/^processing\s+done archive\.zip@/m);
    expect(shown.stdout).toMatch(/^derived items\s+3 \(2 failed, 1 done\)$/m);
    const failed = shown.stdout.split('\n').filter((line) => line.startsWith('failed '));
    expect(failed).toEqual([
      expect.stringMatching(
        /^failed 1\s+EXH-001\/1 inner\\u009b2J\.zip: member "zeros\.bin" expands 10\d\d-fold .*a compression bomb is likely$/,
      ),
      expect.stringMatching(/^failed 2\s+EXH-001\/3 second\.zip: member "zeros\.bin" expands/),
    ]);
    expect(shown.stdout).not.toContain('\u009b');

    // A member with nothing derived from it shows no such line; --json carries the counts.
    const leaf = await tamga([...as, 'evidence', 'show', 'EXH-001/2', '--case', 'KZ-BOMB-1'], env);
    expect(leaf.stdout).not.toContain('derived items');
    const json = await tamga([...as, 'evidence', 'show', 'EXH-001', '--case', 'KZ-BOMB-1', '--json'], env);
    expect(JSON.parse(json.stdout).derived).toMatchObject({ items: 3, counts: { failed: 2, done: 1, pending: 0 }, skipped: [] });

    // The list's processing column: the container done, and how many of its derived items failed; an archive whose
    // members all went well is just done; a folder has no state of its own, only what became of its files.
    const listed = await tamga([...as, 'evidence', 'list', '--case', 'KZ-BOMB-1'], env);
    expect(listed.code, listed.stderr).toBe(0);
    const row = (exhibit: string) => listed.stdout.split('\n').find((line) => line.startsWith(`${exhibit} `)) ?? '';
    expect(row('EXH-001')).toMatch(/\sdone · 2 of 3 derived failed(\s|$)/);
    expect(row('EXH-002')).toMatch(/\sdone(\s|$)/);
    expect(row('EXH-002')).not.toContain('derived');
    expect(row('EXH-003')).toMatch(/\s1 of 2 inside failed(\s|$)/);
    // A member that failed, and nothing derived from it: its own state only; --json carries the counts, or null.
    const members = await tamga([...as, 'evidence', 'list', '--case', 'KZ-BOMB-1', '--parent', 'EXH-001'], env);
    expect(members.stdout.split('\n').find((line) => line.startsWith('EXH-001/1 '))).toMatch(/\sfailed(\s|$)/);
    expect(members.stdout).not.toContain('derived');
    const listedJson = JSON.parse((await tamga([...as, 'evidence', 'list', '--case', 'KZ-BOMB-1', '--json'], env)).stdout) as Array<{
      exhibitNumber: string;
      derived: unknown;
    }>;
    expect(Object.fromEntries(listedJson.map((entry) => [entry.exhibitNumber, entry.derived]))).toEqual({
      'EXH-001': { items: 3, failed: 2, skipped: 0 },
      'EXH-002': null,
      'EXH-003': { items: 2, failed: 1, skipped: 0 },
    });
  });
});
