// tamga ledger tail|checkpoint and tamga verify.
import type { Command } from 'commander';
import { resolveCase } from '../case-ref';
import { printJson, printTable } from '../output';
import { connect, wantsRemote } from '../connection';
import { plain, withClient } from '../run-action';
import { resolveLocalCase } from './ingest-command';

interface Report {
  ok: boolean;
  events: number;
  checkpoints: number;
  headHash: string;
  firstProblem: { seq: number; message: string } | null;
  problems: Array<{ seq: number; message: string }>;
  evidence: {
    ok: boolean;
    items: number;
    blobsChecked: number;
    bytesChecked: number;
    unreferencedBlobs: number;
    findings: Array<{ message: string }>;
  };
}

function printReport(report: Report, json: unknown, deep: boolean): number {
  if (json) {
    printJson(report);
    return report.ok ? 0 : 1;
  }
  const out = (line: string) => process.stdout.write(`${line}\n`);
  if (report.firstProblem) {
    out(`LEDGER BROKEN at event ${report.firstProblem.seq}: ${report.firstProblem.message}`);
    for (const problem of report.problems.slice(1, 20)) out(`  also event ${problem.seq}: ${problem.message}`);
    if (report.problems.length > 20) out(`  … ${report.problems.length - 20} more`);
  } else {
    out(`Ledger intact: ${report.events} events, ${report.checkpoints} signed checkpoints, head ${report.headHash.slice(0, 16)}…`);
  }
  const e = report.evidence;
  for (const finding of e.findings.slice(0, 50)) out(`EVIDENCE: ${finding.message}`);
  if (e.findings.length > 50) out(`  … ${e.findings.length - 50} more evidence findings`);
  if (e.findings.length === 0) {
    out(
      deep
        ? `Evidence intact: ${e.items} items, ${e.blobsChecked} blobs re-hashed (${(e.bytesChecked / 1024 / 1024).toFixed(1)} MiB)${e.unreferencedBlobs ? `, ${e.unreferencedBlobs} unreferenced blobs (not evidence)` : ''}`
        : `Evidence rows match the ledger: ${e.items} items (add --deep to re-hash every blob)`,
    );
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
          [...page.events].reverse().map((e) => ({
            ...e,
            target: e.targetType && e.targetId ? `${e.targetType}:${e.targetId.slice(0, 8)}` : '',
            hash: e.hash.slice(0, 12),
          })),
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
    .description('check the ledger chain, checkpoint signatures and evidence rows; exits 1 naming what is broken')
    .option('--case <case>', 'only the evidence of this case (the ledger is always checked whole)')
    .option('--deep', 're-hash every blob against its recorded SHA-256')
    .action(
      plain(async (o) => {
        const deep = Boolean(o.deep);
        if (wantsRemote(o) || o.as) {
          const connection = await connect(o);
          try {
            const caseId = o.case ? await resolveCase(connection.client, o.case as string) : undefined;
            const report = await connection.client.call('verifyLedger', { body: { deep, ...(caseId ? { caseId } : {}) } });
            return printReport(report, o.json, deep);
          } finally {
            await connection.close();
          }
        }
        // Straight from the data folder: read-only, so verifying never changes what it verifies.
        const { createContext, loadConfig } = await import('@tamga/server');
        const { scanLedger, verifyEvidence } = await import('@tamga/core');
        const context = await createContext(loadConfig(process.env, o.dataDir ? { dataDir: o.dataDir } : {}));
        try {
          const caseId = o.case ? await resolveLocalCase(context, o.case as string) : undefined;
          const ledger = await scanLedger(context.store, context.deps.signer.publicKeyHex);
          const evidence = await verifyEvidence(context.store, context.blobs, { deep, ...(caseId ? { caseId } : {}) });
          return printReport({ ...ledger, ok: ledger.ok && evidence.ok, evidence }, o.json, deep);
        } finally {
          await context.close();
        }
      }),
    );
}
