// Cases are named on the command line by reference number or id; offences as KZ:190, BC-8 or TUI-FIN.
import type { TamgaClient } from '@tamga/api';
import { CliError } from './connection';

/** An id as Tamga gives them, rather than a reference or an exhibit number. */
export const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function resolveCase(client: TamgaClient, ref: string): Promise<string> {
  if (UUID.test(ref)) return ref;
  const cases = await client.call('listCases');
  const found = cases.find((c) => c.case.reference === ref);
  if (!found) throw new CliError(`No case with reference ${ref} among your cases`);
  return found.case.id;
}

export type OffenceArg = { framework: 'NATIONAL' | 'BUDAPEST' | 'UNODC_TUI'; code: string; country?: string };

export function parseOffence(text: string): OffenceArg {
  const national = /^([A-Za-z]{2}):(.+)$/.exec(text);
  if (national) return { framework: 'NATIONAL', country: (national[1] as string).toUpperCase(), code: (national[2] as string).trim() };
  if (/^(BC-|BP1-)/i.test(text)) return { framework: 'BUDAPEST', code: text.toUpperCase() };
  if (/^TUI-/i.test(text)) return { framework: 'UNODC_TUI', code: text.toUpperCase() };
  throw new CliError(`Cannot read the offence ${text}: write a national article as KZ:190, or BC-8, or TUI-PROP-REC`);
}

export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
