// A letter as a list of worded blocks, in one language, before any format. The PDF and DOCX writers only lay
// these blocks out, so the two formats cannot drift apart in content: what one prints, the other prints.
import type { LetterLanguage } from '@tamga/core';

/** A run of text in a table cell; `code` marks a value that must stay exactly as written (selector, ISO time). */
export interface CellLine {
  text: string;
  bold?: boolean;
  code?: boolean;
}

export interface FieldRow {
  label: string;
  value: string;
}

export type LetterBlock =
  /** The requesting authority at the top of the first page. */
  | { kind: 'letterhead'; name: string; lines: string[] }
  /** Label: value pairs (reference and date, addressee, authorisation, contact). */
  | { kind: 'fields'; heading?: string; rows: FieldRow[] }
  /** The subject line. */
  | { kind: 'title'; text: string }
  | { kind: 'banner'; level: 'emergency' | 'urgent'; text: string }
  /** A numbered section heading ("3. Offence"). */
  | { kind: 'heading'; text: string }
  | { kind: 'subheading'; text: string }
  | { kind: 'paragraph'; text: string }
  /** Numbered entries, each with optional detail lines beneath it. */
  | { kind: 'list'; items: Array<{ text: string; details: string[] }> }
  /** Widths are fractions of the text width and add up to 1. */
  | { kind: 'table'; columns: Array<{ header: string; width: number }>; rows: CellLine[][][] }
  | { kind: 'signature'; lines: string[]; signatureLabel: string; sealLabel: string; dateLine: string };

export interface LetterDocument {
  language: LetterLanguage;
  reference: string;
  /** The subject line, also the document's title property. */
  title: string;
  /** Authority name, for the document's author property. */
  author: string;
  /** Date of the letter (ISO), which also dates the file itself so the same letter gives the same bytes. */
  issuedAt: string;
  /** The footer's words around the numbers ("Page" X "of" Y), for a writer that numbers pages itself. */
  footer: { page: string; of: string };
  blocks: LetterBlock[];
}
