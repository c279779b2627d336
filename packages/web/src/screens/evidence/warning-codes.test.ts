// Every warning code a parser or the pipeline writes as a literal has words in English and Russian: a code without
// them falls back to the recorded English, which a Russian-speaking examiner would then read. A code is any string
// literal `'family.kind'` whose family is one the words know, wherever it stands (`code: '…'`, an argument, a
// ternary's branch on the next line). Codes built from a template (`image.${key}_block_cut`) are checked by their
// variants in warning-text.test.ts.
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { en, ru } from './evidence.warnings.locale';

const PACKAGES = resolve(import.meta.dirname, '../../../..');
const SOURCES = [join(PACKAGES, 'parsers/src'), join(PACKAGES, 'core/src/processing')];

/** The families of codes: the sections of `warnings` that hold a code's words, not the phrases they take in. */
const FAMILIES = new Set(Object.keys(en.warnings).filter((key) => typeof en.warnings[key as keyof typeof en.warnings] === 'object'));
FAMILIES.delete('terms');
FAMILIES.delete('parts');

async function literalCodes(): Promise<Map<string, string>> {
  const codes = new Map<string, string>();
  for (const root of SOURCES) {
    for (const file of await readdir(root, { recursive: true })) {
      if (!file.endsWith('.ts') || file.endsWith('.test.ts')) continue;
      // Named like codes but none: a parser's id (`id: 'image.exif'`) and a custody event (`actorEvent(actor, …)`).
      const source = (await readFile(join(root, file), 'utf8')).replace(/\bid: '[^']*'/g, '').replace(/\bactorEvent\([^{]*\{/g, '');
      for (const match of source.matchAll(/['"`]([a-z][a-z0-9]*)\.([a-z0-9_]+)['"`]/g)) {
        if (FAMILIES.has(match[1]!)) codes.set(`${match[1]}.${match[2]}`, file);
      }
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
    // Written other than as `code: '…'`: as an argument, and as the branches of a ternary on lines of their own.
    for (const code of ['mbox.content_length_past_end', 'mbox.content_length_not_at_message', 'telegram.empty_chats_more'])
      expect(codes.has(code), code).toBe(true);
    const missing = [...codes]
      .filter(([code]) => typeof words(en.warnings, code) !== 'string' || typeof words(ru.warnings, code) !== 'string')
      .map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });
});
