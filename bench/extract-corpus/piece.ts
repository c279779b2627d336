// A piece of a bench/extract document: the text as written and the labels it yields (or the decoy it is), with
// offsets relative to the piece. Every entity and decoy generator returns one; DocumentBuilder places it.
import { type Random } from './random';

export type Label = [type: string, value: string, start: number];
export type Decoy = [type: string, raw: string, start: number, kind: string];

export interface Piece {
  raw: string;
  labels: Label[];
  /** Set for a decoy: the type it imitates and why it must not be reported valid. */
  decoy?: { type: string; kind: string };
}

export const one = (type: string, raw: string, value: string): Piece => ({ raw, labels: [[type, value, 0]] });
export const decoy = (type: string, kind: string, raw: string): Piece => ({ raw, labels: [], decoy: { type, kind } });

/** Replaces one character by another of the same alphabet (never the same one). */
export function mutate(r: Random, text: string, from: number, alphabet: string): string {
  const at = from + r.int(text.length - from);
  let ch = text[at]!;
  while (ch === text[at]) ch = alphabet[r.int(alphabet.length)]!;
  return text.slice(0, at) + ch + text.slice(at + 1);
}
