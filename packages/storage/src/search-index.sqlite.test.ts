import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { searchTokens } from '@tamga/core';
import { searchIndexContract } from './search-index.contract';
import { searchIndexResultsContract } from './search-index-results.contract';
import { searchIndexWritesContract } from './search-index-writes.contract';
import { sqlSearchIndex } from './search/sql-search-index';
import { createTestDatabase } from './test-database';
import { useTestStore } from './use-test-store';

searchIndexContract('SQLite', () => createTestDatabase('sqlite'));
searchIndexResultsContract('SQLite', () => createTestDatabase('sqlite'));
searchIndexWritesContract('SQLite', () => createTestDatabase('sqlite'));

describe('SQLite FTS5 tokenizer', () => {
  const { store } = useTestStore();

  // The index is only the same as PostgreSQL's if FTS5 keeps core's tokens whole: every letter, digit and mark
  // of every script between two ASCII letters must come back as one token, spelt exactly as core wrote it.
  it('keeps every token core produces exactly as it is', async () => {
    const words: string[] = [];
    for (let code = 0x80; code < 0x30000; code++) {
      if (code >= 0xd800 && code < 0xe000) continue;
      const char = String.fromCodePoint(code);
      if (/^[\p{L}\p{N}\p{M}]$/u.test(char)) words.push(`a${char}b`);
    }
    const expected = new Set(searchTokens(words.join(' ')));
    const index = sqlSearchIndex(store());
    const docs = [];
    for (let i = 0; i < words.length; i += 1000)
      docs.push({
        artifactId: `t${i}`,
        caseId: 'c',
        itemId: 'i',
        type: 'message',
        at: null,
        text: words.slice(i, i + 1000).join(' '),
        accounts: [],
        entities: [],
      });
    await index.index(docs);
    await sql`create virtual table search_vocab using fts5vocab(search_fts, 'row')`.execute(store().db);
    const { rows } = await sql<{ term: string }>`select term from search_vocab`.execute(store().db);
    const indexed = new Set(rows.map((r) => r.term));
    expect([...expected].filter((t) => !indexed.has(t))).toEqual([]);
    expect([...indexed].filter((t) => !expected.has(t))).toEqual([]);
  }, 60_000);
});
