// Exhibits on the command line: named by exhibit number (or item id), and their processing warnings.
import type { TamgaClient } from '@tamga/api';
import { UUID } from './case-ref';
import { CliError } from './connection';

/**
 * The id of an exhibit named by its number (`EXH-001`, or a file found inside one, `EXH-001/3/2`, looked up level by
 * level) or by its id. An id not found at the top level is taken as given: the command's own call checks it.
 */
export async function resolveItem(client: TamgaClient, caseId: string, exhibit: string): Promise<string> {
  let level = await client.call('listEvidence', { params: { caseId } });
  for (;;) {
    const found = level.find((i) => i.exhibitNumber === exhibit || i.id === exhibit);
    if (found) return found.id;
    const parent = level.find((i) => exhibit.startsWith(`${i.exhibitNumber}/`));
    if (!parent) break;
    level = await client.call('listEvidence', { params: { caseId }, query: { parentId: parent.id } });
  }
  if (UUID.test(exhibit)) return exhibit;
  throw new CliError(`No exhibit ${exhibit} in this case`);
}

/** As many warnings as the web app shows before "show all". */
export const WARNINGS_SHOWN = 10;

/**
 * Text from evidence (a member's name inside a warning, say) on one line and without terminal controls: a hostile
 * name must neither start a line that looks like another field nor send escape sequences to the terminal.
 */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** An item's processing warnings for `printFields`: their count, then the first few a line each. */
export function warningFields(warnings: readonly string[]): Record<string, string> {
  if (warnings.length === 0) return {};
  const shown = warnings.slice(0, WARNINGS_SHOWN);
  return {
    warnings:
      shown.length < warnings.length ? `${warnings.length} (the first ${shown.length} below; --json lists them all)` : `${warnings.length}`,
    ...Object.fromEntries(shown.map((warning, i) => [`warning ${i + 1}`, oneLine(warning)])),
  };
}
