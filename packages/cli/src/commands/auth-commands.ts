// tamga auth add|list|check: legal authorisations of a case.
import { readFileSync } from 'node:fs';
import type { Command } from 'commander';
import { CliError } from '../connection';
import { collect, resolveCase } from '../case-ref';
import { printJson, printTable } from '../output';
import { withClient } from '../run-action';

function selector(text: string): { type: 'PHONE_E164'; value: string } {
  const at = text.indexOf(':');
  if (at <= 0) throw new CliError(`Write a selector as TYPE:VALUE, e.g. PHONE_E164:+77011234567 (got ${text})`);
  return { type: text.slice(0, at).toUpperCase() as 'PHONE_E164', value: text.slice(at + 1) };
}

function legalBasis(text: string): { instrument: string; domesticProvision: string; article?: string } {
  const [instrument, domesticProvision, article] = text.split('|').map((s) => s.trim());
  if (!instrument || !domesticProvision) {
    throw new CliError(`Write a legal basis as INSTRUMENT|DOMESTIC PROVISION[|ARTICLE], e.g. "DOMESTIC_CPC|УПК РК ст. 252" (got ${text})`);
  }
  return { instrument, domesticProvision, ...(article ? { article } : {}) };
}

const iso = (text: string) => {
  const ms = Date.parse(text);
  if (Number.isNaN(ms)) throw new CliError(`Not a date: ${text}`);
  return new Date(ms).toISOString();
};

export function registerAuthCommands(program: Command): void {
  const auth = program.command('auth').description('legal authorisations: warrants, prosecutor sanctions, consent, emergencies');

  auth
    .command('add <case>')
    .description('record a legal authorisation (or give all fields in --file as JSON)')
    .option('--file <json>', 'the authorisation as JSON, as the API takes it')
    .option('--type <type>', 'COURT_WARRANT, PROSECUTOR_SANCTION, CONSENT or EMERGENCY_PROVISIONAL')
    .option('--number <no>', "the order's file number")
    .option('--issuer-type <type>', 'JUDGE, COURT, INVESTIGATING_JUDGE, PROSECUTOR, OTHER_INDEPENDENT, DATA_SUBJECT')
    .option('--issuer-body <body>', 'court or office that issued it')
    .option('--issuer-name <name>', 'judge or prosecutor', '')
    .option('--issuer-country <cc>', 'country of the issuer')
    .option('--issued-at <date>', 'when it was issued')
    .option('--valid-from <date>', 'first moment it may be used (default: issued-at)')
    .option('--valid-until <date>', 'last moment it may be used')
    .option('--measure <m>', 'SEARCH_SEIZURE, PRODUCTION, PRESERVATION… (repeatable)', collect)
    .option('--category <c>', 'SUBSCRIBER, TRAFFIC, CONTENT… (repeatable)', collect)
    .option('--selector <type:value>', 'e.g. PHONE_E164:+77011234567 (repeatable)', collect)
    .option('--exhibit <no>', 'exhibit number in scope (repeatable; none means all)', collect)
    .option('--period-from <date>', 'start of the period of the data')
    .option('--period-to <date>', 'end of the period of the data')
    .option('--legal-basis <text>', '"INSTRUMENT|DOMESTIC PROVISION[|ARTICLE]" (repeatable)', collect)
    .option('--grounds <text>', 'grounds justifying the measure')
    .option('--condition <text>', 'a condition attached (repeatable)', collect)
    .option('--validation-due <date>', 'emergency only: when it must be validated')
    .option('--document-hash <sha256>', 'SHA-256 of the signed order')
    .action(
      withClient(async ({ client }, o, ref: string) => {
        const caseId = await resolveCase(client, ref);
        const body = o.file
          ? JSON.parse(readFileSync(o.file as string, 'utf8'))
          : {
              type: o.type,
              number: o.number,
              issuerType: o.issuerType,
              issuedBy: { body: o.issuerBody, name: o.issuerName, country: o.issuerCountry },
              issuedAt: o.issuedAt && iso(o.issuedAt as string),
              validFrom: iso((o.validFrom ?? o.issuedAt) as string),
              validUntil: o.validUntil && iso(o.validUntil as string),
              measures: o.measure ?? [],
              scope: {
                categories: o.category ?? [],
                selectors: ((o.selector as string[] | undefined) ?? []).map(selector),
                exhibits: o.exhibit ?? [],
                period: o.periodFrom && o.periodTo ? { from: iso(o.periodFrom as string), to: iso(o.periodTo as string) } : null,
              },
              legalBasis: ((o.legalBasis as string[] | undefined) ?? []).map(legalBasis),
              grounds: o.grounds,
              conditions: o.condition ?? [],
              ...(o.validationDue ? { validationDue: iso(o.validationDue as string) } : {}),
              ...(o.documentHash ? { documentHash: o.documentHash } : {}),
            };
        const recorded = await client.call('recordAuthorization', { params: { caseId }, body });
        if (o.json) return printJson(recorded);
        process.stdout.write(
          `Recorded ${recorded.type} ${recorded.number}, valid ${recorded.validFrom} – ${recorded.validUntil} (${recorded.id})\n`,
        );
      }),
    );

  auth
    .command('list <case>')
    .description('the legal authorisations of a case')
    .action(
      withClient(async ({ client }, o, ref: string) => {
        const list = await client.call('listAuthorizations', { params: { caseId: await resolveCase(client, ref) } });
        if (o.json) return printJson(list);
        const now = Date.now();
        printTable(
          list.map((a) => ({
            ...a,
            state: a.revokedAt
              ? 'revoked'
              : Date.parse(a.validUntil) < now
                ? 'expired'
                : Date.parse(a.validFrom) > now
                  ? 'not yet valid'
                  : 'valid',
            issuer: a.issuedBy.body,
          })),
          ['type', 'number', 'issuer', 'validFrom', 'validUntil', 'state', 'measures', 'id'],
        );
      }),
    );

  auth
    .command('check <case>')
    .description('is a measure covered right now? exits 1 naming the condition that failed')
    .requiredOption('--measure <m>', 'the measure, e.g. SEARCH_SEIZURE')
    .option('--category <c>', 'data category (repeatable)', collect)
    .option('--selector <type:value>', 'selector (repeatable)', collect)
    .option('--exhibit <no>', 'exhibit number (repeatable)', collect)
    .option('--period-from <date>', 'start of the data window')
    .option('--period-to <date>', 'end of the data window')
    .action(
      withClient(async ({ client }, o, ref: string) => {
        const covered = await client.call('checkAuthorization', {
          params: { caseId: await resolveCase(client, ref) },
          body: {
            measure: o.measure as 'SEARCH_SEIZURE',
            ...(o.category ? { categories: o.category as 'CONTENT'[] } : {}),
            ...(o.selector ? { selectors: (o.selector as string[]).map(selector) } : {}),
            ...(o.exhibit ? { exhibits: o.exhibit as string[] } : {}),
            ...(o.periodFrom && o.periodTo ? { period: { from: iso(o.periodFrom as string), to: iso(o.periodTo as string) } } : {}),
          },
        });
        if (o.json) return printJson(covered);
        process.stdout.write(`Covered by ${covered.type} ${covered.number} (valid until ${covered.validUntil})\n`);
      }),
    );
}
