// The provider and authority directory: everyone signed in reads it (drafting needs it); the administrator
// edits it, and every edit is a ledger event with the facts as they now stand.
import type { Actor } from '../actor';
import { requirePermission, requireSignedIn } from '../access';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import { actorEvent, recordEvent } from '../record-event';
import type { DirectoryEntry } from './directory';
import { rulesOf } from './request-access';

export type DirectoryInput = Omit<DirectoryEntry, 'id' | 'updatedAt' | 'updatedBy'>;

export async function listDirectory(deps: Deps, actor: Actor): Promise<DirectoryEntry[]> {
  requireSignedIn(actor);
  return deps.store.transaction((tx) => tx.directory.list());
}

function checkInput(input: DirectoryInput, rules: Record<string, unknown>): void {
  if (!input.name.trim()) throw new TamgaError('VALIDATION_FAILED', 'A directory entry needs a name');
  if (input.preservationRuleId && !rules[input.preservationRuleId]) {
    throw new TamgaError('VALIDATION_FAILED', `No timer rule ${input.preservationRuleId}; use one of ${Object.keys(rules).join(', ')}`);
  }
}

export async function saveDirectoryEntry(deps: Deps, actor: Actor, input: DirectoryInput, existingId?: string): Promise<DirectoryEntry> {
  requirePermission(actor, 'directory.manage');
  checkInput(input, rulesOf(deps).timers);
  return deps.store.transaction(async (tx) => {
    if (existingId && !(await tx.directory.byId(existingId))) throw new TamgaError('DIRECTORY_ENTRY_NOT_FOUND');
    const entry: DirectoryEntry = {
      ...input,
      id: existingId ?? deps.random.id(),
      updatedAt: deps.clock.now().toISOString(),
      updatedBy: actor.userId,
    };
    await tx.directory.upsert(entry);
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, existingId ? 'directory.entry_updated' : 'directory.entry_created', {
        targetType: 'directory_entry',
        targetId: entry.id,
        details: { ...input },
      }),
    );
    return entry;
  });
}
