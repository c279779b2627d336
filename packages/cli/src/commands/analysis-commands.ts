// tamga search, entities, timeline, graph, access: reading what analysis found, and asking for access to the
// other cases that hold an entity.
import type { Command } from 'commander';
import type { TamgaClient } from '@tamga/api';
import { resolveCase } from '../case-ref';
import { resolveItemList } from '../exhibits';
import { oneLine, printFields, printJson, printTable } from '../output';
import { withClient } from '../run-action';

/** Turns the API's highlight markers into something a terminal shows. */
export function highlight(snippet: string, tty: boolean): string {
  const [open, close] = tty ? ['\u001b[1;33m', '\u001b[0m'] : ['[', ']'];
  // The snippet is evidence text: its own controls are escaped, then the marks around hits become the highlight.
  return snippet
    .replace(/\s+/g, ' ')
    .split('\u0001')
    .map((part) => part.split('\u0002').map(oneLine).join(close))
    .join(open);
}

/** The filters search, timeline and graph share, with their exhibits (numbers or ids) as item ids. */
async function rangeQuery(client: TamgaClient, caseId: string, o: Record<string, unknown>) {
  const itemIds = o.item ? await resolveItemList(client, caseId, String(o.item)) : [];
  return {
    ...(o.type ? { types: String(o.type) } : {}),
    ...(itemIds.length > 0 ? { itemIds: itemIds.join(',') } : {}),
    ...(o.from ? { from: String(o.from) } : {}),
    ...(o.to ? { to: String(o.to) } : {}),
  };
}

const withRange = (command: Command) =>
  command
    .option('--type <types>', 'artefact types, comma-separated (message,email,web_visit,…)')
    .option('--item <exhibits>', 'only from these exhibits, comma-separated (numbers, such as EXH-001/2, or item ids)')
    .option('--from <time>', 'from this date or time (ISO 8601, in UTC or with an offset such as +05:00), inclusive')
    .option('--to <time>', 'up to this date or time, exclusive');

