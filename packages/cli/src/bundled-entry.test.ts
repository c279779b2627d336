// The tamga bin's bundle of a TypeScript entry point: built on first use, reused while its sources are unchanged,
// rebuilt when one changes, each source file's import.meta.url still its own, packages found from the repository.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleOf } from '../../../scripts/bundled-entry.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const SCRIPT = pathToFileURL(join(ROOT, 'scripts/bundled-entry.js')).href;

describe('bundled entry points', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tamga-bundle-'));
  // Under the repository, as the real cache is: the bundle's imports of packages resolve from there.
  const cache = join(ROOT, 'node_modules', '.cache', `tamga-test-${process.pid}`);
  const previous = process.env.TAMGA_BUNDLE_CACHE;
  process.env.TAMGA_BUNDLE_CACHE = cache;
  afterAll(() => {
    if (previous === undefined) delete process.env.TAMGA_BUNDLE_CACHE;
    else process.env.TAMGA_BUNDLE_CACHE = previous;
    rmSync(dir, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
  });
  /** A later time than any write before it, whatever the file system's clock granularity. */
  const touch = (path: string) => utimesSync(path, new Date(), new Date(Date.now() + 5_000));

  it('builds once, keeps each file its own import.meta.url, and rebuilds when a source changes', async () => {
    mkdirSync(join(dir, 'lib'));
    const entry = join(dir, 'entry.ts');
    const part = join(dir, 'lib', 'part.ts');
    writeFileSync(
      entry,
      "import { z } from 'zod';\nimport { where, word } from './lib/part';\nexport const seen: string = `${z.string().parse(word)} ${where}`;\n",
    );
    writeFileSync(part, "export const word: string = 'first';\nexport const where = import.meta.url;\n");

    const bundle = await bundleOf(entry);
    expect(bundle!.startsWith(cache)).toBe(true);
    const first = (await import(pathToFileURL(bundle!).href)) as { seen: string };
    expect(first.seen).toBe(`first ${pathToFileURL(part).href}`);
    const built = statSync(bundle!).mtimeMs;

    expect(await bundleOf(entry)).toBe(bundle);
    expect(statSync(bundle!).mtimeMs).toBe(built);

    writeFileSync(part, "export const word: string = 'second';\nexport const where = import.meta.url;\n");
    touch(part);
    const rebuilt = await bundleOf(entry);
    expect(rebuilt).not.toBe(bundle);
    expect(readFileSync(rebuilt!, 'utf8')).toContain('second');
    const second = (await import(pathToFileURL(rebuilt!).href)) as { seen: string };
    expect(second.seen).toBe(`second ${pathToFileURL(part).href}`);
  });

  it('builds the same from another working folder, and makes none when told not to', () => {
    const entry = join(dir, 'elsewhere.ts');
    writeFileSync(entry, "export const fine: string = 'yes';\n");
    const run = (env: NodeJS.ProcessEnv) =>
      execFileSync(process.execPath, ['--input-type=module', '-e', `console.log(await (await import('${SCRIPT}')).bundleOf('${entry}'))`], {
        cwd: tmpdir(),
        env: { ...process.env, ...env },
        encoding: 'utf8',
      }).trim();
    expect(run({}).startsWith(cache)).toBe(true);
    expect(run({ TAMGA_BUNDLE: 'off' })).toBe('null');
  });

  it('gives no bundle, rather than the last one, once a source does not compile (tsx then runs it and says why)', async () => {
    const entry = join(dir, 'broken.ts');
    writeFileSync(entry, 'export const fine = 1;\n');
    expect(await bundleOf(entry)).not.toBeNull();
    writeFileSync(entry, 'export const = ;\n');
    touch(entry);
    expect(await bundleOf(entry)).toBeNull();
  });
});
