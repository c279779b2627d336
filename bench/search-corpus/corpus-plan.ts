// The plan of the bench/search corpus: three cases of very different sizes, their items (phones, mailboxes,
// computers) of Zipf-like sizes, owners, contacts and the phone numbers, cards, wallets and links mentioned in
// texts, so that filters by case, item, account and entity have something realistic to select.
import { latin, type Person, person, phoneFor } from './person';
import { Rng } from './rng';
import { type Language, VOCABULARY } from './vocabulary';

export interface CorpusItem {
  id: string;
  caseId: string;
  /** What the item is; decides the mix of artefact types in it. */
  kind: 'phone' | 'mailbox' | 'computer';
  owner: Person;
  docs: number;
}

export interface CorpusCase {
  id: string;
  name: string;
  languages: ReadonlyArray<readonly [Language, number]>;
  docs: number;
  owners: Person[];
  contacts: Person[];
  items: CorpusItem[];
  /** Phone numbers, cards, wallets and links mentioned in texts, most mentioned first (Zipf). */
  mentionedPhones: string[];
  cards: string[];
  wallets: string[];
  links: string[];
}

export interface CorpusPlan {
  seed: number;
  docs: number;
  cases: CorpusCase[];
  /** Everything indexed lies in [from, to). */
  from: string;
  to: string;
}

export const FROM = Date.UTC(2023, 0, 1);
export const TO = Date.UTC(2025, 0, 1);

const CASE_SPECS = [
  {
    name: 'Almaty fraud ring',
    share: 0.8,
    languages: [
      ['ru', 0.55],
      ['kk', 0.25],
      ['en', 0.1],
      ['uz', 0.05],
      ['uzc', 0.05],
    ] as const,
    owners: 3,
    contacts: 60,
    items: ['phone', 'phone', 'phone', 'phone', 'phone', 'mailbox', 'mailbox', 'computer', 'phone', 'phone', 'computer', 'phone'] as const,
  },
  {
    name: 'Tashkent drug channel',
    share: 0.15,
    languages: [
      ['uz', 0.4],
      ['uzc', 0.25],
      ['ru', 0.3],
      ['en', 0.05],
    ] as const,
    owners: 2,
    contacts: 25,
    items: ['phone', 'phone', 'mailbox', 'phone', 'computer'] as const,
  },
  {
    name: 'Crypto extortion',
    share: 0.05,
    languages: [
      ['en', 0.45],
      ['ru', 0.35],
      ['kk', 0.1],
      ['uz', 0.1],
    ] as const,
    owners: 2,
    contacts: 15,
    items: ['phone', 'computer', 'mailbox'] as const,
  },
];

function uuid(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => rng.int(16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

function base58(rng: Rng, n: number): string {
  const alphabet = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
  let out = '';
  for (let i = 0; i < n; i++) out += alphabet[rng.int(alphabet.length)];
  return out;
}

/** The cases, items and people of a corpus of `docs` documents. */
export function corpusPlan(docs: number, seed = 2026): CorpusPlan {
  const rng = new Rng(seed);
  let left = docs;
  const cases = CASE_SPECS.map((spec, c): CorpusCase => {
    const size = c === CASE_SPECS.length - 1 ? left : Math.round(docs * spec.share);
    left -= size;
    const id = uuid(rng);
    const pickLang = () => rng.weighted(spec.languages);
    const owners = Array.from({ length: spec.owners }, () => person(rng, spec.languages[0][0]));
    const contacts = Array.from({ length: spec.contacts }, () => person(rng, pickLang()));
    // Items of Zipf-like sizes: the first phone holds the most.
    const weights = spec.items.map((_, i) => 1 / (i + 1.5));
    const sum = weights.reduce((a, b) => a + b, 0);
    let itemLeft = size;
    const items = spec.items.map((kind, i): CorpusItem => {
      const n = i === spec.items.length - 1 ? itemLeft : Math.round((size * weights[i]!) / sum);
      itemLeft -= n;
      return { id: uuid(rng), caseId: id, kind, owner: owners[i % owners.length]!, docs: n };
    });
    return {
      id,
      name: spec.name,
      languages: spec.languages,
      docs: size,
      owners,
      contacts,
      items,
      mentionedPhones: Array.from({ length: 3000 }, () => phoneFor(rng, pickLang())),
      cards: Array.from({ length: 500 }, () => `4${rng.pick(['400', '405', '149', '276'])}${rng.digits(12)}`),
      wallets: Array.from({ length: 200 }, () => `bc1q${base58(rng, 38).toLowerCase()}`),
      links: Array.from({ length: 300 }, (_, i) =>
        rng.chance(0.5)
          ? `https://t.me/${latin(rng.pick(VOCABULARY.en.slice(100, 5000)))}_${i}`
          : `https://${rng.pick(['kaspi.kz', 'olx.kz', 'binance.com', 'uzum.uz', 'drive.google.com'])}/${base58(rng, 10)}`,
      ),
    };
  });
  return { seed, docs, cases, from: new Date(FROM).toISOString(), to: new Date(TO).toISOString() };
}
