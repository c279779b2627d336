// The account-level blocks of a full Telegram export (FORMATS.md §1.1): the owner's personal information, the
// contact list, and the login sessions that tie IPs and devices to the account holder.
import type { ArtifactActor, ArtifactDraft, Locator } from '@tamga/core';
import { normalisePhone, peerIdOf, type TelegramAccounts } from './telegram-accounts';
import { artifactTime, type TelegramClock } from './telegram-time';

type Json = Record<string, unknown>;

function list(block: unknown): Json[] {
  const items = block && typeof block === 'object' && Array.isArray((block as Json).list) ? ((block as Json).list as unknown[]) : [];
  return items.filter((x): x is Json => !!x && typeof x === 'object' && !Array.isArray(x));
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function readPersonalInformation(block: unknown, accounts: TelegramAccounts, locator: Locator): void {
  if (!block || typeof block !== 'object') return;
  const info = block as Json;
  const owner = accounts.owner ?? { userId: null, locator, sessions: [], webSessions: [] };
  owner.userId = peerIdOf(info.user_id);
  owner.firstName = str(info.first_name);
  owner.lastName = str(info.last_name);
  owner.phoneNumber = str(info.phone_number);
  owner.username = str(info.username);
  owner.bio = str(info.bio);
  owner.locator = locator;
  accounts.owner = owner;
  // Known from here on, so later service messages can name the owner by display name.
  const name = [owner.firstName, owner.lastName].filter(Boolean).join(' ') || null;
  if (owner.userId) accounts.see(owner.userId, name, locator, { phone: owner.phoneNumber, username: owner.username });
}

/** `sessions` / `web_sessions`: normalised onto the owner's account artefact (emitted at the end). */
export function readSessions(block: unknown, web: boolean, accounts: TelegramAccounts, clock: TelegramClock, locator: Locator): void {
  const owner = accounts.owner ?? { userId: null, locator, sessions: [], webSessions: [] };
  accounts.owner = owner;
  for (const s of list(block)) {
    const session: Json = {
      lastActive: clock.resolve(s.last_active, s.last_active_unixtime),
      created: clock.resolve(s.created, s.created_unixtime),
      ip: s.last_ip ?? null,
      country: s.last_country ?? null,
      region: s.last_region ?? null,
      platform: s.platform ?? null,
    };
    if (web) Object.assign(session, { botUsername: s.bot_username ?? null, domainName: s.domain_name ?? null, browser: s.browser ?? null });
    else {
      Object.assign(session, {
        applicationName: s.application_name ?? null,
        applicationVersion: s.application_version ?? null,
        deviceModel: s.device_model ?? null,
        systemVersion: s.system_version ?? null,
      });
    }
    (web ? owner.webSessions : owner.sessions).push(session);
  }
}

/** `contacts.list` → one `contact` artefact per entry (key by position: entries need not have a user id). */
export function contactDrafts(
  block: unknown,
  accounts: TelegramAccounts,
  clock: TelegramClock,
  locator: Locator,
  pointer: string,
): ArtifactDraft[] {
  const items = block && typeof block === 'object' && Array.isArray((block as Json).list) ? ((block as Json).list as unknown[]) : [];
  const drafts: ArtifactDraft[] = [];
  items.forEach((item, index) => {
    if (!item || typeof item !== 'object') return;
    const c = item as Json;
    const name = [str(c.first_name), str(c.last_name)].filter(Boolean).join(' ') || null;
    const itemLocator = { ...locator, pointer: `${pointer}/list/${index}` };
    const actors: ArtifactActor[] = [];
    const owner = accounts.ownerAccount;
    if (owner) actors.push({ role: 'owner', account: owner });
    if (c.user_id !== undefined && c.user_id !== 0) {
      const account = accounts.see(c.user_id, name, itemLocator, { phone: c.phone_number });
      if (account) actors.push({ role: 'participant', account, name });
    }
    const time = clock.resolve(c.date, c.date_unixtime);
    const fields: Json = {
      source: 'contacts',
      userId: c.user_id ?? null,
      firstName: c.first_name ?? null,
      lastName: c.last_name ?? null,
      phoneNumber: c.phone_number ?? null,
      phone: normalisePhone(c.phone_number),
    };
    if (time?.offsetUncertain) fields.timeOffsetUncertain = true;
    drafts.push({
      type: 'contact',
      key: `contact:list:${index}`,
      time: artifactTime(time),
      actors,
      text: name,
      fields,
      locator: itemLocator,
    });
  });
  return drafts;
}
