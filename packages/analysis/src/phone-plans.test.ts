// Covers phone-plans.ts: on random numbers shaped like the region's, it gives libphonenumber's own answer.
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/max';
import { describe, expect, it } from 'vitest';
import { parseWithPlans, type PlanParse } from './phone-plans';

function reference(text: string, region?: CountryCode): PlanParse | null {
  const parsed = region ? parsePhoneNumberFromString(text, region) : parsePhoneNumberFromString(text);
  const type = parsed?.getType();
  if (!parsed || !type) return null;
  const out: PlanParse = { e164: parsed.number, type, nationalNumber: parsed.nationalNumber };
  if (parsed.country) out.country = parsed.country;
  return out;
}

/** A small seeded generator, so that a failure names an input that can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REGIONS: CountryCode[] = ['KZ', 'RU', 'KG', 'TJ', 'TM', 'UZ'];
// Leading digits that reach the interesting parts of the plans: mobile and fixed ranges, trunk prefixes, unassigned
// blocks, and numbers that start like a calling code.
const HEADS = ['', '8', '0', '7', '70', '77', '9', '3', '4', '6', '1', '2', '5', '87', '89', '07', '05', '99', '998', '996', '810', '00'];

function digits(next: () => number, length: number): string {
  let out = '';
  for (let i = 0; i < length; i++) out += String(Math.floor(next() * 10));
  return out;
}

describe('parseWithPlans', () => {
  it('agrees with libphonenumber on national numbers of the six plans', () => {
    const next = random(42);
    let decided = 0;
    for (let i = 0; i < 12_000; i++) {
      const region = REGIONS[i % REGIONS.length]!;
      const head = HEADS[Math.floor(next() * HEADS.length)]!;
      const text = head + digits(next, 6 + Math.floor(next() * 8) - Math.min(head.length, 3));
      const fast = parseWithPlans(text, region);
      if (fast === undefined) continue;
      decided++;
      expect([text, region, fast]).toEqual([text, region, reference(text, region)]);
    }
    expect(decided).toBeGreaterThan(8_000);
  });

  it('agrees with libphonenumber on international numbers', () => {
    const next = random(7);
    let decided = 0;
    for (let i = 0; i < 12_000; i++) {
      const code = ['7', '7', '7', '996', '992', '993', '998', '994', '1'][i % 9]!;
      const head = ['', '7', '70', '77', '9', '3', '4', '6', '8', '0', '5', '2'][Math.floor(next() * 12)]!;
      const text = '+' + code + head + digits(next, 5 + Math.floor(next() * 8));
      const fast = parseWithPlans(text);
      if (fast === undefined) continue;
      decided++;
      expect([text, fast]).toEqual([text, reference(text)]);
    }
    expect(decided).toBeGreaterThan(8_000);
  });

  it('gives the FORMATS.md §9.5 vectors', () => {
    expect(parseWithPlans('+77012345678')).toMatchObject({ e164: '+77012345678', country: 'KZ', type: 'MOBILE' });
    expect(parseWithPlans('+77272588300')).toMatchObject({ country: 'KZ', type: 'FIXED_LINE' });
    expect(parseWithPlans('+79123456789')).toMatchObject({ country: 'RU', type: 'MOBILE' });
    expect(parseWithPlans('+996700123456')).toMatchObject({ country: 'KG' });
    expect(parseWithPlans('+992917123456')).toMatchObject({ country: 'TJ' });
    expect(parseWithPlans('+99365123456')).toMatchObject({ country: 'TM', type: 'MOBILE' });
    expect(parseWithPlans('+998901234567')).toMatchObject({ country: 'UZ' });
    expect(parseWithPlans('+76001234567')).toBeNull();
    expect(parseWithPlans('+77031234567')).toBeNull();
    expect(parseWithPlans('87012345678', 'KZ')).toMatchObject({ e164: '+77012345678', nationalNumber: '7012345678' });
    expect(parseWithPlans('0700123456', 'KG')).toMatchObject({ e164: '+996700123456' });
    expect(parseWithPlans('865123456', 'TM')).toMatchObject({ e164: '+99365123456' });
  });

  it('leaves what it does not model to libphonenumber', () => {
    expect(parseWithPlans('+8613662615434')).toBeUndefined();
    expect(parseWithPlans('13662615434', 'CN')).toBeUndefined();
    expect(parseWithPlans('77012345678', 'KZ')).toBeUndefined();
    expect(parseWithPlans('81099365123456', 'KZ')).toBeUndefined();
  });
});
