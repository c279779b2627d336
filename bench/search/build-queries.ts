// The query set of bench/search, drawn from the corpus plan with a fixed seed: rare, medium and common words, AND, OR,
// NOT, phrases, prefixes, every filter, the three sorts and deep pages, mostly in the biggest case where the work is,
// so that every run and every database answers the same queries.
import { type SearchQuery, type SearchSort } from '@tamga/core';
import { COLLOCATIONS, VOCABULARY, Rng, type CorpusCase, type CorpusPlan, type Language } from '../search-corpus';
import { type BenchQuery, PAGE } from './bench-query';

export function buildQueries(plan: CorpusPlan): BenchQuery[] {
  const rng = new Rng(7);
  const out: BenchQuery[] = [];
  const sorts: SearchSort[] = ['relevance', 'time_desc', 'time_asc'];
  let turn = 0;
  const nextSort = () => sorts[turn++ % sorts.length]!;
  // Mostly the big case, where the work is.
  const pickCase = (): CorpusCase =>
    rng.weighted([
      [plan.cases[0]!, 0.7],
      [plan.cases[1]!, 0.2],
      [plan.cases[2]!, 0.1],
    ]);
  const lang = (c: CorpusCase): Language => rng.weighted(c.languages);
  const word = (l: Language, from: number, to: number) => VOCABULARY[l][from + rng.int(Math.min(to, VOCABULARY[l].length) - from)]!;
  const common = (l: Language) => word(l, 0, 12);
  const medium = (l: Language) => word(l, 40, 400);
  const rare = (l: Language) => word(l, Math.floor(VOCABULARY[l].length / 2), VOCABULARY[l].length);
  const add = (cls: string, kase: CorpusCase, text: string, more: Partial<SearchQuery> = {}, skip?: number) =>
    out.push({ cls, query: { caseId: kase.id, text, limit: PAGE, sort: more.sort ?? nextSort(), ...more }, ...(skip ? { skip } : {}) });
  const times = (n: number, f: (i: number) => void) => Array.from({ length: n }, (_, i) => f(i));
  const written = (phone: string) =>
    rng.chance(0.5) ? phone : `"${phone.slice(0, -7)} ${phone.slice(-7, -4)} ${phone.slice(-4, -2)} ${phone.slice(-2)}"`;
  const dayMs = 86_400_000;
  const window = (days: number) => {
    const from = Date.parse(plan.from) + rng.next() * (Date.parse(plan.to) - Date.parse(plan.from) - days * dayMs);
    const iso = (ms: number) => `${new Date(ms).toISOString().slice(0, 19)}.000000Z`;
    return { from: iso(from), to: iso(from + days * dayMs) };
  };

  times(20, (i) => {
    const c = pickCase();
    if (i < 12) add('rare word', c, rare(lang(c)));
    else if (i < 17) add('rare word', c, written(c.mentionedPhones[1000 + rng.int(2000)]!));
    else add('rare word', c, c.contacts[c.contacts.length - 1 - rng.int(5)]!.email.slice(6));
  });
  times(15, () => {
    const c = pickCase();
    add('medium word', c, medium(lang(c)));
  });
  times(15, () => {
    const c = pickCase();
    add('common word, relevance', c, rng.chance(0.2) ? rng.pick(['telegram', 'whatsapp', 'email']) : common(lang(c)), {
      sort: 'relevance',
    });
  });
  times(15, (i) => {
    const c = pickCase();
    add('common word, by time', c, rng.chance(0.2) ? rng.pick(['telegram', 'whatsapp']) : common(lang(c)), {
      sort: i % 3 === 2 ? 'time_asc' : 'time_desc',
    });
  });
  times(18, (i) => {
    const c = pickCase();
    const l = lang(c);
    const pair = [
      [common(l), common(l)],
      [common(l), medium(l)],
      [medium(l), medium(l)],
      [rare(l), common(l)],
    ][i % 4]!;
    add('AND', c, rng.chance(0.3) ? pair.join(' AND ') : pair.join(' '));
  });
  times(15, (i) => {
    const c = pickCase();
    const l = lang(c);
    const text = [
      `${medium(l)} OR ${medium(l)}`,
      `${common(l)} OR ${medium(l)}`,
      `${medium(l)} OR ${medium(l)} OR ${medium(l)}`,
      `${rare(l)} OR ${rare(l)}`,
      'перевод OR аударым OR oʻtkazma OR ўтказма OR transfer',
    ][i % 5]!;
    add('OR', c, text);
  });
  times(15, (i) => {
    const c = pickCase();
    const l = lang(c);
    const text = [
      `${common(l)} -${common(l)}`,
      `${medium(l)} -${common(l)}`,
      `${common(l)} NOT ${medium(l)}`,
      `${medium(l)} -"${rng.pick(COLLOCATIONS[l])}"`,
    ][i % 4]!;
    add('NOT', c, text);
  });
  times(18, (i) => {
    const c = pickCase();
    const l = lang(c);
    const text = [
      `"${rng.pick(COLLOCATIONS[l])}"`,
      `"${common(l)} ${common(l)}"`,
      `"${common(l)} ${medium(l)}"`,
      `"${common(l)} ${common(l)} ${common(l)}"`,
      `"${rng.pick(COLLOCATIONS[l])}" ${medium(l)}`,
      `"${medium(l)} ${rare(l)}"`,
    ][i % 6]!;
    add('phrase', c, text);
  });
  times(18, (i) => {
    const c = pickCase();
    const l = lang(c);
    const w = i % 3 === 0 ? medium(l) : word(l, 0, 3000);
    const phrase = rng.pick(COLLOCATIONS[l]);
    const text = [`${w.slice(0, 3)}*`, `${w.slice(0, Math.max(4, w.length - 2))}*`, `"${phrase.slice(0, phrase.length - 2)}"*`][i % 3]!;
    add('prefix', c, [...text.replace(/[*"]/g, '')].length < 3 ? `${w}*` : text);
  });
  times(15, (i) => {
    const c = pickCase();
    const l = lang(c);
    const [text, types] = [
      [common(l), ['email']],
      [medium(l), ['call', 'message']],
      [common(l), ['document']],
      [rare(l), ['email', 'document']],
      [common(l), ['web_visit', 'download']],
    ][i % 5]! as [string, string[]];
    add('filter: type', c, text, { types });
  });
  times(15, (i) => {
    const c = pickCase();
    const l = lang(c);
    const [text, days] = [
      [common(l), 1],
      [common(l), 7],
      [common(l), 31],
      [medium(l), 365],
      [`${medium(l)} OR ${medium(l)}`, 90],
    ][i % 5]! as [string, number];
    add('filter: time', c, text, window(days));
  });
  times(15, (i) => {
    const c = pickCase();
    const l = lang(c);
    const items = [...c.items].sort((a, b) => a.docs - b.docs);
    const [text, ids] = [
      [common(l), [items[0]!.id]],
      [medium(l), [items[items.length - 1]!.id]],
      [common(l), [items[0]!.id, items[1]!.id]],
    ][i % 3]! as [string, string[]];
    add('filter: item', c, text, { itemIds: ids });
  });
  times(15, (i) => {
    const c = pickCase();
    const l = lang(c);
    const [text, entity] = [
      [common(l), `phone:${c.mentionedPhones[500 + rng.int(2500)]}`],
      [medium(l), `phone:${c.owners[0]!.whatsapp.slice(9)}`],
      [common(l), `payment_card:${c.cards[rng.int(20)]}`],
      [rare(l), `account:${c.owners[0]!.telegram}`],
      [common(l), `url:${c.links[rng.int(300)]}`],
    ][i % 5]! as [string, string];
    add('filter: entity', c, text, { entity });
  });
  times(15, (i) => {
    const c = pickCase();
    const l = lang(c);
    const quiet = c.contacts[c.contacts.length - 1 - rng.int(5)]!;
    const [text, account] = [
      [common(l), c.owners[0]!.telegram],
      [common(l), quiet.telegram],
      [medium(l), c.contacts[rng.int(3)]!.whatsapp],
      [common(l), quiet.email],
      [`${medium(l)} OR ${medium(l)}`, c.owners[1]!.telegram],
    ][i % 5]! as [string, string];
    add('filter: account', c, text, { account });
  });
  times(15, (i) => {
    const c = pickCase();
    const l = lang(c);
    const deep = i % 3 === 0;
    add('deep page (cursor)', c, deep ? common(l) : medium(l), {}, deep ? 5_000 : 1_000);
  });
  return out;
}
