// The notes of an item found inside another: core records them in English ("extracted from EXH-001 (x.jpg)"),
// which the page words in the reader's language; any other note was written by a person and shows as written.

export interface ExtractedFrom {
  exhibit: string;
  path: string;
}

/** The parent's exhibit number and the member's path of a note core wrote for a derived item, or null for any other note. */
export function extractedFrom(notes: string | null | undefined): ExtractedFrom | null {
  // The path is the member's name as the evidence gave it: it may hold spaces, brackets and line breaks.
  const found = notes?.match(/^extracted from (\S+) \(([\s\S]*)\)$/);
  return found ? { exhibit: found[1]!, path: found[2]! } : null;
}
