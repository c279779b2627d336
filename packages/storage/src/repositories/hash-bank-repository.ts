// Hash banks, entries, matches and image hashes in SQL. Entries are the large table (NSRL holds tens of millions):
// inserted in multi-row statements with conflicts ignored, looked up by (signal, value), paged by primary key.
import type { Kysely, Selectable } from 'kysely';
import {
  emptyEntryCounts,
  type BankMeaning,
  type HashBank,
  type HashBankRepository,
  type HashMatch,
  type ItemImageHash,
  type LiveBankEntry,
  type SignalType,
} from '@tamga/core';
import type { Database } from '../schema';
import type { HashBanksTable, HashMatchesTable, ItemImageHashesTable } from '../schema-hash-banks';
import { slices } from '../slices';

/** Rows per INSERT: five columns each, far under SQLite's 32,766 and PostgreSQL's 65,535 parameters. */
const CHUNK = 1000;

type BankData = Pick<HashBank, 'description' | 'source' | 'licence' | 'entries' | 'createdAt' | 'createdBy'>;

function bankRow(bank: HashBank): HashBanksTable {
  const data: BankData = {
    description: bank.description,
    source: bank.source,
    licence: bank.licence,
    entries: bank.entries,
    createdAt: bank.createdAt,
    createdBy: bank.createdBy,
  };
  return {
    id: bank.id,
    name: bank.name,
    meaning: bank.meaning,
    enabled: bank.enabled ? 1 : 0,
    version: bank.version,
    updated_at: bank.updatedAt,
    data: JSON.stringify(data),
  };
}

function toBank(row: Selectable<HashBanksTable>): HashBank {
  const data = JSON.parse(row.data) as BankData;
  return {
    ...data,
    entries: { ...emptyEntryCounts(), ...data.entries },
    id: row.id,
    name: row.name,
    meaning: row.meaning as BankMeaning,
    enabled: Number(row.enabled) === 1,
    version: Number(row.version),
    updatedAt: row.updated_at,
  };
}

type MatchData = Pick<HashMatch, 'bankName' | 'meaning' | 'label' | 'variant' | 'entryVersion'>;

function toMatch(row: Selectable<HashMatchesTable>): HashMatch {
  const data = JSON.parse(row.data) as MatchData;
  return {
    ...data,
    caseId: row.case_id,
    itemId: row.item_id,
    bankId: row.bank_id,
    signal: row.signal as SignalType,
    value: row.value,
    distance: Number(row.distance),
    matchedAt: row.matched_at,
  };
}

function toImageHash(row: Selectable<ItemImageHashesTable>): ItemImageHash {
  const data = JSON.parse(row.data) as Pick<ItemImageHash, 'variants' | 'computedAt'>;
  return { ...data, itemId: row.item_id, caseId: row.case_id, signal: 'pdq', hash: row.hash, quality: Number(row.quality) };
}