export function registerAnalysisCommands(program: Command): void {
  withRange(
    program
      .command('search <query...>')
      .description('full-text search in a case: words, "phrases", prefix*, AND, OR, NOT, (groups); recorded as an access event')
      .requiredOption('--case <case>', 'case reference or id'),
  )
    .option('--entity <key>', 'only artefacts with this entity (e.g. phone:+77012345678)')
    .option('--account <account>', 'only artefacts with this account (e.g. telegram:user123)')
    .option('--sort <order>', 'relevance (default), time_asc or time_desc')
    .option('--limit <n>', 'hits per page (default 20)')
    .action(
      withClient(async ({ client }, o, words: string[]) => {
        const caseId = await resolveCase(client, o.case as string);
        const page = await client.call('search', {
          params: { caseId },
          query: {
            q: words.join(' '),
            ...(await rangeQuery(client, caseId, o)),
            ...(o.entity ? { entity: String(o.entity) } : {}),
            ...(o.account ? { account: String(o.account) } : {}),
            ...(o.sort ? { sort: o.sort as 'relevance' } : {}),
            limit: o.limit ? Number(o.limit) : 20,
          },
        });
        if (o.json) return printJson(page);
        const tty = Boolean(process.stdout.isTTY);
        process.stdout.write(`${page.total}${page.totalIsLowerBound ? '+' : ''} hit(s)\n`);
        for (const hit of page.hits) {
          process.stdout.write(`${hit.at ?? '(undated)'}  ${hit.type.padEnd(10)} ${hit.artifactId}\n    ${highlight(hit.snippet, tty)}\n`);
        }
      }),
    );

  const entities = program
    .command('entities')
    .description('entities found in a case (phones, e-mails, wallets …) and where else they occur');
  entities
    .command('list', { isDefault: true })
    .description('entities, most frequent first, with "also in N other cases"')
    .requiredOption('--case <case>', 'case reference or id')
    .option('--type <type>', 'email, phone, url, domain, ipv4, ipv6, btc_address, eth_address, tron_address, telegram_username, …')
    .option('--contains <text>', 'only values containing this')
    .option('--all', 'include candidates that failed validation')
    .option('--limit <n>', 'at most this many (default 100)')
    .action(
      withClient(async ({ client }, o) => {
        const caseId = await resolveCase(client, o.case as string);
        const { entities: found } = await client.call('listEntities', {
          params: { caseId },
          query: {
            ...(o.type ? { type: o.type as 'phone' } : {}),
            ...(o.contains ? { contains: String(o.contains) } : {}),
            validOnly: o.all ? 'false' : 'true',
            limit: o.limit ? Number(o.limit) : 100,
          },
        });
        if (o.json) return printJson(found);
        printTable(
          found.map((e) => ({
            ...e,
            also: [...e.alsoIn.cases.map((c) => c.reference), ...(e.alsoIn.others ? [`+${e.alsoIn.others} other`] : [])].join(' '),
          })),
          ['type', 'value', 'occurrences', 'firstAt', 'lastAt', 'also'],
        );
      }),
    );
  entities
    .command('show <key>')
    .description('one entity (type:value, e.g. phone:+77012345678) with its occurrences')
    .requiredOption('--case <case>', 'case reference or id')
    .option('--limit <n>', 'occurrences to show (default 100)')
    .action(
      withClient(async ({ client }, o, key: string) => {
        const caseId = await resolveCase(client, o.case as string);
        const detail = await client.call('getEntity', { params: { caseId }, query: { key, limit: o.limit ? Number(o.limit) : 100 } });
        if (o.json) return printJson(detail);
        const { entity } = detail;
        printFields({
          key: entity.key,
          valid: entity.valid,
          occurrences: entity.occurrences,
          artefacts: entity.artifacts,
          first: entity.firstAt ?? '',
          last: entity.lastAt ?? '',
          'also in': entity.alsoIn.cases.map((c) => `${c.reference} (${c.title})`).join(', ') || '—',
          'other cases': entity.alsoIn.others
            ? `${entity.alsoIn.others} you are not a member of (tamga entities request-access ${entity.key} --case … --reason …)`
            : 0,
        });
        printTable(
          detail.occurrences.map((x) => ({ ...x, at: x.at ?? '(undated)', where: `${x.field}@${x.start}` })),
          ['at', 'artifactType', 'raw', 'where', 'artifactId'],
        );
      }),
    );
  entities
    .command('request-access <key>')
    .description('ask the leads of the other cases holding this entity to let you in (you learn only how many were asked)')
    .requiredOption('--case <case>', 'your case, where the entity occurs')
    .requiredOption('--reason <text>', 'why you need access (the leads read it)')
    .action(
      withClient(async ({ client }, o, key: string) => {
        const caseId = await resolveCase(client, o.case as string);
        const result = await client.call('requestAccess', { params: { caseId }, body: { entityKey: key, reason: String(o.reason) } });
        if (o.json) return printJson(result);
        process.stdout.write(`Asked the leads of ${result.requested} case(s)\n`);
      }),
    );

  const access = program.command('access').description('requests for access to cases found through shared entities');
  access
    .command('list', { isDefault: true })
    .description('your own requests; with --case, the requests to join that case (its lead)')
    .option('--case <case>', 'a case you lead')
    .action(
      withClient(async ({ client }, o) => {
        if (o.case) {
          const caseId = await resolveCase(client, o.case as string);
          const { requests } = await client.call('incomingAccessRequests', { params: { caseId }, query: {} });
          if (o.json) return printJson(requests);
          return printTable(requests, ['id', 'status', 'requesterUsername', 'fromCaseReference', 'entityKey', 'reason']);
        }
        const { requests } = await client.call('ownAccessRequests', {});
        if (o.json) return printJson(requests);
        printTable(requests, ['id', 'status', 'entityKey', 'createdAt', 'decidedAt', 'targetCaseId']);
      }),
    );
  access
    .command('decide <requestId> <decision>')
    .description('approve or refuse a request to join a case you lead')
    .requiredOption('--case <case>', 'the case you lead')
    .option('--note <text>', 'a note recorded with the decision')
    .action(
      withClient(async ({ client }, o, requestId: string, decision: string) => {
        if (decision !== 'approve' && decision !== 'refuse') throw new Error('decision must be approve or refuse');
        const caseId = await resolveCase(client, o.case as string);
        const result = await client.call('decideAccessRequest', {
          params: { caseId, requestId },
          body: { decision, ...(o.note ? { note: String(o.note) } : {}) },
        });
        if (o.json) return printJson(result);
        process.stdout.write(`Request ${result.id}: ${result.status}\n`);
      }),
    );

  withRange(
    program
      .command('timeline')
      .description('all artefacts of a case in one time order, UTC beside the source zone; --histogram for counts')
      .requiredOption('--case <case>', 'case reference or id'),
  )
    .option('--histogram [buckets]', 'counts per time bucket instead (default 40 buckets)')
    .option('--limit <n>', 'at most this many entries (default 100)')
    .action(
      withClient(async ({ client }, o) => {
        const caseId = await resolveCase(client, o.case as string);
        if (o.histogram) {
          const buckets = typeof o.histogram === 'string' ? Number(o.histogram) : 40;
          const histogram = await client.call('histogram', {
            params: { caseId },
            query: { ...(await rangeQuery(client, caseId, o)), buckets },
          });
          if (o.json) return printJson(histogram);
          const max = Math.max(1, ...histogram.buckets.map((b) => b.count));
          for (const b of histogram.buckets) {
            process.stdout.write(
              `${b.start.slice(0, 19)}Z ${String(b.count).padStart(8)} ${'█'.repeat(Math.round((b.count / max) * 40))}\n`,
            );
          }
          process.stdout.write(`bucket ${histogram.bucketSeconds} s; undated ${histogram.undated}\n`);
          return;
        }
        const page = await client.call('timeline', {
          params: { caseId },
          query: { ...(await rangeQuery(client, caseId, o)), limit: o.limit ? Number(o.limit) : 100 },
        });
        if (o.json) return printJson(page);
        printTable(
          page.entries.map(({ artifact: a, unknownZone }) => ({
            utc: a.at ?? '(undated)',
            zone: unknownZone ? 'unknown zone' : (a.zone ?? ''),
            type: a.type,
            from: a.actors.find((x) => x.role === 'from' || x.role === 'author')?.account ?? '',
            text: (a.text ?? '').replace(/\s+/g, ' ').slice(0, 60),
            id: a.id,
          })),
          ['utc', 'zone', 'type', 'from', 'text', 'id'],
        );
      }),
    );

  withRange(
    program
      .command('graph')
      .description('the link graph of a case: accounts and entities, with communication, mention and co-occurrence edges')
      .requiredOption('--case <case>', 'case reference or id'),
  )
    .option('--kinds <kinds>', 'edge kinds, comma-separated: communication,mentions,co_occurs')
    .option('--entity-types <types>', 'only entities of these types, comma-separated')
    .option('--min-weight <n>', 'leave out lighter edges')
    .option('--limit <n>', 'at most this many edges (default 200)')
    .action(
      withClient(async ({ client }, o) => {
        const caseId = await resolveCase(client, o.case as string);
        const graph = await client.call('linkGraph', {
          params: { caseId },
          query: {
            ...(await rangeQuery(client, caseId, o)),
            ...(o.kinds ? { kinds: String(o.kinds) } : {}),
            ...(o.entityTypes ? { entityTypes: String(o.entityTypes) } : {}),
            ...(o.minWeight ? { minWeight: Number(o.minWeight) } : {}),
            limit: o.limit ? Number(o.limit) : 200,
          },
        });
        if (o.json) return printJson(graph);
        process.stdout.write(`${graph.nodes.length} node(s), ${graph.edges.length} edge(s)\n`);
        printTable(graph.edges, ['kind', 'weight', 'source', 'target']);
      }),
    );
}
