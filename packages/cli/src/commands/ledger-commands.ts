// tamga ledger tail|checkpoint and tamga verify.
import type { Command } from 'commander';
import { resolveCase } from '../case-ref';
import { printJson, printTable } from '../output';
import { connect, wantsRemote } from '../connection';
import { plain, withClient } from '../run-action';

interface Report {
  ok: boolean;
  events: number;
  checkpoints: number;
  headHash: string;
  firstProblem: { seq: number; message: string } | null;
  problems: Array<{ seq: number; message: string }>;
}

function printReport(report: Report, json: unknown): number {
  if (json) printJson(report);
  else if (report.ok) {
    process.stdout.write(
      `Ledger intact: ${report.events} events, ${report.checkpoints} signed checkpoints, head ${report.headHash.slice(0, 16)}…\n`,
    );
  } else {
    const first = report.firstProblem;
    process.stdout.write(`LEDGER BROKEN at event ${first?.seq}: ${first?.message}\n`);
    for (const problem of report.problems.slice(1, 20)) process.stdout.write(`  also event ${problem.seq}: ${problem.message}\n`);
    if (report.problems.length > 20) process.stdout.write(`  … ${report.problems.length - 20} more\n`);
  }
  return report.ok ? 0 : 1;
}

export function registerLedgerCommands(program: Command): void {
  const ledger = program.command('ledger').description('the hash-chained record of every action');

  ledger
    .command('tail')
    .description('the newest events (of one case with --case; all events need the auditor role)')
    .option('--case <case>', 'only this case')
    .option('-n, --lines <n>', 'how many', '20')
    .action(
      withClient(async ({ client }, o) => {
        const limit = Number(o.lines);
        const page = o.case
          ? await client.call('caseLedger', { params: { caseId: await resolveCase(client, o.case as string) }, query: { limit } })
          : await client.call('ledger', { query: { limit } });
        if (o.json) return printJson(page.events);
        printTable(
          [...page.events]
            .reverse()
            .map((e) => ({ ...e, target: e.targetType ? `${e.targetType}:${e.targetId?.slice(0, 8)}` : '', hash: e.hash.slice(0, 12) })),
          ['seq', 'at', 'actorName', 'action', 'target', 'justification', 'hash'],
        );
      }),
    );

  ledger
    .command('checkpoint')
    .description('sign a checkpoint of the ledger now')
    .action(
      withClient(async ({ client }, o) => {
        const checkpoint = await client.call('checkpoint');
        if (o.json) return printJson(checkpoint);
        process.stdout.write(
          checkpoint ? `Signed checkpoint at event ${checkpoint.treeSize}: root ${checkpoint.rootHash}\n` : 'The ledger is empty\n',
        );
      }),
    );

  program
    .command('verify')
    .description('check the ledger chain and every checkpoint signature; exits 1 naming the first broken event')
    .action(
      plain(async (o) => {
        if (wantsRemote(o) || o.as) {
          const connection = await connect(o);
          try {
            return printReport(await connection.client.call('verifyLedger'), o.json);
          } finally {
            await connection.close();
          }
        }
        // Straight from the data folder: read-only, so verifying never changes what it verifies.
        const { createContext, loadConfig } = await import('@tamga/server');
        const { scanLedger } = await import('@tamga/core');
        const context = await createContext(loadConfig(process.env, o.dataDir ? { dataDir: o.dataDir } : {}));
        try {
          return printReport(await scanLedger(context.store, context.deps.signer.publicKeyHex), o.json);
        } finally {
          await context.close();
        }
      }),
    );
}
