// tamga request: draft, review, send, track and close cross-border requests; tamga directory: the providers
// and authorities they go to. Every command prints JSON with --json.
import { readFileSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import type { TamgaClient } from '@tamga/api';
import { CliError } from '../connection';
import { resolveCase } from '../case-ref';
import { printFields, printJson, printTable } from '../output';
import { withClient } from '../run-action';
import { registerRequestIntakeCommands } from './request-intake-commands';

/** A request is named by id or by its reference (KZ-2026-0142/REQ-3). */
export async function resolveRequest(client: TamgaClient, caseId: string, ref: string): Promise<string> {
  const { requests } = await client.call('listRequests', { params: { caseId }, query: {} });
  const found = requests.find((r) => r.request.id === ref || r.request.reference === ref);
  if (!found) throw new CliError(`No request ${ref} in this case`);
  return found.request.id;
}

type Request = Record<string, unknown>;

function printRequest(json: unknown, request: Request): void {
  if (json) return printJson(request);
  const r = request as unknown as {
    reference: string;
    type: string;
    status: string;
    urgency: string;
    addressee: { name: string; reference?: string };
    items: unknown[];
    preservation?: { state: string; expiresAt?: string; renewals: number };
    sentDocument?: { sha256: string; format: string; language: string };
    approvals?: Array<{ by: string; role: string; stage: string; at: string }>;
    privilegeRisk?: { kind: string; note?: string };
    validation?: { state: string; at: string; orderReference?: string };
    timers: Array<{ kind: string; dueAt: string; clearedAt?: string }>;
    id: string;
  };
  const validationDue = r.timers.find((t) => t.kind === 'VALIDATION_DUE' && !t.clearedAt);
  printFields({
    id: r.id,
    reference: r.reference,
    type: r.type,
    status: r.status,
    urgency: r.urgency,
    addressee: `${r.addressee.name}${r.addressee.reference ? ` (their ref. ${r.addressee.reference})` : ''}`,
    items: r.items.length,
    ...(r.privilegeRisk ? { 'privilege risk': `${r.privilegeRisk.kind}${r.privilegeRisk.note ? ` (${r.privilegeRisk.note})` : ''}` } : {}),
    ...(r.approvals?.length ? { approvals: r.approvals.map((a) => `${a.stage} ${a.role} ${a.by} ${a.at.slice(0, 16)}`).join('; ') } : {}),
    ...(validationDue ? { 'validation due': validationDue.dueAt } : {}),
    ...(r.validation
      ? {
          validation: `${r.validation.state} ${r.validation.at.slice(0, 16)}${r.validation.orderReference ? ` order ${r.validation.orderReference}` : ''}`,
        }
      : {}),
    ...(r.preservation
      ? { preservation: `${r.preservation.state} until ${r.preservation.expiresAt ?? '?'} (renewals ${r.preservation.renewals})` }
      : {}),
    ...(r.sentDocument ? { 'letter sent': `${r.sentDocument.format}/${r.sentDocument.language} sha256 ${r.sentDocument.sha256}` } : {}),
  });
}

/** `tamga request <step> <request> --case …`: resolves both, calls the route, prints the request. */
function step(
  parent: Command,
  name: string,
  description: string,
  configure: (c: Command) => Command,
  call: (client: TamgaClient, params: { caseId: string; requestId: string }, o: Record<string, unknown>) => Promise<unknown>,
): void {
  configure(parent.command(`${name} <request>`).description(description).requiredOption('--case <case>', 'case reference or id')).action(
    withClient(async ({ client }, o, ref: string) => {
      const caseId = await resolveCase(client, o.case as string);
      const requestId = await resolveRequest(client, caseId, ref);
      printRequest(o.json, (await call(client, { caseId, requestId }, o)) as Request);
    }),
  );
}

const list = (value: string) =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

export function registerRequestCommands(program: Command): void {
  const request = program
    .command('request')
    .description('requests for evidence to providers and foreign authorities: preservation, disclosure, emergency, MLA');

  request
    .command('list')
    .description('the requests of a case with their next deadline')
    .requiredOption('--case <case>', 'case reference or id')
    .option('--status <status>', 'only this status (DRAFT, IN_REVIEW, AUTHORIZED, SENT, ACKNOWLEDGED, …)')
    .action(
      withClient(async ({ client }, o) => {
        const caseId = await resolveCase(client, o.case as string);
        const { requests } = await client.call('listRequests', {
          params: { caseId },
          query: o.status ? { status: o.status as 'DRAFT' } : {},
        });
        if (o.json) return printJson(requests);
        printTable(
          requests.map(({ request: r, nextDeadline: d }) => ({
            reference: r.reference,
            type: r.type,
            status: r.status,
            addressee: r.addressee.name,
            due: d ? `${d.kind} ${d.dueAt.slice(0, 16)}${d.overdue ? ' OVERDUE' : ''}${d.verified ? '' : ' (unverified rule)'}` : '',
          })),
          ['reference', 'type', 'status', 'addressee', 'due'],
        );
      }),
    );

  request
    .command('show <request>')
    .description('one request with its deadlines, reminders and linked requests')
    .requiredOption('--case <case>', 'case reference or id')
    .action(
      withClient(async ({ client }, o, ref: string) => {
        const caseId = await resolveCase(client, o.case as string);
        const detail = await client.call('getRequest', { params: { caseId, requestId: await resolveRequest(client, caseId, ref) } });
        if (o.json) return printJson(detail);
        printRequest(false, detail.request as unknown as Request);
        printTable(
          detail.deadlines.map((d) => ({ ...d, rule: `${d.ruleId}${d.verified ? '' : ' (unverified)'}` })),
          ['kind', 'rule', 'dueAt', 'daysLeft', 'overdue'],
        );
        if (detail.linked.length) printTable(detail.linked, ['reference', 'type', 'status']);
        if (detail.approval.next) {
          const who =
            detail.approval.next === 'HIGHER' ? detail.approval.higherApproverRoles.join(' or ') : 'a supervisor (not the author)';
          process.stdout.write(
            `next approval: ${who}${detail.approval.higherApprovalReasons.length ? ` — ${detail.approval.higherApprovalReasons.join('; ')}` : ''}\n`,
          );
        }
      }),
    );

  request
    .command('create')
    .description('draft a request; --file takes the fields as JSON (the API body), options override it')
    .requiredOption('--case <case>', 'case reference or id')
    .option(
      '--type <type>',
      'PRES_DIRECT, PRES_247, DISC_VOLUNTARY, DISC_EMERGENCY, EMERG_247_2AP9, MLA_STORED, MLA_EMERGENCY, DOMAIN_REG, …',
    )
    .option('--file <file>', 'a JSON file with the request fields')
    .option('--addressee <directoryId>', 'a directory entry (tamga directory list), e.g. provider-meta')
    .option('--authorization <id>', 'the legal authorisation relied on')
    .option('--follows <request>', 'the request this one follows (a preservation), linked both ways')
    .option('--privilege <kind>', 'G8: the target may be a LAWYER, JOURNALIST, MP or DOCTOR (a higher approver must approve)')
    .action(
      withClient(async ({ client }, o) => {
        const caseId = await resolveCase(client, o.case as string);
        const body = (o.file ? JSON.parse(readFileSync(o.file as string, 'utf8')) : {}) as Record<string, unknown>;
        if (o.type) body.type = o.type;
        if (!body.type) throw new CliError('Name the request type with --type or in the file');
        if (o.addressee) body.addressee = { ...(body.addressee as object), directoryId: o.addressee };
        if (o.authorization) body.authorizationId = o.authorization;
        if (o.privilege) body.privilegeRisk = { kind: String(o.privilege).toUpperCase() };
        if (o.follows) body.linkedRequestIds = [await resolveRequest(client, caseId, o.follows as string)];
        printRequest(o.json, (await client.call('createRequest', { params: { caseId }, body: body as never })) as unknown as Request);
      }),
    );

  step(
    request,
    'update',
    'change a draft with the fields of a JSON file',
    (c) => c.requiredOption('--file <file>', 'JSON fields'),
    (client, params, o) => client.call('updateRequest', { params, body: JSON.parse(readFileSync(o.file as string, 'utf8')) as never }),
  );
  step(
    request,
    'submit',
    'DRAFT → IN_REVIEW (the fields its type needs must be there)',
    (c) => c,
    (client, params) => client.call('submitRequest', { params, body: {} }),
  );
  step(
    request,
    'approve',
    'IN_REVIEW → AUTHORIZED (a supervisor other than the author; content, traffic or privilege risk: then a prosecutor)',
    (c) => c.option('--note <text>', 'approval note'),
    (client, params, o) => client.call('approveRequest', { params, body: o.note ? { note: o.note as string } : {} }),
  );
  step(
    request,
    'validate',
    'G7: record the formal order that validates a sent emergency request (supervisor or prosecutor)',
    (c) => c.requiredOption('--order <reference>', 'reference of the formal order').option('--note <text>', 'note'),
    (client, params, o) =>
      client.call('validateRequest', {
        params,
        body: { orderReference: o.order as string, ...(o.note ? { note: o.note as string } : {}) },
      }),
  );
  step(
    request,
    'return',
    'IN_REVIEW → DRAFT with what must change',
    (c) => c.requiredOption('--note <text>', 'what must change'),
    (client, params, o) => client.call('returnRequest', { params, body: { note: o.note as string } }),
  );
  step(
    request,
    'send',
    'AUTHORIZED → SENT; prints the letter and records its SHA-256',
    (c) =>
      c
        .option('--format <format>', 'pdf or docx', 'pdf')
        .option('--lang <lang>', 'en or ru', 'en')
        .option('--no-letter', 'sent through the addressee’s web form: no document to record'),
    (client, params, o) =>
      client.call('sendRequest', {
        params,
        body: o.letter === false ? {} : { letter: { format: o.format as 'pdf', language: o.lang as 'en' } },
      }),
  );
  step(
    request,
    'ack',
    'SENT → ACKNOWLEDGED with the addressee’s reference (starts a preservation’s expiry)',
    (c) =>
      c
        .requiredOption('--reference <ref>', 'the addressee’s reference')
        .option('--preservation-ref <ref>', 'the preservation’s own reference'),
    (client, params, o) =>
      client.call('acknowledgeRequest', {
        params,
        body: { reference: o.reference as string, ...(o.preservationRef ? { preservationRef: o.preservationRef as string } : {}) },
      }),
  );
  step(
    request,
    'close',
    'record the outcome: FULFILLED, PARTIALLY_FULFILLED, NO_DATA, REFUSED, UNDELIVERABLE or NO_RESPONSE',
    (c) =>
      c
        .requiredOption('--outcome <outcome>', 'the outcome')
        .option('--items <statuses>', 'each item’s status in order, comma-separated (FULFILLED,NO_DATA,REFUSED)')
        .option(
          '--refusal-reason <reason>',
          'LEGAL_INSUFFICIENCY, OVERBROAD, DUAL_CRIMINALITY, PRIVILEGE_OR_PRESS, ESSENTIAL_INTERESTS, CONFLICT_OF_LAWS, WRONG_ENTITY',
        )
        .option('--note <text>', 'note'),
    (client, params, o) =>
      client.call('closeRequest', {
        params,
        body: {
          outcome: o.outcome as 'FULFILLED',
          ...(o.items ? { itemStatuses: list(o.items as string) as Array<'FULFILLED'> } : {}),
          ...(o.refusalReason ? { refusalReason: o.refusalReason as 'OVERBROAD' } : {}),
          ...(o.note ? { note: o.note as string } : {}),
        },
      }),
  );
  step(
    request,
    'extend',
    'record that the extension of a preservation was asked of the addressee (EXTENSION_REQUESTED; the expiry stays)',
    (c) => c.option('--note <text>', 'note'),
    (client, params, o) => client.call('requestExtension', { params, body: o.note ? { note: o.note as string } : {} }),
  );
  step(
    request,
    'renew',
    'the addressee confirmed an extension: EXTENDED, the expiry moved by the rule’s period',
    (c) => c.option('--note <text>', 'note'),
    (client, params, o) => client.call('renewPreservation', { params, body: o.note ? { note: o.note as string } : {} }),
  );
  step(
    request,
    'withdraw',
    'withdraw an open request',
    (c) => c.requiredOption('--reason <text>', 'why'),
    (client, params, o) => client.call('withdrawRequest', { params, body: { reason: o.reason as string } }),
  );
  step(
    request,
    'correct',
    'a new draft copied from the request and linked to it',
    (c) => c.requiredOption('--reason <text>', 'what the correction is for'),
    (client, params, o) => client.call('correctRequest', { params, body: { reason: o.reason as string } }),
  );

  request
    .command('letter <request>')
    .description('write the letter to a file: the document that was sent, or a preview before sending')
    .requiredOption('--case <case>', 'case reference or id')
    .option('--format <format>', 'pdf or docx', 'pdf')
    .option('--lang <lang>', 'en or ru', 'en')
    .requiredOption('--out <file>', 'where to write it')
    .action(
      withClient(async ({ client }, o, ref: string) => {
        const caseId = await resolveCase(client, o.case as string);
        const requestId = await resolveRequest(client, caseId, ref);
        const bytes = await client.raw(
          `/api/cases/${encodeURIComponent(caseId)}/requests/${encodeURIComponent(requestId)}/letter?format=${o.format as string}&lang=${o.lang as string}`,
        );
        writeFileSync(o.out as string, bytes);
        const { createHash } = await import('node:crypto');
        const sha256 = createHash('sha256').update(bytes).digest('hex');
        if (o.json) return printJson({ out: o.out, bytes: bytes.length, sha256 });
        process.stdout.write(`${o.out as string}  ${bytes.length} bytes  sha256 ${sha256}\n`);
      }),
    );

  registerRequestIntakeCommands(request, program);
}
