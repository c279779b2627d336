// How the items derived from an exhibit stand, as its page says it: a line for those that failed, were skipped or
// still wait, or one that all were processed. A container whose own run went well may hold members that failed.
import type { RouteOutput, Routes } from '@tamga/api';

export type DerivedProcessing = RouteOutput<Routes['getEvidence']>['derived'];

export interface DerivedLine {
  kind: 'failed' | 'skipped' | 'waiting' | 'done';
  /** How many of the derived items are so. */
  count: number;
  /** Those named (the first few the server gives), and how many more there are. */
  named: DerivedProcessing['failed'];
  more: number;
  tone: 'bad' | 'warn' | 'muted';
}

/** The lines to show, what needs a look first; none when nothing is derived from the exhibit. */
export function derivedLines(derived: DerivedProcessing): DerivedLine[] {
  const { counts } = derived;
  if (derived.items === 0) return [];
  const lines: DerivedLine[] = [];
  const named = (kind: 'failed' | 'skipped', tone: DerivedLine['tone']) => {
    if (counts[kind] > 0) lines.push({ kind, count: counts[kind], named: derived[kind], more: counts[kind] - derived[kind].length, tone });
  };
  named('failed', 'bad');
  named('skipped', 'warn');
  const waiting = counts.pending + counts.queued + counts.running;
  if (waiting > 0) lines.push({ kind: 'waiting', count: waiting, named: [], more: 0, tone: 'muted' });
  if (lines.length === 0) lines.push({ kind: 'done', count: counts.done, named: [], more: 0, tone: 'muted' });
  return lines;
}

/** Some derived items still wait: the page follows processing until they are done. */
export function derivedWaiting(derived: DerivedProcessing | undefined): boolean {
  return !!derived && derived.counts.pending + derived.counts.queued + derived.counts.running > 0;
}
