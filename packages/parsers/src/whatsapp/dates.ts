// WhatsApp dates (FORMATS.md §2.4): the year is the longest component, and whether days or months come first
// is decided once over every date in the file, recording which rule decided.
import type { WallTime } from '@tamga/core';

/** The two non-year components in written order, and the year, as numbers. */
export type DateParts = [first: number, second: number, year: number];

export type DateOrderRule = 'override' | 'component above 12' | 'decreasing component' | 'change frequency' | 'undecided';

export interface DateOrder {
  daysFirst: boolean;
  rule: DateOrderRule;
  /** With an investigator's choice (rule `override`): what the file's own dates would have decided. */
  fromDates?: DateOrder;
}

/** Splits `23/06/2018`, `13. 6. 2018`, `2018/06/13`: the longest component (the last of equals) is the year. */
export function dateParts(date: string): DateParts | null {
  const pieces = date.split(/[-/.]\s?/);
  if (pieces.length !== 3) return null;
  // The year is the longest component (the last of equally long ones); the other two keep their written order.
  let yearAt = 2;
  for (let i = 1; i >= 0; i--) if (pieces[i]!.length > pieces[yearAt]!.length) yearAt = i;
  const [first, second] = pieces.filter((_, i) => i !== yearAt).map(Number);
  let year = Number(pieces[yearAt]);
  if (pieces[yearAt]!.length <= 2) year += 2000;
  return [first!, second!, year];
}

function aboveTwelve(dates: readonly DateParts[]): boolean | null {
  if (dates.some((d) => d[0] > 12)) return true;
  if (dates.some((d) => d[1] > 12)) return false;
  return null;
}

/** Within one year months only grow, so a component that goes down between consecutive dates is the day. */
function decreasing(dates: readonly DateParts[]): boolean | null {
  const lastByYear = new Map<number, DateParts>();
  let firstDecreases = false;
  let secondDecreases = false;
  for (const date of dates) {
    const previous = lastByYear.get(date[2]);
    if (previous) {
      if (date[0] < previous[0]) firstDecreases = true;
      if (date[1] < previous[1]) secondDecreases = true;
    }
    lastByYear.set(date[2], date);
  }
  if (firstDecreases) return true;
  if (secondDecreases) return false;
  return null;
}

/** The day changes more often than the month. */
function changeFrequency(dates: readonly DateParts[]): boolean | null {
  let first = 0;
  let second = 0;
  for (let i = 1; i < dates.length; i++) {
    if (dates[i]![0] !== dates[i - 1]![0]) first++;
    if (dates[i]![1] !== dates[i - 1]![1]) second++;
  }
  if (first > second) return true;
  if (first < second) return false;
  return null;
}

/**
 * Decides the order over the distinct dates of the file, in order of first appearance. When no rule decides,
 * days are read first (the convention of most locales, including KZ and RU) and the rule says `undecided`.
 */
export function decideDateOrder(dates: readonly DateParts[], override?: boolean): DateOrder {
  if (override !== undefined) return { daysFirst: override, rule: 'override', fromDates: decideDateOrder(dates) };
  const rules: Array<[DateOrderRule, (d: readonly DateParts[]) => boolean | null]> = [
    ['component above 12', aboveTwelve],
    ['decreasing component', decreasing],
    ['change frequency', changeFrequency],
  ];
  for (const [rule, decide] of rules) {
    const result = decide(dates);
    if (result !== null) return { daysFirst: result, rule };
  }
  return { daysFirst: true, rule: 'undecided' };
}

/** The wall time of a header, or null when it is not a real date and time (30 February, 25:00 …). */
export function wallTime(parts: DateParts, time: string, ampm: string | null, daysFirst: boolean): WallTime | null {
  const [day, month] = daysFirst ? [parts[0], parts[1]] : [parts[1], parts[0]];
  const year = parts[2];
  const [h = 0, minute = 0, second = 0] = time.split(/[.:]/).map(Number);
  let hour = h;
  if (ampm) {
    // Keep only the letters: `p. m.`, `PM`, `pm` all read as PM.
    const marker = ampm.replace(/[^apm]/gi, '').toUpperCase();
    if (hour < 1 || hour > 12) return null;
    if (marker === 'AM' && hour === 12) hour = 0;
    else if (marker === 'PM' && hour < 12) hour += 12;
  }
  if (month < 1 || month > 12 || day < 1 || hour > 23 || minute > 59 || second > 59 || year < 1990 || year > 2100) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return { year, month, day, hour, minute, second };
}

/** `2024-02-29T23:30:00`: the floating local time as the export shows it. */
export function formatWall(wall: WallTime): string {
  const p = (n: number, w = 2) => String(n).padStart(w, '0');
  return `${p(wall.year, 4)}-${p(wall.month)}-${p(wall.day)}T${p(wall.hour)}:${p(wall.minute)}:${p(wall.second ?? 0)}`;
}
