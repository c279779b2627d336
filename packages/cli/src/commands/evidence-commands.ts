// tamga evidence list|show|custody|report|date-order and tamga incident resolve.
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { RouteOutput, Routes, TamgaClient } from '@tamga/api';
import { CliError } from '../connection';
import { resolveCase } from '../case-ref';
import { resolveItem, warningFields } from '../exhibits';
import { oneLine, printFields, printJson, printTable } from '../output';
import { withClient } from '../run-action';
import { waitForCase } from './processing-commands';

export function registerEvidenceCommands(program: Command): void {
  const evidence = program.command('evidence').description('exhibits of a case and their chain of custody');

  evidence
    .command('list')
    .description('the exhibits of a case (or the files of one folder exhibit)')
    .requiredOption('--case <case>', 'case reference or id')
    .option('--parent <exhibit>', 'list the files inside this exhibit')
    .action(
      withClient(async ({ client }, o) => {
        const caseId = await resolveCase(client, o.case as string);
        const parentId = o.parent ? await resolveItem(client, caseId, o.parent as string) : undefined;
        const items = await client.call('listEvidence', { params: { caseId }, query: parentId ? { parentId } : {} });
        if (o.json) return printJson(items);
        printTable(
          items.map((i) => ({
            ...i,
            size: i.digests?.size ?? '',
            sha256: i.digests?.sha256 ?? '',
            state: i.custody.openIncidentId ? 'INCIDENT' : i.custody.sealed ? `sealed ${i.custody.sealNumber}` : i.status,
            processing: listedProcessing(i),
            warnings: i.processing?.warnings || '',
          })),
          ['exhibitNumber', 'kind', 'name', 'size', 'sha256', 'state', 'processing', 'warnings'],
        );
      }),
    );

  evidence
    .command('show <exhibit>')
    .description('one exhibit: acquisition record, digests, custody state, incidents, processing')
    .requiredOption('--case <case>', 'case reference or id')
    .action(
      withClient(async ({ client }, o, exhibit: string) => {
        const caseId = await resolveCase(client, o.case as string);
        const detail = await client.call('getEvidence', { params: { caseId, itemId: await resolveItem(client, caseId, exhibit) } });
        if (o.json) return printJson(detail);
        const { item } = detail;
        printFields({
          exhibit: item.exhibitNumber,
          kind: item.kind,
          name: item.name,
          originalPath: item.originalPath,
          size: item.digests?.size ?? '',
          md5: item.digests?.md5 ?? '',
          sha1: item.digests?.sha1 ?? '',
          sha256: item.digests?.sha256 ?? '',
          acquiredBy: `${item.acquisition.performedBy.name} (${item.acquisition.performedBy.role}) ${item.acquisition.endedAt}`,
          method: item.acquisition.method,
          tool: `${item.acquisition.tool.name} ${item.acquisition.tool.version}`,
          verification: item.acquisition.verification.result,
          sealed: item.custody.sealed ? item.custody.sealNumber : 'no',
          files: detail.children,
          incidents: detail.incidents.map((i) => `${i.resolvedAt ? 'resolved' : 'OPEN'} ${i.id}: ${i.context}`).join('; ') || 'none',
          processing: item.digests
            ? processingLine(detail.processing, await takenChoices(client, detail.processing))
            : 'none (no bytes of its own: its files are processed)',
          ...warningFields(detail.processing?.warnings ?? []),
          ...(detail.processing?.reason ? { reason: detail.processing.reason } : {}),
          ...derivedFields(detail.derived, item.digests ? 'derived items' : 'items inside'),
          id: item.id,
        });
      }),
    );

  const orders: Record<string, boolean | null> = { 'day-first': true, 'month-first': false, auto: null };
  evidence
    .command('date-order <exhibit> <order>')
    .description(
      "how a WhatsApp chat's dates are read when they do not show it themselves (3/6/18): day-first, month-first, or auto (the file's own dates decide); the chat is read again, and the choice kept for every later run",
    )
    .requiredOption('--case <case>', 'case reference or id')
    .option('--no-wait', 'queue and return at once')
    .action(
      withClient(async (connection, o, exhibit: string, order: string) => {
        if (!Object.hasOwn(orders, order)) throw new CliError(`The order is day-first, month-first or auto, not ${order}`);
        const { client } = connection;
        const caseId = await resolveCase(client, o.case as string);
        const itemId = await resolveItem(client, caseId, exhibit);
        const chosen = await client.call('chooseReading', { params: { caseId, itemId }, body: { daysFirst: orders[order]! } });
        const how = order === 'auto' ? 'as the file decides' : order;
        if (chosen.status !== 'queued') {
          // The choice was already so: nothing was recorded, and the item is not read again.
          if (o.json) return printJson(chosen);
          process.stdout.write(`${exhibit}: dates are already set to be read ${how}; not read again (last run: ${chosen.status})\n`);
          return;
        }
        if (!o.wait) {
          if (o.json) return printJson(chosen);
          process.stdout.write(`${exhibit}: dates to be read ${how}; queued\n`);
          return;
        }
        // Until the case has settled (the item and its analysis), then what became of this item: another item's
        // failure is not this command's.
        await waitForCase(connection, caseId, Boolean(o.json));
        const { processing: state } = await client.call('getEvidence', { params: { caseId, itemId } });
        if (o.json) printJson(state);
        else process.stdout.write(`${exhibit}: ${processingLine(state, await takenChoices(client, state))}\n`);
        return state?.status === 'failed' ? 2 : 0;
      }),
    );

  evidence
    .command('custody <exhibit> <action>')
    .description(
      'record a custody event: verified, transfer_released, transfer_received, transfer_cancelled, checked_out, checked_in, copied, sealed, unsealed, disposed',
    )
    .requiredOption('--case <case>', 'case reference or id')
    .option('--purpose <text>', 'why (transfer_released, checked_out, copied)')
    .option('--to <username>', 'transfer_released: who receives it')
    .option('--seal <number>', 'sealed: the seal number')
    .option('--reason <text>', 'unsealed, transfer_cancelled: why')
    .option('--location <text>', 'where it goes or is')
    .option('--retention-rule <rule>', 'disposed: the retention rule applied')
    .option('--certificate <ref>', 'disposed: the destruction certificate')
    .option('--note <text>', 'a note')
    .action(
      withClient(async ({ client }, o, exhibit: string, type: string) => {
        const caseId = await resolveCase(client, o.case as string);
        const itemId = await resolveItem(client, caseId, exhibit);
        const opt = (key: string) => (o[key] ? { [key === 'seal' ? 'sealNumber' : key]: o[key] as string } : {});
        let body: Record<string, unknown>;
        if (type === 'transfer_released') {
          if (!o.to) throw new CliError('Name the receiver with --to USERNAME');
          const receiver = await client.call('lookupUser', { query: { username: o.to as string } });
          body = { type, toUserId: receiver.id, purpose: o.purpose ?? '', ...opt('location') };
        } else if (type === 'checked_out' || type === 'copied') body = { type, purpose: o.purpose ?? '' };
        else if (type === 'sealed') body = { type, ...opt('seal'), ...opt('note') };
        else if (type === 'unsealed' || type === 'transfer_cancelled') body = { type, reason: o.reason ?? '' };
        else if (type === 'disposed') body = { type, retentionRule: o.retentionRule ?? '', certificate: o.certificate ?? '' };
        else if (type === 'transfer_received') body = { type, ...opt('location'), ...opt('note') };
        else body = { type, ...opt('note') };
        const outcome = await client.call('recordCustody', { params: { caseId, itemId }, body: body as never });
        if (o.json) return printJson(outcome);
        process.stdout.write(
          `${outcome.item.exhibitNumber}: ${type} recorded${outcome.hashMatch === null ? '' : outcome.hashMatch ? '; re-hash matches' : '; RE-HASH MISMATCH: integrity incident opened'}\n`,
        );
        return outcome.hashMatch === false ? 2 : 0;
      }),
    );

  evidence
    .command('report')
    .description('chain-of-custody report of a case or one exhibit, as JSON or HTML')
    .requiredOption('--case <case>', 'case reference or id')
    .option('--item <exhibit>', 'only this exhibit (and its files)')
    .option('--html <file>', 'write the HTML report to this file')
    .action(
      withClient(async ({ client }, o) => {
        const caseId = await resolveCase(client, o.case as string);
        const itemId = o.item ? await resolveItem(client, caseId, o.item as string) : undefined;
        const report = await client.call('custodyReport', { params: { caseId }, query: itemId ? { itemId } : {} });
        if (o.html) {
          const { custodyReportHtml } = await import('@tamga/server');
          writeFileSync(o.html as string, custodyReportHtml(report as never));
          process.stdout.write(`Wrote ${o.html}\n`);
          return;
        }
        printJson(report);
      }),
    );

  program
    .command('incident-resolve <incidentId>')
    .description('resolve an integrity incident (supervisor)')
    .requiredOption('--case <case>', 'case reference or id')
    .requiredOption('--resolution <text>', 'what was found and done')
    .action(
      withClient(async ({ client }, o, incidentId: string) => {
        const caseId = await resolveCase(client, o.case as string);
        const incident = await client.call('resolveIncident', {
          params: { caseId, incidentId },
          body: { resolution: o.resolution as string },
        });
        if (o.json) return printJson(incident);
        process.stdout.write(`Incident ${incident.id} resolved\n`);
      }),
    );
}

