// Exhibits on the command line: named by exhibit number (or item id), and their processing warnings.
import type { RouteOutput, Routes, TamgaClient } from '@tamga/api';
import { UUID } from './case-ref';
import { CliError } from './connection';
import { oneLine } from './output';

/**
 * The id of an exhibit named by its number (`EXH-001`, or a file found inside one, `EXH-001/3/2`, looked up level by
 * level) or by its id, which is taken as given: the command's own call checks it.
 */
export async function resolveItem(client: TamgaClient, caseId: string, exhibit: string): Promise<string> {
  return (await resolveItems(client, caseId, [exhibit]))[0] as string;
}

/**
 * The ids of several exhibits, each named as `resolveItem` takes it, in their order. Each level of the case's evidence
 * is listed at most once, however many of them it holds: a listing is a ledger event.
 */
export async function resolveItems(client: TamgaClient, caseId: string, exhibits: readonly string[]): Promise<string[]> {
  const levels = new Map<string, Promise<Level>>();
  const level = (parentId: string | undefined): Promise<Level> => {
    let listed = levels.get(parentId ?? '');
    if (!listed) {
      listed = client.call('listEvidence', { params: { caseId }, query: parentId ? { parentId } : {} });
      levels.set(parentId ?? '', listed);
    }
    return listed;
  };
  const one = async (exhibit: string): Promise<string> => {
    // An id is taken as given, without listing the case's evidence (a ledger event) to find it.
    if (UUID.test(exhibit)) return exhibit;
    let items = await level(undefined);
    for (;;) {
      const found = items.find((i) => i.exhibitNumber === exhibit || i.id === exhibit);
      if (found) return found.id;
      const parent = items.find((i) => exhibit.startsWith(`${i.exhibitNumber}/`));
      if (!parent) break;
      items = await level(parent.id);
    }
    throw new CliError(`No exhibit ${exhibit} in this case`);
  };
  const ids: string[] = [];
  for (const exhibit of exhibits) ids.push(await one(exhibit));
  return ids;
}

type Level = RouteOutput<Routes['listEvidence']>;

/** A comma-separated list of exhibits (`EXH-001/2,EXH-003`, ids too) as their ids. */
export function resolveItemList(client: TamgaClient, caseId: string, list: string): Promise<string[]> {
  const exhibits = list
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0);
  return resolveItems(client, caseId, exhibits);
}

/** As many warnings as the web app shows before "show all". */
export const WARNINGS_SHOWN = 10;

/**
 * An item's processing warnings for `printFields`: their count, then the first few a line each, as their English
 * sentences (a warning's code and values are for interfaces that word it in another language, and for --json).
 */
export function warningFields(warnings: ReadonlyArray<{ text: string }>): Record<string, string> {
  if (warnings.length === 0) return {};
  const shown = warnings.slice(0, WARNINGS_SHOWN);
  return {
    warnings:
      shown.length < warnings.length ? `${warnings.length} (the first ${shown.length} below; --json lists them all)` : `${warnings.length}`,
    ...Object.fromEntries(shown.map((warning, i) => [`warning ${i + 1}`, oneLine(warning.text)])),
  };
}
