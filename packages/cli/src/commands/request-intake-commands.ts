// tamga request production / sequestered / release / dispose / deadlines / stats, and tamga directory list.
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { localActor, wantsRemote, CliError } from '../connection';
import { collect, resolveCase, UUID } from '../case-ref';
import { printJson, printTable } from '../output';
import { plain, withClient } from '../run-action';

export function registerRequestIntakeCommands(request: Command, program: Command): void {
  request
    .command('production <request> <path>')
    .description('take in a production answering the request (local mode); files named --out-of-scope are sequestered')
    .requiredOption('--case <case>', 'case reference or id')
    .requiredOption('--reference <ref>', 'the provider’s reference of the production')
    .option('--out-of-scope <file>', 'a file of the production outside the request (path inside the folder); repeatable', collect, [])
    .option('--reason <text>', 'why those files are outside the scope')
    .option('--channel <channel>', 'PORTAL, EMAIL, DIPLOMATIC or POC (default: the request’s)')
    .action(
      plain(async (o, ref: string, path: string) => {
        if (wantsRemote(o)) throw new CliError('tamga request production reads a local folder: run it with --data-dir on the server');
        const { context, actor, close } = await localActor(o);
        try {
          const { listRequests, receiveProduction } = await import('@tamga/core');
          const cases = await context.store.transaction((tx) => tx.cases.listForMember(actor.userId));
          const caseId = cases.find((c) => c.case.reference === o.case || c.case.id === o.case)?.case.id;
          if (!caseId) throw new CliError(`No case ${o.case as string} among your cases`);
          const found = (await listRequests(context.deps, actor, caseId)).find((r) => r.request.id === ref || r.request.reference === ref);
          if (!found) throw new CliError(`No request ${ref} in this case`);
          const result = await receiveProduction(context.deps, actor, caseId, found.request.id, {
            path: resolve(path),
            providerReference: o.reference as string,
            outOfScope: o.outOfScope as string[],
            ...(o.reason ? { outOfScopeReason: o.reason as string } : {}),
            ...(o.channel ? { channel: o.channel as 'PORTAL' } : {}),
          });
          const rows = result.intake.files.map((f) => ({
            id: f.id,
            exhibitNumber: f.exhibitNumber,
            path: f.originalPath,
            sha256: f.digests?.sha256 ?? null,
            sequestered: f.sequestration?.state === 'SEQUESTERED',
          }));
          if (o.json) printJson({ requestId: found.request.id, rootId: result.intake.root.id, files: rows });
          else printTable(rows, ['exhibitNumber', 'path', 'sha256', 'sequestered']);
        } finally {
          await close();
        }
      }),
    );

  request
    .command('sequestered')
    .description('production files awaiting a supervisor’s decision')
    .requiredOption('--case <case>', 'case reference or id')
    .action(
      withClient(async ({ client }, o) => {
        const caseId = await resolveCase(client, o.case as string);
        const { items } = await client.call('listSequestered', { params: { caseId } });
        if (o.json) return printJson(items);
        printTable(
          items.map((i) => ({ id: i.id, exhibitNumber: i.exhibitNumber, path: i.originalPath, reason: i.sequestration?.reason })),
          ['id', 'exhibitNumber', 'path', 'reason'],
        );
      }),
    );

  for (const decision of ['release', 'dispose'] as const) {
    request
      .command(`${decision} <exhibit>`)
      .description(
        decision === 'release' ? 'release a sequestered file into processing (supervisor)' : 'dispose of a sequestered file (supervisor)',
      )
      .requiredOption('--case <case>', 'case reference or id')
      .requiredOption('--note <text>', 'the reason for the decision')
      .action(
        withClient(async ({ client }, o, exhibit: string) => {
          const caseId = await resolveCase(client, o.case as string);
          // Named by its exhibit number (as `request sequestered` lists it) or its id; an id not awaiting a decision is
          // left to the server, which says why.
          const { items } = await client.call('listSequestered', { params: { caseId } });
          const itemId = items.find((i) => i.exhibitNumber === exhibit || i.id === exhibit)?.id ?? (UUID.test(exhibit) ? exhibit : null);
          if (!itemId) throw new CliError(`No file ${exhibit} awaits a decision in this case (tamga request sequestered lists them)`);
          const item = await client.call('decideSequestration', { params: { caseId, itemId }, body: { decision, note: o.note as string } });
          if (o.json) return printJson(item);
          process.stdout.write(`${item.exhibitNumber} ${item.sequestration?.state ?? ''}\n`);
        }),
      );
  }

  request
    .command('deadlines')
    .description('overdue and soon-due request timers across your cases')
    .option('--within <days>', 'soon = within this many days (default 30)')
    .action(
      withClient(async ({ client }, o) => {
        const lists = await client.call('requestDeadlines', { query: o.within ? { withinDays: Number(o.within) } : {} });
        if (o.json) return printJson(lists);
        const columns = ['caseReference', 'reference', 'kind', 'dueAt', 'daysLeft', 'addressee'];
        process.stdout.write('Overdue\n');
        printTable(lists.overdue, columns);
        process.stdout.write('Due soon\n');
        printTable(lists.expiring, columns);
      }),
    );

  request
    .command('stats')
    .description('oversight statistics: counts by type, addressee and outcome, median days to response (auditor, supervisor)')
    .option('--from <time>', 'requests created from this time (ISO 8601)')
    .option('--to <time>', 'up to this time, exclusive')
    .action(
      withClient(async ({ client }, o) => {
        const stats = await client.call('requestStatistics', {
          query: { ...(o.from ? { from: o.from as string } : {}), ...(o.to ? { to: o.to as string } : {}) },
        });
        if (o.json) return printJson(stats);
        process.stdout.write(
          `${stats.total} request(s); median days to response ${stats.medianDaysToResponse ?? '—'} (${stats.responses} answered)\n`,
        );
        printTable(
          Object.entries(stats.byType).map(([type, count]) => ({ type, count })),
          ['type', 'count'],
        );
        printTable(
          Object.entries(stats.byOutcome).map(([outcome, count]) => ({ outcome, count })),
          ['outcome', 'count'],
        );
        printTable(stats.byAddressee, ['name', 'kind', 'country', 'count']);
      }),
    );

  program
    .command('directory')
    .description('providers and authorities requests go to')
    .command('list', { isDefault: true })
    .description('the directory, with unverified facts marked')
    .action(
      withClient(async ({ client }, o) => {
        const { entries } = await client.call('listDirectory');
        if (o.json) return printJson(entries);
        printTable(
          entries.map((e) => ({ ...e, unverified: e.unverified.join(',') })),
          ['id', 'kind', 'name', 'legalEntity', 'country', 'channel', 'preservationRuleId', 'verifiedOn', 'unverified'],
        );
      }),
    );
}