type ListEntry = RouteOutput<Routes['listEvidence']>[number];

/**
 * An exhibit's processing as a list shows it, with what became of the items derived from it where any failed or was
 * skipped: `done · 15 of 16 derived failed, 1 skipped` (a container done is not all done); for a folder, of its files.
 */
function listedProcessing(item: ListEntry): string {
  // A file with no state yet waits in the queue; a folder or production has no bytes of its own.
  const own = item.digests ? (item.processing?.status ?? 'pending') : '';
  const { derived } = item;
  if (!derived) return own;
  const which = item.digests ? 'derived' : 'inside';
  const [first, second] = derived.failed > 0 ? (['failed', 'skipped'] as const) : (['skipped', 'failed'] as const);
  const more = derived[second] > 0 ? `, ${derived[second]} ${second}` : '';
  const summary = `${derived[first]} of ${derived.items} ${which} ${first}${more}`;
  return own ? `${own} · ${summary}` : summary;
}

type ProcessingState = RouteOutput<Routes['getEvidence']>['processing'];
type Derived = RouteOutput<Routes['getEvidence']>['derived'];

/** The order in which the derived items' states are counted: what needs a look first. */
const DERIVED_ORDER = ['failed', 'skipped', 'running', 'queued', 'pending', 'done'] as const;

