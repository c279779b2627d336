// A search query that is one phone number, read as analysis reads numbers in text (the case's country first), with
// the digits it is written as: its E.164 digits and its national form's (`87012345678` for `+7 701 234 56 78`).
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { PhoneQuery } from '@tamga/core';
import { validatePhoneNumber } from './phone';
import { phoneRejection } from './phone-rejection';

export function readPhoneQuery(text: string, defaultRegion?: string): PhoneQuery | null {
  // What analysis would not take for a phone in text (a round amount such as 100 000 000, a date) is no phone query.
  if (phoneRejection(text)) return null;
  const found = validatePhoneNumber(text, defaultRegion);
  if (!found?.valid) return null;
  const national = parsePhoneNumberFromString(found.e164)?.formatNational().replace(/\D/g, '');
  const digitForms = [found.e164.slice(1)];
  if (national && national !== digitForms[0] && nationalMeans(national, found.e164, defaultRegion)) digitForms.push(national);
  return { e164: found.e164, digitForms };
}

/**
 * Whether a document in this case writing the national digits may mean this number: not when the case's country
 * reads them as another number for certain. `+1 701 234 5678` is written `7012345678` in the United States, which a
 * Kazakh case reads as +7 701 234 56 78: asking for it would find, and mark, someone else's number.
 */
function nationalMeans(national: string, e164: string, defaultRegion: string | undefined): boolean {
  const read = validatePhoneNumber(national, defaultRegion);
  return !read?.valid || read.e164 === e164 || (read.alternatives ?? []).includes(e164);
}
