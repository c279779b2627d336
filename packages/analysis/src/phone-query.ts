// A search query that is one phone number, read as analysis reads numbers in text (the case's country first), with
// the digits it is written as: its E.164 digits and its national form's (`87012345678` for `+7 701 234 56 78`).
import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { PhoneQuery } from '@tamga/core';
import { validatePhoneNumber } from './phone';

export function readPhoneQuery(text: string, defaultRegion?: string): PhoneQuery | null {
  const found = validatePhoneNumber(text, defaultRegion);
  if (!found?.valid) return null;
  const national = parsePhoneNumberFromString(found.e164)?.formatNational().replace(/\D/g, '');
  const digitForms = [found.e164.slice(1)];
  if (national && national !== digitForms[0]) digitForms.push(national);
  return { e164: found.e164, digitForms };
}