/**
 * How the items derived from an exhibit stand, for `printFields`: `derived items  16 (15 failed, 1 done)`, then the
 * first few that failed and that were skipped, a line each (their names are the container's, and may be hostile).
 */
function derivedFields(derived: Derived, label: string): Record<string, string> {
  if (derived.items === 0) return {};
  const counts = DERIVED_ORDER.filter((status) => derived.counts[status] > 0).map((status) => `${derived.counts[status]} ${status}`);
  const named = (status: 'failed' | 'skipped') => {
    const listed = derived[status];
    return listed.map((outcome, i): [string, string] => [
      `${status} ${i + 1}`,
      `${oneLine(outcome.exhibitNumber)} ${oneLine(outcome.originalPath)}: ${oneLine(outcome.reason ?? outcome.reasonCode ?? '')}`,
    ]);
  };
  const more = (['failed', 'skipped'] as const)
    .filter((status) => derived[status].length < derived.counts[status])
    .map((status) => `the first ${derived[status].length} ${status} below`);
  return {
    [label]: `${derived.items} (${counts.join(', ')}${more.length > 0 ? `; ${more.join(', ')}` : ''})`,
    ...Object.fromEntries(named('failed')),
    ...Object.fromEntries(named('skipped')),
  };
}

/** The reading choices the item's parser takes; the parser list is asked only when a choice is set. */
async function takenChoices(client: TamgaClient, state: ProcessingState): Promise<string[]> {
  if (!state?.parserId || Object.keys(state.reading).length === 0) return [];
  const { parsers } = await client.call('listParsers', {});
  return parsers.find((parser) => parser.id === state.parserId)?.readingChoices ?? [];
}

/**
 * Status, parser and what it found, in one line: `failed archive.zip@1, 1 artefacts, 0 items`, and a chosen date
 * order: as read (or to be read) when the parser takes it, as set but not taken when it does not.
 */
function processingLine(state: ProcessingState, taken: readonly string[]): string {
  if (!state) return 'pending (waiting in the queue)';
  const parser = state.parserId ? ` ${state.parserId}@${state.parserVersion ?? ''}` : '';
  const settled = state.status === 'done' || state.status === 'failed';
  const counts = settled ? `, ${state.artifacts} artefacts, ${state.children} items` : '';
  const { daysFirst } = state.reading;
  let chosen = '';
  if (daysFirst !== undefined) {
    const order = `${daysFirst ? 'day' : 'month'} first`;
    if (!taken.includes('daysFirst')) chosen = `; ${order} chosen for its dates, which ${state.parserId ?? 'its parser'} does not take`;
    else chosen = `; dates ${settled ? 'read' : 'to be read'} ${order}, as chosen`;
  }
  return `${state.status}${parser}${counts}${chosen}`;
}
