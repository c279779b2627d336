// The DejaVu fonts embedded in PDF letters: they cover Latin and Cyrillic (and Kazakh, Uzbek, Tajik letters),
// so names and addresses print in any of the region's scripts. They come from the npm package, resolved from
// this module, so the server finds them wherever it is installed.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface LetterFonts {
  regular: Buffer;
  bold: Buffer;
}

let cached: LetterFonts | undefined;

/** Read once per process: about 1 MB of TTF that every PDF letter needs. */
export function letterFonts(): LetterFonts {
  if (!cached) {
    const root = join(dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');
    cached = { regular: readFileSync(join(root, 'DejaVuSans.ttf')), bold: readFileSync(join(root, 'DejaVuSans-Bold.ttf')) };
  }
  return cached;
}
