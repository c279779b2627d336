// tamga evidence show on a container whose own processing went well while items derived from it failed: an
// archive holding compression bombs says so on its own page, with each failed member named on a line of its own.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@tamga/storage';
import { buildZip, zerosMember } from '@tamga/parsers/testing';
import { envFor, openCliCase, tamga } from './test-run';

describe('tamga evidence show: the items derived from an exhibit', { timeout: 180_000 }, () => {
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
    const taken = await tamga([...as, 'ingest', '--case', 'KZ-BOMB-1', outer], env);
    expect(taken.code, taken.stderr).toBe(0);
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
  });
});
