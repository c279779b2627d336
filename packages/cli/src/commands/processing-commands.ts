// tamga worker, process, reprocess, artifacts: running and following processing, and reading its artefacts.
import type { Command } from 'commander';
import type { RouteOutput, Routes } from '@tamga/api';
import { resolveCase } from '../case-ref';
import type { Connection } from '../connection';
import { resolveItem } from '../exhibits';
import { oneLine, printFields, printJson, printTable } from '../output';
import { plain, withClient } from '../run-action';
import { outdatedNotice } from '../outdated-notice';

type Summary = RouteOutput<Routes['processingSummary']>;

function progressLine(summary: Summary): string {
  const c = summary.counts;
  const settled = c.done + c.failed + c.skipped;
  const artefacts = Object.values(summary.artifacts).reduce((a, b) => a + b, 0);
  return `processed ${settled}/${summary.items} items (done ${c.done}, failed ${c.failed}, skipped ${c.skipped}, running ${c.running}, waiting ${c.queued + c.pending}) · ${artefacts} artefacts · analysed ${summary.analysed}/${c.done + c.failed}`;
}

/** How long a wait sees items queued, none running and nothing change before it says a worker must run. */
function idleNoticeMs(): number {
  const seconds = Number(process.env.TAMGA_IDLE_NOTICE_SECONDS);
  return (Number.isFinite(seconds) && seconds > 0 ? seconds : 30) * 1000;
}

