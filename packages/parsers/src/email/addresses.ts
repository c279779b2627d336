// Address headers → actors (`email:<lower-cased address>`) with the addresses as written, and the book of distinct
// accounts an item mentions.
import { addressParser, type Address } from 'postal-mime';
import type { ArtifactActor, Locator, ParserOutput } from '@tamga/core';
import { headerValues, type HeaderIndex } from './headers';

const ROLES: Array<[string, ArtifactActor['role']]> = [
  ['from', 'from'],
  ['to', 'to'],
  ['cc', 'cc'],
  ['bcc', 'bcc'],
  ['reply-to', 'reply_to'],
];

// Mailboxes repeat endlessly in an mbox; parsing the same header value once saves most of the address work.
const cache = new Map<string, Mailbox[]>();

interface Mailbox {
  /** Lower-cased: the account (`email:…`) that ties the same mailbox together across messages. */
  address: string;
  /** As the header writes it (`Oneil.844@…`), which is what the e-mail says. */
  written: string;
  name: string;
}

function mailboxes(value: string): Mailbox[] {
  let found = cache.get(value);
  if (found) return found;
  found = [];
  const flat = (list: Address[]) => {
    for (const entry of list) {
      if (entry.group) flat(entry.group);
      else if (entry.address) {
        const written = entry.address.trim();
        // A mailbox needs a non-empty local part and domain around its last `@` (1992 UUCP paths such as
        // `develop!nextmime@ebony@sblab.att.com` keep their `@`s), and no blanks or brackets.
        if (/^[^\s<>]+@[^\s<>@]+$/.test(written)) found!.push({ address: written.toLowerCase(), written, name: (entry.name ?? '').trim() });
      }
    }
  };
  try {
    flat(addressParser(value));
  } catch {
    // A header the address parser cannot read yields no actors; the raw value stays in `headers`.
  }
  if (cache.size >= 5000) cache.clear();
  cache.set(value, found);
  return found;
}

export interface MessageActors {
  actors: ArtifactActor[];
  /** Each account whose address the headers write otherwise than lower-cased, with its first written form; or null. */
  writtenAs: Record<string, string> | null;
}

/** Actors of a message in header order; a mailbox named twice in one role is listed once. */
export function actorsOf(headers: HeaderIndex): MessageActors {
  const actors: ArtifactActor[] = [];
  let writtenAs: Record<string, string> | null = null;
  const seen = new Set<string>();
  for (const [header, role] of ROLES) {
    for (const value of headerValues(headers, header)) {
      for (const { address, written, name } of mailboxes(value)) {
        if (seen.has(`${role} ${address}`)) continue;
        seen.add(`${role} ${address}`);
        const account = `email:${address}`;
        actors.push({ role, account, name: name || null });
        if (written !== address && !writtenAs?.[account]) (writtenAs ??= {})[account] = written;
      }
    }
  }
  return { actors, writtenAs };
}

/** The distinct accounts an item mentions, with every display name seen, emitted once at the end. */
export class AccountBook {
  private readonly accounts = new Map<
    string,
    { names: Set<string>; messages: number; lastSeen: number; locator: Locator; roles: Set<string> }
  >();
  private seen = 0;

  see(actors: ArtifactActor[], locator: Locator): void {
    // A serial per call counts each account once per message without allocating a set for every message.
    const serial = ++this.seen;
    for (const actor of actors) {
      let entry = this.accounts.get(actor.account);
      if (!entry) {
        entry = { names: new Set(), messages: 0, lastSeen: 0, locator, roles: new Set() };
        this.accounts.set(actor.account, entry);
      }
      if (actor.name) entry.names.add(actor.name);
      entry.roles.add(actor.role);
      if (entry.lastSeen !== serial) entry.messages++;
      entry.lastSeen = serial;
    }
  }

  async flush(out: ParserOutput): Promise<void> {
    for (const [account, entry] of this.accounts) {
      await out.artifact({
        type: 'account',
        key: `account:${account}`,
        actors: [{ role: 'owner', account, name: [...entry.names][0] ?? null }],
        fields: {
          platform: 'email',
          address: account.slice('email:'.length),
          names: [...entry.names],
          roles: [...entry.roles],
          messages: entry.messages,
        },
        locator: entry.locator,
      });
    }
    this.accounts.clear();
  }
}
