// The Telegram accounts seen in one export (authors, contacts, the owner), collected while streaming and
// emitted once at the end as `account` artefacts, each with every name and phone it appeared with.
import type { Locator, ParserOutput } from '@tamga/core';

const MAX_VALUES = 50; // names per account; a renamed account rarely has more, a hostile file could have millions

interface AccountEntry {
  account: string;
  peerId: string | null;
  names: Set<string>;
  phones: Set<string>;
  usernames: Set<string>;
  messages: number;
  locator: Locator;
}

export interface OwnerDetails {
  userId: string | null;
  firstName?: string;
  lastName?: string;
  phoneNumber?: string;
  username?: string;
  bio?: string;
  locator: Locator;
  sessions: Record<string, unknown>[];
  webSessions: Record<string, unknown>[];
}

/** `user123` for `"user123"` and for the bare numbers of older exports; null when there is nothing usable. */
export function peerIdOf(value: unknown): string | null {
  if (typeof value === 'number' && Number.isSafeInteger(value)) return `user${value}`;
  if (typeof value === 'string' && value !== '') return /^\d+$/.test(value) ? `user${value}` : value;
  return null;
}

/** Digits with a leading `+` kept: `+7 701 234 5678` → `+77012345678`. */
export function normalisePhone(raw: unknown): string | null {
  if (typeof raw !== 'string') return null;
  const digits = raw.replace(/[^\d]/g, '');
  if (digits.length < 3) return null;
  return raw.trim().startsWith('+') ? `+${digits}` : digits;
}

function addCapped(set: Set<string>, value: unknown): void {
  if (typeof value === 'string' && value !== '' && set.size < MAX_VALUES) set.add(value);
}

export class TelegramAccounts {
  private readonly entries = new Map<string, AccountEntry>();
  /** Display name → the one peer account seen with it (null when several share the name). */
  private readonly byName = new Map<string, string | null>();
  owner: OwnerDetails | null = null;

  /** The owner's account id, once `personal_information` has been read. */
  get ownerAccount(): string | null {
    return this.owner?.userId ? `telegram:${this.owner.userId}` : null;
  }

  /**
   * Records an account and returns its id: `telegram:user123` from a peer id, else `telegram:name:<name>` from a
   * bare display name (deleted or hidden peers), else null.
   */
  see(peer: unknown, name: unknown, locator: Locator, extra?: { phone?: unknown; username?: unknown; message?: boolean }): string | null {
    const peerId = peerIdOf(peer);
    const account = peerId ? `telegram:${peerId}` : typeof name === 'string' && name !== '' ? `telegram:name:${name}` : null;
    if (!account) return null;
    let entry = this.entries.get(account);
    if (!entry) {
      if (this.entries.size >= 1_000_000) return account; // keeps memory bounded on a hostile file
      entry = { account, peerId, names: new Set(), phones: new Set(), usernames: new Set(), messages: 0, locator };
      this.entries.set(account, entry);
    }
    if (typeof name === 'string' && name !== '' && !entry.names.has(name)) {
      addCapped(entry.names, name);
      if (peerId) {
        const known = this.byName.get(name);
        if (known === undefined) {
          if (this.byName.size < 1_000_000) this.byName.set(name, account);
        } else if (known !== account) this.byName.set(name, null);
      }
    }
    if (extra) {
      const phone = normalisePhone(extra.phone);
      if (phone) addCapped(entry.phones, phone);
      if (typeof extra.username === 'string') addCapped(entry.usernames, extra.username.replace(/^@/, '').toLowerCase());
      if (extra.message) entry.messages++;
    }
    return account;
  }

  /**
   * Service messages list members by display name only: use the peer account seen with exactly that name, and
   * fall back to a name-based account when the name is unknown or ambiguous.
   */
  seeName(name: unknown, locator: Locator): string | null {
    if (typeof name === 'string') {
      const known = this.byName.get(name);
      if (known) return known;
    }
    return this.see(null, name, locator);
  }

  async emit(out: ParserOutput): Promise<void> {
    const owner = this.owner;
    const ownerAccount = owner ? (this.ownerAccount ?? 'telegram:owner') : null;
    if (owner && ownerAccount) {
      const name = [owner.firstName, owner.lastName].filter(Boolean).join(' ') || null;
      this.see(owner.userId ?? 'owner', name, owner.locator, { phone: owner.phoneNumber, username: owner.username });
    }
    for (const entry of this.entries.values()) {
      const isOwner = entry.account === ownerAccount;
      const fields: Record<string, unknown> = {
        platform: 'telegram',
        peerId: entry.peerId,
        names: [...entry.names],
        phones: [...entry.phones],
        usernames: [...entry.usernames],
        messageCount: entry.messages,
        isOwner,
      };
      if (isOwner && owner) {
        Object.assign(fields, {
          firstName: owner.firstName ?? null,
          lastName: owner.lastName ?? null,
          phoneNumber: owner.phoneNumber ?? null,
          username: owner.username ?? null,
          bio: owner.bio ?? null,
          sessions: owner.sessions,
          webSessions: owner.webSessions,
          ips: [...new Set([...owner.sessions, ...owner.webSessions].map((s) => s.ip).filter((ip) => typeof ip === 'string'))],
        });
      }
      await out.artifact({
        type: 'account',
        key: `account:${entry.account}`,
        actors: [{ role: isOwner ? 'owner' : 'participant', account: entry.account, name: [...entry.names][0] ?? null }],
        text: null,
        fields,
        locator: isOwner && owner ? owner.locator : entry.locator,
      });
    }
  }
}
