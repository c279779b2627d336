// What the index holds of a document: core's tokens of its text, then the E.164 digits of each valid phone it names
// (`77012345678` for `8 (701) 234-56-78`), so a search for the number in any form finds it (core's phoneQuery).
// Everything that reads a stored document's tokens again (matching a few documents, scoring) takes them from here.
import { searchTokens } from '@tamga/core';

const PHONE_KEY = 'entity:phone:+';

/** `keys` as the document's filter keys are stored: `entity:phone:+77012345678`, `account:…`. */
export function documentTokens(text: string, keys: readonly string[]): string[] {
  const tokens = searchTokens(text);
  const phones = keys.filter((key) => key.startsWith(PHONE_KEY)).map((key) => key.slice(PHONE_KEY.length));
  if (phones.length === 0) return tokens;
  const present = new Set(tokens);
  return tokens.concat(phones.filter((digits) => !present.has(digits)));
}
