// tamga bank list|create|import|enable|disable|export and tamga matches: hash banks of known content and what
// they found in a case. Imports stream the file: read in place in local mode, uploaded over tus to a server.
import { writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { ApiError, createClient, type RouteOutput, type Routes, type TamgaClient } from '@tamga/api';
import type { Command } from 'commander';
import { resolveCase } from '../case-ref';
import { CliError, localActor, wantsRemote, type Connection } from '../connection';
import { readCredentials } from '../credentials';
import { resolveItem } from '../exhibits';
import { printJson, printTable } from '../output';
import { plain, withClient } from '../run-action';
import { tusUpload } from '../tus-upload';

type Bank = RouteOutput<Routes['getBank']>;
type ImportResult = RouteOutput<Routes['importBankUpload']>;

const MEANINGS = ['known-illegal', 'known-terrorist', 'known-software', 'case-specific'];

function bankRow(b: Bank): Record<string, unknown> {
  const total = b.entries.md5 + b.entries.sha1 + b.entries.sha256 + b.entries.pdq;
  return {
    name: b.name,
    meaning: b.meaning,
    enabled: b.enabled ? 'yes' : 'no',
    version: b.version,
    entries: total,
    md5: b.entries.md5,
    sha1: b.entries.sha1,
    sha256: b.entries.sha256,
    pdq: b.entries.pdq,
    source: b.source,
    licence: b.licence,
  };
}

function creation(o: Record<string, unknown>, name: string) {
  if (!o.meaning || !MEANINGS.includes(String(o.meaning))) throw new CliError(`--meaning is one of ${MEANINGS.join(', ')}`);
  if (!o.source || !o.licence) throw new CliError('A new bank needs --source and --licence (where it comes from, and on what terms)');
  return {
    name,
    meaning: o.meaning as 'known-illegal',
    source: String(o.source),
    licence: String(o.licence),
    ...(o.description ? { description: String(o.description) } : {}),
  };
}

function printImport(result: ImportResult, json: unknown): number {
  if (json) printJson(result);
  else {
    process.stdout.write(
      `${result.bank.name} v${result.version} (${result.format}, ${result.fileName}): ${result.rows} line(s), ${result.added} added, ` +
        `${result.duplicates} already held, ${result.emptyFileHashes} empty-file hash(es) ignored, ${result.invalid} invalid\n`,
    );
    process.stdout.write(
      `  by signal: md5 ${result.bySignal.md5}, sha1 ${result.bySignal.sha1}, sha256 ${result.bySignal.sha256}, pdq ${result.bySignal.pdq}\n`,
    );
    for (const bad of result.invalidLines.slice(0, 20)) process.stdout.write(`  line ${bad.line}: ${bad.reason}\n`);
    if (result.invalid > 20) process.stdout.write(`  … and ${result.invalid - 20} more invalid line(s) (--json lists up to 1,000)\n`);
  }
  // Like a hash mismatch at intake: the command worked, but someone must look at the file.
  return result.invalid > 0 ? 2 : 0;
}

async function bankOrCreate(client: TamgaClient, o: Record<string, unknown>, name: string): Promise<Bank> {
  try {
    return await client.call('getBank', { params: { bankId: name } });
  } catch (error) {
    if (!(error instanceof ApiError) || error.code !== 'BANK_NOT_FOUND' || !o.create) throw error;
    return client.call('createBank', { body: creation(o, name) });
  }
}

/** Local mode: runs the queued jobs (processing, analysis, matching) here until none is left. */
async function runQueuedJobs(connection: Connection): Promise<void> {
  if (!connection.context) return;
  const { startWorker } = await import('@tamga/server');
  const worker = startWorker(connection.context, { pollMs: 50 });
  try {
    for (;;) {
      const counts = await connection.context.deps.jobs.counts();
      if (counts.queued + counts.running === 0) return;
      await new Promise((r) => setTimeout(r, 200));
    }
  } finally {
    await worker.stop();
  }
}

export function registerBankCommands(program: Command): void {
  const bank = program.command('bank').description('hash banks of known content (illegal, terrorist, software) matched on intake');

  bank
    .command('list', { isDefault: true })
    .description('every bank with its meaning, version and entry counts')
    .action(
      withClient(async ({ client }, o) => {
        const { banks } = await client.call('listBanks');
        if (o.json) return printJson(banks);
        printTable(banks.map(bankRow), ['name', 'meaning', 'enabled', 'version', 'entries', 'source', 'licence']);
      }),
    );

  bank
    .command('create <name>')
    .description('create a bank (admin): NAME in upper case, e.g. NSRL_2025_03')
    .requiredOption('--meaning <meaning>', MEANINGS.join(' | '))
    .requiredOption('--source <text>', 'where the list comes from')
    .requiredOption('--licence <text>', 'its licence or sharing condition')
    .option('--description <text>', 'what it holds')
    .action(
      withClient(async ({ client }, o, name: string) => {
        const created = await client.call('createBank', { body: creation(o, name) });
        if (o.json) return printJson(created);
        process.stdout.write(`created ${created.name} (${created.meaning}) ${created.id}\n`);
      }),
    );

  bank
    .command('import <file>')
    .description('import a hash list into a bank as its next version: plain (one hash a line), CSV with a header, or NSRL RDS v3 SQLite')
    .requiredOption('--bank <name>', 'the bank (name or id)')
    .option('--create', 'create the bank first if it does not exist (with --meaning, --source, --licence)')
    .option('--meaning <meaning>', MEANINGS.join(' | '))
    .option('--source <text>', 'where the list comes from')
    .option('--licence <text>', 'its licence or sharing condition')
    .option('--description <text>', 'what it holds')
    .option('--format <format>', 'plain | csv | nsrl (default: detected from the content)')
    .option('--signal <type>', 'treat every hash as md5 | sha1 | sha256 | pdq (needed for a plain list of PDQ hashes)')
    .action(
      plain(async (o, file: string) => {
        const path = resolve(file);
        const name = String(o.bank);
        const options = {
          ...(o.format ? { format: o.format as 'plain' } : {}),
          ...(o.signal ? { signal: o.signal as 'pdq' } : {}),
        };
        const server = o.as ? undefined : wantsRemote(o);
        if (server) {
          const token = process.env.TAMGA_TOKEN ?? readCredentials().servers[server]?.token;
          if (!token) throw new CliError(`Not signed in to ${server}: run tamga login --server ${server}`);
          const client = createClient({ baseUrl: server, token });
          const target = await bankOrCreate(client, o, name);
          const { uploadId } = await tusUpload(server, token, path, () => {});
          const result = await client.call('importBankUpload', {
            params: { bankId: target.id },
            body: { uploadId, name: basename(path), ...options },
          });
          return printImport(result, o.json);
        }
        // Local mode reads the file where it lies: a release of tens of millions of hashes is never copied.
        const { context, actor, close } = await localActor(o);
        try {
          const core = await import('@tamga/core');
          const { bankSourceFromPath } = await import('@tamga/server');
          let target = await core.findBank(context.deps, actor, name);
          if (!target) {
            if (!o.create) throw new CliError(`No bank ${name}: create it with --create --meaning … --source … --licence …`);
            target = await core.createBank(context.deps, actor, creation(o, name));
          }
          const result = await core.importIntoBank(context.deps, actor, target.id, bankSourceFromPath(path), options);
          return printImport(result as ImportResult, o.json);
        } finally {
          await close();
        }
      }),
    );

  for (const enabled of [true, false]) {
    bank
      .command(`${enabled ? 'enable' : 'disable'} <name>`)
      .description(enabled ? 'match with this bank (every case is matched again)' : 'stop matching with this bank; its flags are hidden')
      .option('--reason <text>', 'why, for the ledger')
      .action(
        withClient(async ({ client }, o, name: string) => {
          const found = await client.call('getBank', { params: { bankId: name } });
          const updated = await client.call('setBankEnabled', {
            params: { bankId: found.id },
            body: { enabled, ...(o.reason ? { reason: String(o.reason) } : {}) },
          });
          if (o.json) return printJson(updated);
          process.stdout.write(`${updated.name} ${updated.enabled ? 'enabled' : 'disabled'}\n`);
        }),
      );
  }

  bank
    .command('export')
    .description("a case's own hashes (MD5, SHA-1, SHA-256, PDQ) as a bank CSV for partners; recorded in the ledger")
    .requiredOption('--case <case>', 'case reference or id')
    .option('--out <file>', 'write the CSV here (default: standard output)')
    .option('--purpose <text>', 'why and for whom, for the ledger')
    .action(
      withClient(async ({ client }, o) => {
        const caseId = await resolveCase(client, o.case as string);
        const exported = await client.call('exportCaseHashes', {
          params: { caseId },
          query: o.purpose ? { purpose: String(o.purpose) } : {},
        });
        if (o.out) {
          writeFileSync(resolve(String(o.out)), exported.csv);
          if (o.json) return printJson({ ...exported, csv: undefined, file: resolve(String(o.out)) });
          process.stderr.write(`${exported.rows} item(s) written to ${String(o.out)} (SHA-256 ${exported.sha256})\n`);
        } else if (o.json) printJson(exported);
        else process.stdout.write(exported.csv);
      }),
    );

  program
    .command('matches')
    .description('what matched the hash banks in a case: each flagged item with its banks, labels and distances')
    .requiredOption('--case <case>', 'case reference or id')
    .option('--meaning <meaning>', `only this meaning (${MEANINGS.join(', ')})`)
    .option('--item <exhibit>', 'only this exhibit (number, such as EXH-001/2, or item id)')
    .option('--wait', 'local mode: first run the queued jobs here (matching after an import, processing)')
    .action(
      withClient(async (connection, o) => {
        const { client } = connection;
        if (o.wait) await runQueuedJobs(connection);
        const caseId = await resolveCase(client, o.case as string);
        const itemId = o.item ? await resolveItem(client, caseId, o.item as string) : undefined;
        const result = await client.call('caseMatches', {
          params: { caseId },
          query: { ...(o.meaning ? { meaning: o.meaning as 'known-illegal' } : {}), ...(itemId ? { itemId } : {}) },
        });
        if (o.json) return printJson(result);
        const c = result.counts;
        process.stdout.write(
          `${c.itemsMatched} item(s) matched: ${c.protected} protected (illegal/terrorist), ${c.lowPriority} known software only; ` +
            `${c.imagesHashed} image(s) PDQ-hashed, ${c.imagesBelowQuality} below quality\n`,
        );
        const exhibit = new Map(result.items.map((i) => [i.itemId, i.exhibitNumber]));
        printTable(
          result.matches.map((m) => ({
            exhibit: exhibit.get(m.itemId) ?? m.itemId,
            bank: m.bankName,
            meaning: m.meaning,
            signal: m.signal,
            distance: m.distance,
            label: m.label,
            value: m.value,
          })),
          ['exhibit', 'bank', 'meaning', 'signal', 'distance', 'label', 'value'],
        );
      }),
    );
}
