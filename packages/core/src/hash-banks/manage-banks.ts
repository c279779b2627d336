// Creating, listing, enabling and disabling hash banks. Banks are instance settings (DOMAIN.md §9): only the
// administrator changes them; anyone signed in may see which banks exist and how large they are, never their
// entries.
import type { Actor } from '../actor';
import { requirePermission, requireSignedIn } from '../access';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import { actorEvent, recordEvent } from '../record-event';
import { BANK_MEANINGS, BANK_NAME, emptyEntryCounts, type BankMeaning, type HashBank } from './hash-bank';
import { enqueueRematchAll } from './match-item';

export interface CreateBankProps {
  name: string;
  meaning: BankMeaning;
  source: string;
  licence: string;
  description?: string;
  /** Default true: a bank matches from its first import. */
  enabled?: boolean;
}

export async function createBank(deps: Deps, actor: Actor, props: CreateBankProps): Promise<HashBank> {
  requirePermission(actor, 'hashbanks.manage');
  const name = props.name.trim();
  if (!BANK_NAME.test(name)) {
    throw new TamgaError('VALIDATION_FAILED', 'A bank name is 2–64 upper-case letters, digits or underscores, e.g. NSRL_2025_03');
  }
  if (!BANK_MEANINGS.includes(props.meaning)) throw new TamgaError('VALIDATION_FAILED', `meaning is one of ${BANK_MEANINGS.join(', ')}`);
  const source = props.source.trim();
  const licence = props.licence.trim();
  if (!source || !licence)
    throw new TamgaError('VALIDATION_FAILED', 'Say where the bank comes from and under what licence or sharing condition');
  return deps.store.transaction(async (tx) => {
    if (await tx.hashBanks.bankByName(name)) throw new TamgaError('BANK_NAME_TAKEN');
    const now = deps.clock.now().toISOString();
    const bank: HashBank = {
      id: deps.random.id(),
      name,
      description: props.description?.trim() ?? '',
      source,
      licence,
      meaning: props.meaning,
      enabled: props.enabled ?? true,
      version: 0,
      entries: emptyEntryCounts(),
      createdAt: now,
      createdBy: actor.userId,
      updatedAt: now,
    };
    await tx.hashBanks.insertBank(bank);
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, 'bank.created', {
        targetType: 'hash_bank',
        targetId: bank.id,
        details: { name, meaning: bank.meaning, source, licence, enabled: bank.enabled },
      }),
    );
    return bank;
  });
}

export async function listBanks(deps: Deps, actor: Actor): Promise<HashBank[]> {
  requireSignedIn(actor);
  return deps.store.transaction((tx) => tx.hashBanks.listBanks());
}

export async function getBank(deps: Deps, actor: Actor, bankId: string): Promise<HashBank> {
  requireSignedIn(actor);
  const bank = await deps.store.transaction((tx) => tx.hashBanks.bankById(bankId));
  if (!bank) throw new TamgaError('BANK_NOT_FOUND');
  return bank;
}

/** Finds a bank by id or by name (the CLI names banks). */
export async function findBank(deps: Deps, actor: Actor, ref: string): Promise<HashBank | undefined> {
  requireSignedIn(actor);
  return deps.store.transaction(async (tx) => (await tx.hashBanks.bankById(ref)) ?? (await tx.hashBanks.bankByName(ref)));
}

/**
 * Enabling or disabling changes what matches from now on. A disabled bank's earlier flags are hidden (reads show
 * matches of enabled banks only); enabling queues every case's items to be matched again.
 */
export async function setBankEnabled(
  deps: Deps,
  actor: Actor,
  bankId: string,
  props: { enabled: boolean; reason?: string },
): Promise<HashBank> {
  requirePermission(actor, 'hashbanks.manage');
  const reason = props.reason?.trim() || null;
  const changed = await deps.store.transaction(async (tx) => {
    const bank = await tx.hashBanks.bankById(bankId);
    if (!bank) throw new TamgaError('BANK_NOT_FOUND');
    if (bank.enabled === props.enabled) return { bank, changed: false };
    const updated: HashBank = { ...bank, enabled: props.enabled, updatedAt: deps.clock.now().toISOString() };
    await tx.hashBanks.updateBank(updated);
    await recordEvent(
      tx,
      deps,
      actorEvent(actor, props.enabled ? 'bank.enabled' : 'bank.disabled', {
        targetType: 'hash_bank',
        targetId: bank.id,
        justification: reason,
        details: { name: bank.name, version: bank.version },
      }),
    );
    return { bank: updated, changed: true };
  });
  if (changed.changed && changed.bank.enabled) await enqueueRematchAll(deps, `${changed.bank.id}@${changed.bank.version}:on`);
  return changed.bank;
}
