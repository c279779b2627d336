// Telegram usernames: the username rule, and @mentions of usernames in text (§9.8).
import { type Candidate } from './entity-types';

const USERNAME = /^[A-Za-z][A-Za-z0-9_]{3,31}$/;

export interface TelegramUsername {
  /** Lower case, without '@' (usernames compare case-insensitively). */
  value: string;
  /**
   * 'short_username' (4 characters: only collectible names are that short) and 'trailing_underscore' are warnings,
   * because both rules are unconfirmed; 'bot' marks a bot username.
   */
  flags: string[];
}

/** `null` unless the name matches `^[A-Za-z][A-Za-z0-9_]{3,31}$` (an '@' in front is allowed). */
export function validateTelegramUsername(text: string): TelegramUsername | null {
  const name = text.startsWith('@') ? text.slice(1) : text;
  if (!USERNAME.test(name)) return null;
  const value = name.toLowerCase();
  const flags: string[] = [];
  if (value.endsWith('bot')) flags.push('bot');
  if (value.length === 4) flags.push('short_username');
  if (value.endsWith('_')) flags.push('trailing_underscore');
  return { value, flags };
}

// A mention starts the text or follows a non-word character, which keeps user@mail.kz out; one followed by
// ".letters" is a domain being typed, not a mention. Sticky, and tried only at each '@': as a search over the whole
// text, the Unicode lookbehind would be tested at every position.
const MENTION_AT = /(?<![\p{L}\p{N}_])@([A-Za-z][A-Za-z0-9_]{3,31})(?![A-Za-z0-9_]|\.[A-Za-z])/uy;

export function scanTelegramMentions(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let at = text.indexOf('@'); at >= 0;) {
    MENTION_AT.lastIndex = at;
    const match = MENTION_AT.exec(text);
    if (!match) {
      at = text.indexOf('@', at + 1);
      continue;
    }
    const user = validateTelegramUsername(match[1]!)!;
    const end = at + match[0].length;
    out.push({
      type: 'telegram_username',
      start: at,
      end,
      value: user.value,
      valid: true,
      flags: user.flags,
      details: { via: 'mention' },
    });
    at = text.indexOf('@', end);
  }
  return out;
}
