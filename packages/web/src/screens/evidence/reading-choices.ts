// How an item is read where its bytes leave it open (FORMATS.md §2.4: whether a WhatsApp chat's dates are day or
// month first): the parsers that offer a choice, read once per page load, and who may make it.
import type { RouteOutput, Routes } from '@tamga/api';

export type ParserInfo = RouteOutput<Routes['listParsers']>['parsers'][number];
export type ReadingChoices = NonNullable<RouteOutput<Routes['getEvidence']>['processing']>['reading'];

/** The date order as the control offers it: left to the parser's rule, or chosen. */
export type DateOrder = 'auto' | 'day' | 'month';
export const DATE_ORDERS: readonly DateOrder[] = ['auto', 'day', 'month'];

export function dateOrderOf(reading: ReadingChoices | undefined): DateOrder {
  return reading?.daysFirst === undefined ? 'auto' : reading.daysFirst ? 'day' : 'month';
}

/** The body's `daysFirst` for an order: null leaves it to the parser's rule again. */
export function daysFirstOf(order: DateOrder): boolean | null {
  return order === 'auto' ? null : order === 'day';
}

/** Whether the parser that read an item (its id as the processing state names it) offers a choice. */
export function parserOffers(parsers: readonly ParserInfo[] | undefined, parserId: string | null | undefined, choice: string): boolean {
  if (!parsers || !parserId) return false;
  return parsers.find((p) => p.id === parserId)?.readingChoices.includes(choice) ?? false;
}

/**
 * What the date order control offers for an item: every order where its parser offers the choice; only going back
 * to automatic where a choice is left from an earlier parser that this one does not read (the server refuses any
 * other); nothing otherwise.
 */
export function dateOrderControl(
  parsers: readonly ParserInfo[] | undefined,
  state: { parserId: string | null; reading?: ReadingChoices } | null | undefined,
): 'offered' | 'left' | null {
  if (!state) return null;
  if (parserOffers(parsers, state.parserId, 'daysFirst')) return 'offered';
  return parsers && state.reading?.daysFirst !== undefined ? 'left' : null;
}

let parsers: Promise<ParserInfo[]> | undefined;

/** The server's parsers, asked once: they change only when the server does. A failure is not kept. */
export function parsersOnce(load: () => Promise<ParserInfo[]>): Promise<ParserInfo[]> {
  parsers ??= load().catch((failure: unknown) => {
    parsers = undefined;
    throw failure;
  });
  return parsers;
}

/** Roles with the permission 'evidence.ingest' (core's roles.ts), which choosing how an item is read requires. */
const MAY_INGEST = new Set(['supervisor', 'investigator', 'examiner', 'trainee']);

/** The server's rule for choosing how an item is read: the ingest permission, and contributing to the case. */
export function mayChooseReading(role: string | undefined, level: string | undefined): boolean {
  return !!role && MAY_INGEST.has(role) && (level === 'contribute' || level === 'lead');
}
