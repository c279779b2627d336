// Every warning code a parser or the pipeline writes as a literal has words in English and Russian: a code without
// them falls back to the recorded English, which a Russian-speaking examiner would then read. Codes built from a
// template (`image.${key}_block_cut`) are checked by their variants in warning-text.test.ts.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, ru } from './evidence.warnings.locale';

const PACKAGES = resolve(import.meta.dirname, '../../../..');
const SOURCES = [join(PACKAGES, 'parsers/src'), join(PACKAGES, 'core/src/processing')];

async function literalCodes(): Promise<Map<string, string>> {
  const codes = new Map<string, string>();
  for (const root of SOURCES) {
    for (const file of await readdir(root, { recursive: true })) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
      const source = await readFile(join(root, file), 'utf8');
      for (const match of source.matchAll(/\bcode: '([a-z]+)\.([a-z0-9_]+)'/g)) codes.set(`${match[1]}.${match[2]}`, file);
    }
  }
  return codes;
}

/** The words for a code, or for its plural forms (`kind_other` is the form every language has). */
function words(messages: Record<string, unknown>, code: string): unknown {
  const [family, kind] = code.split('.') as [string, string];
  const kinds = messages[family] as Record<string, unknown> | undefined;
  return kinds?.[kind] ?? kinds?.[`${kind}_other`];
}

describe('warning codes', () => {
  it('has words in English and Russian for every literal code the parsers and the pipeline write', async () => {
    const codes = await literalCodes();
    expect(codes.size).toBeGreaterThan(50);
    const missing = [...codes]
      .filter(([code]) => typeof words(en.warnings, code) !== 'string' || typeof words(ru.warnings, code) !== 'string')
      .map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });
});
