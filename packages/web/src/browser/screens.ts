// Screenshots of the browser walks, one folder per language, for people to look at (test-results/ is git-ignored);
// and before each, a check that no translation key is on screen in place of words.
import { readdir } from 'node:fs/promises';
import { mkdir } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';

export const SCREENSHOTS = resolve(import.meta.dirname, '../../../../test-results/screenshots');
const SOURCE = resolve(import.meta.dirname, '..');

type Messages = { [key: string]: string | Messages };
let sections: Promise<Set<string>> | undefined;

/** Every path of a nested section in the translations ("overview", "ledger.report", …), from the *.locale.ts files. */
function translationSections(): Promise<Set<string>> {
  sections ??= (async () => {
    const found = new Set<string>();
    const walk = (messages: Messages, path: string) => {
      for (const [key, value] of Object.entries(messages)) {
        if (typeof value === 'string') continue;
        const here = path ? `${path}.${key}` : key;
        found.add(here);
        walk(value, here);
      }
    };
    const files = (await readdir(SOURCE, { recursive: true })).filter((f) => f.endsWith('.locale.ts'));
    for (const file of files) {
      const module = (await import(pathToFileURL(resolve(SOURCE, file)).href)) as { en: Messages };
      walk(module.en, '');
    }
    return found;
  })();
  return sections;
}

/**
 * Fails when the page shows what looks like a translation key instead of words: i18next shows a missing key as
 * itself, e.g. "overview.finishd". Text inside code, pre, kbd and samp (identifiers, hashes, JSON) is not words.
 */
export async function assertNoRawKeys(page: Page): Promise<void> {
  const known = await translationSections();
  const text = await page.evaluate(() => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('code, pre, kbd, samp, script, style')) continue;
      parts.push(node.textContent ?? '');
    }
    return parts.join(' ');
  });
  const suspects = [...text.matchAll(/[A-Za-z][\w-]*(?:\.[\w-]+)+/g)]
    .map((m) => m[0])
    .filter((token) => {
      const segments = token.split('.');
      return segments.slice(1).some((_, i) => known.has(segments.slice(0, i + 1).join('.')));
    });
  if (suspects.length > 0) throw new Error(`Untranslated keys on ${page.url()}: ${[...new Set(suspects)].join(', ')}`);
}

/** Saves the whole page as <repo>/test-results/screenshots/<lang>/<name>.png, lang being the page's language. */
export async function shoot(page: Page, name: string): Promise<string> {
  await assertNoRawKeys(page);
  const lang = await page.evaluate(async () => {
    await document.fonts.ready;
    return document.documentElement.lang || 'unknown';
  });
  const path = resolve(SCREENSHOTS, lang, `${name}.png`);
  await mkdir(dirname(path), { recursive: true });
  await page.screenshot({ path, fullPage: true, caret: 'hide', animations: 'disabled' });
  return path;
}
