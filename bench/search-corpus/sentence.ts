// Sentences for the bench/search corpus: words drawn from each language's vocabulary by a Zipf-Mandelbrot law,
// Uzbek okina typed the ways people type it, so that documents have the word frequencies of real chats.
import { type Rng } from './rng';
import { LANGUAGES, type Language, VOCABULARY } from './vocabulary';
import { Zipf } from './zipf';

const ZIPF: Record<Language, Zipf> = Object.fromEntries(LANGUAGES.map((lang) => [lang, new Zipf(VOCABULARY[lang].length, 1.05)])) as Record<
  Language,
  Zipf
>;

/** How people type the Uzbek ʻ: mostly an ASCII apostrophe or a typographic one. */
const OKINA_SPELLINGS = ["'", "'", "'", '’', 'ʻ', '‘', '`'];

function typeUzbek(rng: Rng, word: string): string {
  return word.includes('ʻ') ? word.replaceAll('ʻ', rng.pick(OKINA_SPELLINGS)) : word;
}

export function sentence(rng: Rng, lang: Language, words: number): string {
  const vocabulary = VOCABULARY[lang];
  const zipf = ZIPF[lang];
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    let word = vocabulary[zipf.sample(rng)]!;
    if (lang === 'uz') word = typeUzbek(rng, word);
    if (i === 0 && rng.chance(0.4)) word = word[0]!.toUpperCase() + word.slice(1);
    out.push(word);
  }
  let text = out.join(' ');
  if (rng.chance(0.5)) text += rng.pick(['.', '?', '!', '...', ')', ' 👍', ' ))']);
  return text;
}
