// The corpus for bench/search: artefact documents as the analysis job indexes them (text, then each actor's name
// and account; accounts and entity keys beside), generated from a seed so every run indexes the same bytes.
// Chat messages and e-mails in Russian, Kazakh, Uzbek (Latin and Cyrillic) and English; words drawn from a
// Zipf-Mandelbrot distribution over a vocabulary of real words (the head) and made-up ones (the long tail), so a
// few words are in most documents and most words in a handful. Three cases of very different sizes.
//
// This file generates the documents in the order they are indexed; search-corpus/corpus-plan.ts lays out the cases,
// items and people (person), search-corpus/item-writer.ts writes each item's documents from the sentences, vocabulary
// and distributions beside it (sentence, vocabulary, zipf, rng).
import { type SearchDocument } from '@tamga/core';
import { type CorpusPlan } from './search-corpus/corpus-plan';
import { ItemWriter } from './search-corpus/item-writer';
import { Rng } from './search-corpus/rng';

export { corpusPlan, type CorpusCase, type CorpusItem, type CorpusPlan } from './search-corpus/corpus-plan';
export { type Person } from './search-corpus/person';
export { Rng } from './search-corpus/rng';
export { sentence } from './search-corpus/sentence';
export { COLLOCATIONS, LANGUAGES, type Language, VOCABULARY } from './search-corpus/vocabulary';
export { Zipf } from './search-corpus/zipf';

/** Every document of the plan, case by case and item by item (the order the analysis job indexes them in), in batches. */
export function* corpusDocuments(plan: CorpusPlan, batchSize: number): Generator<SearchDocument[]> {
  const rng = new Rng(plan.seed ^ 0x9e3779b9);
  let batch: SearchDocument[] = [];
  for (const kase of plan.cases) {
    for (const item of kase.items) {
      const writer = new ItemWriter(rng, kase, item);
      for (let i = 0; i < item.docs; i++) {
        batch.push(writer.next());
        if (batch.length === batchSize) {
          yield batch;
          batch = [];
        }
      }
    }
  }
  if (batch.length > 0) yield batch;
}
