import { createHash } from 'node:crypto';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sqliteFiles } from './sqlite-files';

const SAMPLE = new URL('../../../../shared/samples/browser/plaso_chrome_History', import.meta.url).pathname;

describe('sqliteFiles', () => {
  it('reads a copy, gives 64-bit integers exactly, and leaves the original untouched', async () => {
    const before = createHash('sha256')
      .update(await readFile(SAMPLE))
      .digest('hex');
    const work = await mkdtemp(join(tmpdir(), 'tamga-sqlite-test-'));
    const db = await sqliteFiles(work).open(SAMPLE);
    expect(db.tables()).toContain('visits');
    expect(db.columns('visits')).toContain('visit_time');
    const [row] = db.all('SELECT visit_time FROM visits WHERE id = ?', [21], { bigints: true });
    expect(row!.visit_time).toBe(12950613270990943n);
    expect([...db.iterate('SELECT id FROM urls')].length).toBe(55);
    db.close();
    expect(
      createHash('sha256')
        .update(await readFile(SAMPLE))
        .digest('hex'),
    ).toBe(before);
    // The working copy is removed in the background after close: on a loaded machine that takes more than a moment.
    for (let waited = 0; (await readdir(work)).length > 0 && waited < 10_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    expect(await readdir(work)).toEqual([]);
  });

  it('refuses a file that is not a database, with a clear reason', async () => {
    const work = await mkdtemp(join(tmpdir(), 'tamga-sqlite-test-'));
    const bogus = join(work, 'History');
    await writeFile(bogus, 'SQLite format 3\u0000 but then garbage'.repeat(200));
    await expect(sqliteFiles(work).open(bogus)).rejects.toThrow(/not a readable SQLite database/);
  });
});
