// The tamga bin's bundle of a TypeScript entry point: built on first use, reused while its sources are unchanged,
// rebuilt when one changes, and each source file's import.meta.url still its own.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleOf } from '../../../scripts/bundled-entry.js';

describe('bundled entry points', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tamga-bundle-'));
  const cache = process.env.TAMGA_BUNDLE_CACHE;
  process.env.TAMGA_BUNDLE_CACHE = join(dir, 'cache');
  afterAll(() => {
    if (cache === undefined) delete process.env.TAMGA_BUNDLE_CACHE;
    else process.env.TAMGA_BUNDLE_CACHE = cache;
    rmSync(dir, { recursive: true, force: true });
  });

  it('builds once, keeps each file its own import.meta.url, and rebuilds when a source changes', async () => {
    mkdirSync(join(dir, 'lib'));
    const entry = join(dir, 'entry.ts');
    const part = join(dir, 'lib', 'part.ts');
    writeFileSync(entry, "import { where, word } from './lib/part';\nexport const seen: string = `${word} ${where}`;\n");
    writeFileSync(part, "export const word: string = 'first';\nexport const where = import.meta.url;\n");

    const bundle = await bundleOf(entry);
    expect(bundle!.startsWith(join(dir, 'cache'))).toBe(true);
    const first = (await import(`${pathToFileURL(bundle!).href}?1`)) as { seen: string };
    expect(first.seen).toBe(`first ${pathToFileURL(part).href}`);
    const built = statSync(bundle!).mtimeMs;

    expect(await bundleOf(entry)).toBe(bundle);
    expect(statSync(bundle!).mtimeMs).toBe(built);

    writeFileSync(part, "export const word: string = 'second';\nexport const where = import.meta.url;\n");
    // A later time than the first write, whatever the file system's clock granularity.
    utimesSync(part, new Date(), new Date(Date.now() + 5_000));
    expect(await bundleOf(entry)).toBe(bundle);
    expect(readFileSync(bundle!, 'utf8')).toContain('second');
    const second = (await import(`${pathToFileURL(bundle!).href}?2`)) as { seen: string };
    expect(second.seen).toBe(`second ${pathToFileURL(part).href}`);
  });

  it('gives no bundle, rather than the last one, once a source does not compile (tsx then runs it and says why)', async () => {
    const entry = join(dir, 'broken.ts');
    writeFileSync(entry, 'export const fine = 1;\n');
    expect(await bundleOf(entry)).not.toBeNull();
    writeFileSync(entry, 'export const = ;\n');
    utimesSync(entry, new Date(), new Date(Date.now() + 5_000));
    expect(await bundleOf(entry)).toBeNull();
  });
});
