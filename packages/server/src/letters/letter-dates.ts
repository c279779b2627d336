// Dates as a reader expects them in a letter ("14 March 2026", "14 марта 2026 г."), taken from the ISO text
// as written: the wall time and the offset are the ones the author gave, never converted to the server's
// zone, so the letter says what the record says and renders the same everywhere.
import type { LetterLanguage } from '@tamga/core';

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
// Genitive, as after a day number in Russian.
const MONTHS_RU = ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'];

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i;

function offsetText(offset: string): string {
  if (offset.toUpperCase() === 'Z') return 'UTC';
  const match = /^([+-])(\d{2}):?(\d{2})?$/.exec(offset)!;
  return `UTC${match[1]}${match[2]}:${match[3] ?? '00'}`;
}

/**
 * A readable date, with the time and its UTC offset when the value has them. A value that is not an ISO date
 * is returned unchanged: the letter prints what it was given rather than a guess.
 */
export function readableDate(iso: string, language: LetterLanguage): string {
  const match = ISO.exec(iso.trim());
  if (!match) return iso;
  const [, year, month, day, hour, minute, second, offset] = match;
  const monthIndex = Number(month) - 1;
  if (monthIndex < 0 || monthIndex > 11) return iso;
  const date = language === 'ru' ? `${Number(day)} ${MONTHS_RU[monthIndex]} ${year} г.` : `${Number(day)} ${MONTHS_EN[monthIndex]} ${year}`;
  if (hour === undefined) return date;
  const time = `${hour}:${minute}${second && second !== '00' ? `:${second}` : ''}`;
  return `${date}, ${time}${offset ? ` (${offsetText(offset)})` : ''}`;
}