export function hashBankRepository(db: Kysely<Database>): HashBankRepository {
  /** Entries a match may use: of an enabled bank, and of a version the bank has finished importing. */
  const liveEntries = () =>
    db
      .selectFrom('hash_bank_entries as e')
      .innerJoin('hash_banks as b', 'b.id', 'e.bank_id')
      .where('b.enabled', '=', 1)
      .whereRef('e.version', '<=', 'b.version')
      .select(['e.bank_id', 'e.signal', 'e.value', 'e.label', 'e.version', 'b.name as bank_name', 'b.meaning']);
  type LiveRow = {
    bank_id: string;
    signal: string;
    value: string;
    label: string | null;
    version: number;
    bank_name: string;
    meaning: string;
  };
  const toLive = (r: LiveRow): LiveBankEntry => ({
    bankId: r.bank_id,
    signal: r.signal as SignalType,
    value: r.value,
    label: r.label,
    version: Number(r.version),
    bankName: r.bank_name,
    meaning: r.meaning as BankMeaning,
  });

  return {
    async insertBank(bank) {
      await db.insertInto('hash_banks').values(bankRow(bank)).execute();
    },
    async updateBank(bank) {
      const { id, ...rest } = bankRow(bank);
      await db.updateTable('hash_banks').set(rest).where('id', '=', id).execute();
    },
    async bankById(id) {
      const row = await db.selectFrom('hash_banks').selectAll().where('id', '=', id).executeTakeFirst();
      return row && toBank(row);
    },
    async bankByName(name) {
      const row = await db.selectFrom('hash_banks').selectAll().where('name', '=', name).executeTakeFirst();
      return row && toBank(row);
    },
    async listBanks() {
      return (await db.selectFrom('hash_banks').selectAll().orderBy('name').execute()).map(toBank);
    },
    async signature() {
      const rows = await db.selectFrom('hash_banks').select(['id', 'enabled', 'version']).orderBy('id').execute();
      return rows.map((r) => `${r.id}:${Number(r.enabled)}:${Number(r.version)}`).join(',');
    },
    async insertEntries(entries) {
      let added = 0;
      for (const slice of slices(entries, CHUNK)) {
        const rows = slice.map((e) => ({ bank_id: e.bankId, signal: e.signal, value: e.value, label: e.label, version: e.version }));
        const result = await db
          .insertInto('hash_bank_entries')
          .values(rows)
          .onConflict((oc) => oc.columns(['bank_id', 'signal', 'value']).doNothing())
          .executeTakeFirst();
        added += Number(result.numInsertedOrUpdatedRows ?? 0n);
      }
      return added;
    },
    async deleteEntriesAbove(bankId, version) {
      const result = await db
        .deleteFrom('hash_bank_entries')
        .where('bank_id', '=', bankId)
        .where('version', '>', version)
        .executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async countEntries(bankId, upToVersion) {
      const rows = await db
        .selectFrom('hash_bank_entries')
        .select((eb) => ['signal', eb.fn.countAll<number>().as('count')])
        .where('bank_id', '=', bankId)
        .where('version', '<=', upToVersion)
        .groupBy('signal')
        .execute();
      const counts = emptyEntryCounts();
      for (const r of rows) counts[r.signal as SignalType] = Number(r.count);
      return counts;
    },
    async findExact(values) {
      if (values.length === 0) return [];
      const rows = await liveEntries()
        .where((eb) => eb.or(values.map((v) => eb.and([eb('e.signal', '=', v.signal), eb('e.value', '=', v.value)]))))
        .orderBy('e.bank_id')
        .orderBy('e.signal')
        .execute();
      return rows.map(toLive);
    },
    async livePdqEntries(after, limit) {
      let query = liveEntries().where('e.signal', '=', 'pdq');
      if (after) {
        query = query.where((eb) =>
          eb.or([eb('e.bank_id', '>', after.bankId), eb.and([eb('e.bank_id', '=', after.bankId), eb('e.value', '>', after.value)])]),
        );
      }
      return (await query.orderBy('e.bank_id').orderBy('e.value').limit(limit).execute()).map(toLive);
    },
    async replaceMatches(itemId, matches) {
      await db.deleteFrom('hash_matches').where('item_id', '=', itemId).execute();
      for (const slice of slices(matches, CHUNK)) {
        await db
          .insertInto('hash_matches')
          .values(
            slice.map((m) => {
              const data: MatchData = {
                bankName: m.bankName,
                meaning: m.meaning,
                label: m.label,
                variant: m.variant,
                entryVersion: m.entryVersion,
              };
              return {
                case_id: m.caseId,
                item_id: m.itemId,
                bank_id: m.bankId,
                signal: m.signal,
                value: m.value,
                distance: m.distance,
                matched_at: m.matchedAt,
                data: JSON.stringify(data),
              };
            }),
          )
          .execute();
      }
    },
    async matchesForCase(caseId, filter = {}) {
      let query = db
        .selectFrom('hash_matches as m')
        .innerJoin('hash_banks as b', 'b.id', 'm.bank_id')
        .where('b.enabled', '=', 1)
        .where('m.case_id', '=', caseId)
        .selectAll('m');
      if (filter.itemId) query = query.where('m.item_id', '=', filter.itemId);
      if (filter.limit) query = query.limit(filter.limit);
      return (await query.orderBy('m.item_id').orderBy('m.distance').orderBy('m.bank_id').orderBy('m.value').execute()).map(toMatch);
    },
    async matchesForItem(itemId) {
      const rows = await db
        .selectFrom('hash_matches as m')
        .innerJoin('hash_banks as b', 'b.id', 'm.bank_id')
        .where('b.enabled', '=', 1)
        .where('m.item_id', '=', itemId)
        .selectAll('m')
        .orderBy('m.distance')
        .orderBy('m.bank_id')
        .orderBy('m.value')
        .execute();
      return rows.map(toMatch);
    },
    async upsertImageHash(hash) {
      const row = {
        item_id: hash.itemId,
        case_id: hash.caseId,
        signal: hash.signal,
        hash: hash.hash,
        quality: hash.quality,
        data: JSON.stringify({ variants: hash.variants, computedAt: hash.computedAt }),
      };
      await db
        .insertInto('item_image_hashes')
        .values(row)
        .onConflict((oc) => oc.column('item_id').doUpdateSet({ hash: row.hash, quality: row.quality, data: row.data }))
        .execute();
    },
    async imageHash(itemId) {
      const row = await db.selectFrom('item_image_hashes').selectAll().where('item_id', '=', itemId).executeTakeFirst();
      return row && toImageHash(row);
    },
    async imageHashesForCase(caseId) {
      return (await db.selectFrom('item_image_hashes').selectAll().where('case_id', '=', caseId).orderBy('item_id').execute()).map(
        toImageHash,
      );
    },
  };
}