/** Follows a case until nothing is waiting or running; in local mode a worker runs here meanwhile. */
export async function waitForCase(connection: Connection, caseId: string, json: boolean): Promise<Summary> {
  let stopWorker: (() => Promise<void>) | undefined;
  if (connection.context) {
    const { startWorker } = await import('@tamga/server');
    const worker = startWorker(connection.context, { pollMs: 100 });
    stopWorker = () => worker.stop();
  }
  const tty = process.stderr.isTTY && !json;
  // Against a server, the jobs are taken by a worker of its own (tamga worker, or serve with the worker service):
  // without one, items stay queued for ever. Said once, and the wait goes on (one may be started). In local mode the
  // worker runs here, so it cannot be missing.
  const idleMs = stopWorker ? Infinity : idleNoticeMs();
  try {
    let last = '';
    let changedAt = Date.now();
    let noticed = false;
    for (;;) {
      const summary = await connection.client.call('processingSummary', { params: { caseId } });
      const line = progressLine(summary);
      if (line !== last) {
        changedAt = Date.now();
        if (!json) process.stderr.write(tty ? `\r${line}\u001b[K` : `${line}\n`);
      }
      last = line;
      if (summary.finished) {
        if (tty) process.stderr.write('\n');
        return summary;
      }
      const { queued, pending, running } = summary.counts;
      if (!noticed && queued + pending > 0 && running === 0 && Date.now() - changedAt >= idleMs) {
        noticed = true;
        process.stderr.write(
          `${tty ? '\n' : ''}Nothing has been taken from the queue for ${Math.round(idleMs / 1000)} s: processing needs a worker running against this server (tamga worker, or tamga serve --services=web,worker); still waiting\n`,
        );
        // The progress line again, under the notice.
        if (tty) process.stderr.write(line);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await stopWorker?.();
  }
}

/** Failed and skipped items as they stood, by item id: what a run changes no more is not its outcome. */
type Earlier = Map<string, string>;

function problemKey(p: Summary['problems'][number]): string {
  return `${p.status}|${p.updatedAt}|${p.finishedAt ?? ''}`;
}

function problemsNow(summary: Summary): Earlier {
  return new Map(summary.problems.map((p) => [p.itemId, problemKey(p)]));
}

/**
 * The summary at the end of a run; exits 2 if an item failed. With `earlier` (the problems before the run queued
 * anything), the FAILED and SKIPPED lines and the exit status are of the items this run touched, those it queued
 * and any derived from them; items that failed before and were left as they were are named in one line.
 */
function printSummary(summary: Summary, json: boolean, caseRef: string, earlier?: Earlier): number {
  const untouched = (p: Summary['problems'][number]) => earlier?.get(p.itemId) === problemKey(p);
  const problems = summary.problems.filter((p) => !untouched(p));
  const failedBefore = summary.problems.filter((p) => p.status === 'failed' && untouched(p)).map((p) => p.exhibitNumber);
  if (json) printJson(summary);
  else {
    process.stdout.write(`${progressLine(summary)}\n`);
    for (const [type, n] of Object.entries(summary.artifacts)) process.stdout.write(`  ${type.padEnd(12)} ${n}\n`);
    for (const p of problems) {
      process.stdout.write(`${p.status.toUpperCase()} ${oneLine(p.exhibitNumber)} ${oneLine(p.name)}: ${oneLine(p.reason ?? '')}\n`);
    }
    if (failedBefore.length > 0) {
      process.stdout.write(
        `${failedBefore.length} other item(s) of the case failed before and were not processed now (${listed(failedBefore)}); tamga evidence show EXHIBIT --case ${caseRef} says why, tamga process --case ${caseRef} --wait tries them again\n`,
      );
    }
    const outdated = outdatedNotice(summary, caseRef);
    if (outdated) process.stdout.write(outdated);
    const { warned } = summary;
    if (warned.length > 0) {
      process.stdout.write(
        `${warned.length} item(s) with warnings (${listed(warned)}); tamga evidence show EXHIBIT --case ${caseRef} lists them\n`,
      );
    }
  }
  return problems.some((p) => p.status === 'failed') ? 2 : 0;
}

/** Exhibit numbers, the first ten. */
function listed(numbers: string[]): string {
  const shown = numbers.slice(0, 10).map(oneLine).join(', ');
  return numbers.length > 10 ? `${shown}, …` : shown;
}

export function registerProcessingCommands(program: Command): void {
  program
    .command('worker')
    .description('run only the worker: take processing jobs from the queue (several may run against PostgreSQL)')
    .option('--concurrency <n>', 'jobs at a time (default TAMGA_WORKER_CONCURRENCY or 1)')
    .action(
      plain(async (options) => {
        const { loadConfig, startServer } = await import('@tamga/server');
        const config = loadConfig(process.env, {
          ...(options.dataDir ? { dataDir: options.dataDir } : {}),
          ...(options.concurrency ? { workerConcurrency: Number(options.concurrency) } : {}),
          services: ['worker'],
        });
        const server = await startServer(config);
        await new Promise<void>((resolve) => {
          const stop = () => {
            process.stdout.write('Stopping the worker after its current jobs…\n');
            void server.stop().then(resolve);
          };
          process.once('SIGINT', stop);
          process.once('SIGTERM', stop);
        });
      }),
    );

  program
    .command('process')
    .description('queue the items of a case not yet processed, and with --wait follow until all are done')
    .requiredOption('--case <case>', 'case reference or id')
    .option('--wait', 'show progress and wait (in local mode, process here); exit status 2 if an item failed')
    .action(
      withClient(async (connection, o) => {
        const caseId = await resolveCase(connection.client, o.case as string);
        const { queued } = await connection.client.call('requestProcessing', { params: { caseId }, body: {} });
        if (!o.wait) {
          const summary = await connection.client.call('processingSummary', { params: { caseId } });
          if (o.json) return printJson({ queued, summary });
          process.stdout.write(`Queued ${queued} item(s). ${progressLine(summary)}\n`);
          return;
        }
        // Case-wide on purpose: process queues every item not done, the failed and skipped among them, so each
        // failure at the end is of this run (or of one running alongside), and what it answers is whether the case is.
        return printSummary(await waitForCase(connection, caseId, Boolean(o.json)), Boolean(o.json), o.case as string);
      }),
    );

  program
    .command('reprocess')
    .description(
      'process the items of a case again (after a parser changed); artefacts are replaced, never duplicated; waits for them, exit status 2 if one of them failed',
    )
    .requiredOption('--case <case>', 'case reference or id')
    .option('--parser <id>', 'only items last processed by this parser')
    .option(
      '--outdated',
      'only items read by another version of their parser than this Tamga has, or with case settings changed since; and items analysed by earlier entity rules are analysed again',
    )
    .option('--no-wait', 'queue and return at once')
    .action(
      withClient(async (connection, o) => {
        const caseId = await resolveCase(connection.client, o.case as string);
        const body = {
          ...(o.parser ? { parserId: o.parser as string } : {}),
          ...(o.outdated ? { outdated: true } : {}),
          ...(o.parser || o.outdated ? {} : { reprocess: true }),
        };
        // Only some items are queued: their outcome is this command's, not that of others which failed before.
        const earlier = o.wait ? problemsNow(await connection.client.call('processingSummary', { params: { caseId } })) : undefined;
        const { queued, reanalysed } = await connection.client.call('requestProcessing', { params: { caseId }, body });
        if (!o.wait) {
          if (o.json) return printJson({ queued, reanalysed });
          process.stdout.write(`Queued ${queued} item(s) for processing again\n`);
          if (reanalysed > 0) process.stdout.write(`Queued ${reanalysed} item(s) for analysis again (earlier entity rules)\n`);
          return;
        }
        return printSummary(await waitForCase(connection, caseId, Boolean(o.json)), Boolean(o.json), o.case as string, earlier);
      }),
    );

  const artifacts = program.command('artifacts').description('artefacts read out of a case’s evidence');
  artifacts
    .command('list', { isDefault: true })
    .description('artefacts in time order, filtered')
    .requiredOption('--case <case>', 'case reference or id')
    .option('--type <type>', 'message, email, web_visit, bookmark, download, image, document, call, contact, location, account, file_entry')
    .option('--from <time>', 'from this date or time (ISO 8601, in UTC or with an offset such as +05:00), inclusive')
    .option('--to <time>', 'up to this date or time, exclusive')
    .option('--item <exhibit>', 'only from this exhibit (number, such as EXH-001/2, or item id)')
    .option('--parser <id>', 'only from this parser')
    .option('--limit <n>', 'at most this many (default all, in pages of 1000)')
    .action(
      withClient(async (connection, o) => {
        const { client } = connection;
        const caseId = await resolveCase(client, o.case as string);
        const itemId = o.item ? await resolveItem(client, caseId, o.item as string) : undefined;
        const max = o.limit ? Number(o.limit) : Infinity;
        const found: Array<RouteOutput<Routes['listArtifacts']>['artifacts'][number]> = [];
        let after: string | undefined;
        do {
          const page = await client.call('listArtifacts', {
            params: { caseId },
            query: {
              ...(o.type ? { type: o.type as 'message' } : {}),
              ...(o.from ? { from: o.from as string } : {}),
              ...(o.to ? { to: o.to as string } : {}),
              ...(itemId ? { itemId } : {}),
              ...(o.parser ? { parserId: o.parser as string } : {}),
              ...(after ? { after } : {}),
              limit: Math.min(1000, max - found.length),
            },
          });
          found.push(...page.artifacts);
          after = page.next ?? undefined;
        } while (after && found.length < max);
        if (o.json) return printJson(found);
        printTable(
          found.map((a) => ({
            ...a,
            from: a.actors.find((x) => x.role === 'from' || x.role === 'author')?.account ?? '',
            text: (a.text ?? '').replace(/\s+/g, ' ').slice(0, 60),
            at: a.at ?? '(undated)',
          })),
          ['at', 'zone', 'type', 'from', 'text', 'id'],
        );
      }),
    );

  artifacts
    .command('show <id>')
    .description('one artefact with its provenance; --bytes prints the bytes it came from')
    .requiredOption('--case <case>', 'case reference or id')
    .option('--bytes', 'print the exact bytes of the item this artefact was read from (needs --justification)')
    .option('--justification <text>', 'why you read the original evidence (recorded in the ledger)')
    .action(
      withClient(async ({ client }, o, id: string) => {
        const caseId = await resolveCase(client, o.case as string);
        const detail = await client.call('getArtifact', { params: { caseId, artifactId: id } });
        if (o.bytes) {
          const { bytes, range, member } = await client.rawRange(
            `/api/cases/${encodeURIComponent(caseId)}/artifacts/${encodeURIComponent(id)}/bytes?justification=${encodeURIComponent(String(o.justification ?? ''))}`,
          );
          // With --json, JSON still: the artefact and the bytes in base64, with the range of the item they are.
          if (o.json) {
            // Where the route says it (a database row's cell is found when asked for), else the locator's offset.
            const start = range?.start ?? detail.artifact.locator.offset ?? 0;
            const data = Buffer.from(bytes);
            // Bytes inflated from a member the item holds compressed: the range is the member's, which `member` names.
            const where = member !== undefined ? { member } : {};
            return printJson({ ...detail, bytes: { ...where, start, end: start + data.length, base64: data.toString('base64') } });
          }
          process.stdout.write(Buffer.from(bytes));
          return;
        }
        if (o.json) return printJson(detail);
        const { artifact, provenance } = detail;
        printFields({
          id: artifact.id,
          type: artifact.type,
          at: artifact.at ?? '(undated)',
          zone: artifact.zone ?? 'unknown zone',
          actors: artifact.actors.map((a) => `${a.role} ${a.account}${a.name ? ` (${a.name})` : ''}`).join('; '),
          text: artifact.text ?? '',
          // A line per field: one line of JSON for an e-mail's was too long to read.
          ...Object.fromEntries(Object.entries(artifact.fields).map(([name, value]) => [`fields.${name}`, value])),
          exhibit: `${provenance.exhibitNumber} ${provenance.itemName}`,
          itemSha256: provenance.itemSha256 ?? '',
          parser: `${provenance.parserId} ${provenance.parserVersion}`,
          locator: provenance.locator,
          bytes: provenance.bytesAvailable
            ? `tamga artifacts show ${artifact.id} --case … --bytes --justification …`
            : 'not available (inside a member)',
        });
      }),
    );

  artifacts
    .command('thread <id>')
    .description("the e-mails of an e-mail's thread in the case, as a reply tree (Message-ID, In-Reply-To, References)")
    .requiredOption('--case <case>', 'case reference or id')
    .action(
      withClient(async ({ client }, o, id: string) => {
        const caseId = await resolveCase(client, o.case as string);
        const thread = await client.call('emailThread', { params: { caseId, artifactId: id } });
        if (o.json) return printJson(thread);
        for (const m of thread.messages) {
          const mark = m.artifactId === id ? '>' : ' ';
          process.stdout.write(
            `${mark} ${m.at ?? '(undated)'}  ${'  '.repeat(m.depth)}${oneLine(m.subject ?? '(no subject)')}  · ${oneLine(m.from ?? '—')}  ${m.artifactId}\n`,
          );
        }
        if (thread.missing) process.stdout.write(`${thread.missing} message(s) named in the thread are not in this case\n`);
        if (thread.truncated) process.stdout.write(`only the first ${thread.messages.length} e-mails are shown\n`);
      }),
    );
}
