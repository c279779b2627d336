// The first pass over a chat: which header form the export uses (so a continuation line that happens to start
// with a date is not taken for a message) and, over all its dates, whether days or months come first.
import { ParseError } from '@tamga/core';
import { decideDateOrder, dateParts, type DateOrder, type DateParts } from './dates';
import { cleanLine, isStrongShape, matchHeader } from './header';
import { splitLines } from './lines';

export interface ChatSurvey {
  /** Header forms taken as message starts; other date-led lines are continuations. */
  shapes: ReadonlySet<string>;
  order: DateOrder;
  headers: number;
}

/**
 * Besides the most used form, a form is accepted only when it ends like an export's header (`- `, `] `, `: `) and
 * is common: anything else is a continuation line that happens to start with a date and time.
 */
const MINOR_SHAPE_SHARE = 0.2;
/**
 * A form that ends in a bare space (`13. 6. 2018. 21:25:15 a: m`, and every log line `2016-04-29 10:00:00 …`) counts
 * as an export's only when most of its lines go on with `Name: `: a pasted log must not outvote the real headers.
 */
const WEAK_SHAPE_AUTHORED = 0.5;

export async function surveyChat(chunks: AsyncIterable<Uint8Array>, signal: AbortSignal, daysFirst?: boolean): Promise<ChatSurvey> {
  const counts = new Map<string, number>();
  const authored = new Map<string, number>();
  // Distinct dates per form, in order of first appearance (Map keeps insertion order).
  const dates = new Map<string, Map<string, DateParts>>();
  let headers = 0;
  for await (const line of splitLines(chunks, signal)) {
    const clean = cleanLine(line.text);
    const header = matchHeader(clean, line.text);
    if (!header) continue;
    headers++;
    counts.set(header.shape, (counts.get(header.shape) ?? 0) + 1);
    if (/^[^:]+:\s/.test(clean.text.slice(header.end))) authored.set(header.shape, (authored.get(header.shape) ?? 0) + 1);
    let seen = dates.get(header.shape);
    if (!seen) dates.set(header.shape, (seen = new Map()));
    if (!seen.has(header.date)) {
      const parts = dateParts(header.date);
      if (parts) seen.set(header.date, parts);
    }
  }
  if (headers === 0) throw new ParseError('no WhatsApp message header (date, time, author) found: this is not a chat export');
  const likely = [...counts].filter(([shape, n]) => isStrongShape(shape) || (authored.get(shape) ?? 0) >= n * WEAK_SHAPE_AUTHORED);
  const candidates = likely.length > 0 ? likely : [...counts];
  const dominant = Math.max(...candidates.map(([, n]) => n));
  const shapes = new Set(
    candidates.filter(([shape, n]) => n === dominant || (isStrongShape(shape) && n >= headers * MINOR_SHAPE_SHARE)).map(([shape]) => shape),
  );
  const accepted = [...shapes].flatMap((shape) => [...(dates.get(shape)?.values() ?? [])]);
  return { shapes, order: decideDateOrder(accepted, daysFirst), headers };
}
