// tamga case create|list|show|status|mail-hosts and tamga case member add|remove|list.
import type { Command } from 'commander';
import { collect, parseOffence, resolveCase } from '../case-ref';
import { printFields, printJson, printTable } from '../output';
import { withClient } from '../run-action';
import { outdatedNotice } from '../outdated-notice';

export function registerCaseCommands(program: Command): void {
  const cases = program.command('case').description('open and look at cases');

  cases
    .command('create')
    .description('open a case; you become its lead')
    .requiredOption('--reference <ref>', 'case reference number, e.g. KZ-2026-0142')
    .requiredOption('--title <title>', 'short title')
    .requiredOption('--country <cc>', 'jurisdiction, ISO 3166 code such as KZ')
    .requiredOption('--time-zone <tz>', 'IANA time zone of the case, e.g. Asia/Almaty')
    .requiredOption('--offence <code>', 'national article as KZ:190, or BC-8, TUI-FIN (repeatable; one national needed)', collect)
    .option('--description <text>', 'what the case is about')
    .option('--training', 'a training case (trainees may work only in these)')
    .action(
      withClient(async ({ client }, options) => {
        const created = await client.call('createCase', {
          body: {
            reference: options.reference as string,
            title: options.title as string,
            country: options.country as string,
            timeZone: options.timeZone as string,
            offences: (options.offence as string[]).map(parseOffence),
            ...(options.description ? { description: options.description as string } : {}),
            ...(options.training ? { training: true } : {}),
          },
        });
        if (options.json) return printJson(created);
        process.stdout.write(`Opened case ${created.reference} (${created.id})\n`);
      }),
    );

  cases
    .command('list')
    .description('the cases you are a member of')
    .action(
      withClient(async ({ client }, options) => {
        const list = await client.call('listCases');
        if (options.json) return printJson(list);
        printTable(
          list.map((c) => ({
            ...c.case,
            level: c.myLevel,
            offences: c.case.offences.map((o) => (o.country ? `${o.country}:${o.code}` : o.code)),
          })),
          ['reference', 'title', 'status', 'level', 'offences', 'id'],
        );
      }),
    );

  cases
    .command('show <case>')
    .description('one case, by reference or id')
    .option('--justification <why>', 'why you are looking (recorded in the ledger)')
    .action(
      withClient(async ({ client }, options, ref: string) => {
        const detail = await client.call('getCase', {
          params: { caseId: await resolveCase(client, ref) },
          query: options.justification ? { justification: options.justification as string } : {},
        });
        if (options.json) return printJson(detail);
        const c = detail.case;
        printFields({
          reference: c.reference,
          title: c.title,
          status: c.status + (c.training ? ' (training)' : ''),
          country: c.country,
          timeZone: c.timeZone,
          offences: c.offences.map((o) => (o.country ? `${o.country}:${o.code}` : o.code)).join(', '),
          trustedMailHosts: c.trustedMailHosts.join(', ') || '(none)',
          members: detail.memberCount,
          authorisations: detail.authorizationCount,
          yourLevel: detail.myLevel,
          id: c.id,
        });
      }),
    );

  cases
    .command('status <case> <status>')
    .description('suspend, close, reopen (open) or archive a case')
    .requiredOption('--reason <text>', 'why (recorded in the ledger)')
    .action(
      withClient(async ({ client }, options, ref: string, status: string) => {
        const updated = await client.call('changeCaseStatus', {
          params: { caseId: await resolveCase(client, ref) },
          body: { status: status as 'open', reason: options.reason as string },
        });
        if (options.json) return printJson(updated);
        process.stdout.write(`${updated.reference} is ${updated.status}\n`);
      }),
    );

  cases
    .command('mail-hosts <case> [entries...]')
    .description(
      "the recipient side's own mail hosts, past which e-mails' origin IPs are found: names (mx1.mail.kz), domains " +
        '(*.mail.kz), addresses or ranges (185.22.0.0/16); with entries, they replace the list (lead only)',
    )
    .option('--clear', 'name none')
    .action(
      withClient(async ({ client }, options, ref: string, entries: string[]) => {
        const caseId = await resolveCase(client, ref);
        if (options.clear && entries.length > 0) throw new Error('give entries or --clear, not both');
        const record =
          entries.length > 0 || options.clear
            ? await client.call('updateCase', {
                params: { caseId },
                body: { trustedMailHosts: options.clear ? [] : entries.flatMap((entry) => entry.split(',')) },
              })
            : (await client.call('getCase', { params: { caseId } })).case;
        if (options.json) return printJson(record.trustedMailHosts);
        process.stdout.write(
          record.trustedMailHosts.length > 0
            ? `${record.trustedMailHosts.join('\n')}\n`
            : 'No trusted mail hosts: an origin is the first public sender\n',
        );
        if (entries.length > 0 || options.clear) {
          const { outdated } = await client.call('processingSummary', { params: { caseId } });
          // Only what the hosts change: e-mails read with the earlier ones.
          const notice = outdatedNotice({ outdated, analysisOutdated: 0 }, ref);
          if (notice) process.stdout.write(notice);
        }
      }),
    );

  const member = cases.command('member').description('who may see a case');
  const showMembers = (members: Array<Record<string, unknown>>, json: unknown) =>
    json ? printJson(members) : printTable(members, ['username', 'displayName', 'role', 'level', 'addedAt']);

  member
    .command('add <case> <username>')
    .description('add a member, or change their access level')
    .option('--level <level>', 'read, contribute or lead', 'read')
    .action(
      withClient(async ({ client }, options, ref: string, username: string) => {
        const [caseId, user] = await Promise.all([resolveCase(client, ref), client.call('lookupUser', { query: { username } })]);
        const members = await client.call('setMember', { params: { caseId, userId: user.id }, body: { level: options.level as 'read' } });
        showMembers(members, options.json);
      }),
    );

  member
    .command('remove <case> <username>')
    .description('remove a member')
    .action(
      withClient(async ({ client }, options, ref: string, username: string) => {
        const [caseId, user] = await Promise.all([resolveCase(client, ref), client.call('lookupUser', { query: { username } })]);
        showMembers(await client.call('removeMember', { params: { caseId, userId: user.id } }), options.json);
      }),
    );

  member
    .command('list <case>')
    .description('members and their access levels')
    .action(
      withClient(async ({ client }, options, ref: string) => {
        showMembers(await client.call('listMembers', { params: { caseId: await resolveCase(client, ref) } }), options.json);
      }),
    );
}
