// The normalised, un-defanged copy of a text that scanners read, with the offset map back to the original (§9.1).

/** For each working-copy UTF-16 unit, the original range it came from. `null` stands for the identity map. */
export interface OffsetMap {
  starts: Int32Array;
  ends: Int32Array;
}

export interface MappedText {
  text: string;
  map: OffsetMap | null;
}

export interface UndefangedText extends MappedText {
  /** Sorted, disjoint [start, end) ranges of the output that a defang rewrite produced. */
  rewritten: Array<[number, number]>;
}

export interface WorkingText {
  readonly original: string;
  /** NFC, without invisible characters, NBSP as space, un-defanged. */
  readonly text: string;
  /** Maps a non-empty [start, end) range of `text` to the original range that produced it. */
  toOriginal(start: number, end: number): [number, number];
  /** Whether any part of [start, end) of `text` was produced by un-defanging. */
  isDefanged(start: number, end: number): boolean;
}

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/;
const WIDE_SPACES = /[\u00A0\u202F]/g;
// Nothing below U+0300 can change under NFC, so most Latin text skips the (costly) comparison.
const MAY_NEED_NFC = /[^\t-\u02FF]/;
// Grouping a starter with its combining marks (and Hangul vowel/trailing jamo, which compose with the preceding
// syllable) lets each group be normalised on its own while the offsets stay attributable.
const NFC_CLUSTER = /[^\p{M}\u1160-\u11FF][\p{M}\u1160-\u11FF]*|[\p{M}\u1160-\u11FF]+/gu;

/** In `nonAsciiClasses()`: NFC may change the text at this character. */
export const NFC_SENSITIVE = 1;
/** In `nonAsciiClasses()`: the working copy drops this character (zero-width, bidi and BOM characters). */
export const INVISIBLE_CHAR = 2;
/** In `nonAsciiClasses()`: a high surrogate; the code point it starts decides. */
export const HIGH_SURROGATE = 4;
/** In `nonAsciiClasses()`: the working copy turns this character into a space (NBSP, narrow NBSP). */
export const WIDE_SPACE = 8;
/** In `nonAsciiClasses()`: the working copy rewrites this character. */
export const REWRITTEN = INVISIBLE_CHAR | WIDE_SPACE;

let classes: Uint8Array | undefined;

/**
 * A class per UTF-16 code unit, so that one pass can tell whether a text needs a working copy at all. NFC leaves a
 * text alone unless it holds a character whose NFC quick-check property is No or Maybe; those are characters NFC
 * replaces on their own, combining marks and the conjoining Hangul vowels and finals, all of which are flagged
 * NFC_SENSITIVE (a superset, worked out from String.prototype.normalize itself on first use).
 */
export function nonAsciiClasses(): Uint8Array {
  if (classes) return classes;
  const table = new Uint8Array(0x10000);
  const mark = /\p{M}/u;
  for (let code = 0x300; code < 0x10000; code++) {
    // A low surrogate belongs to the code point its high surrogate starts (and NFC leaves a lone one alone).
    if (code >= 0xd800 && code <= 0xdfff) {
      if (code <= 0xdbff) table[code] = HIGH_SURROGATE;
      continue;
    }
    const ch = String.fromCharCode(code);
    if ((code >= 0x1160 && code <= 0x11ff) || mark.test(ch) || ch.normalize('NFC') !== ch) table[code] = NFC_SENSITIVE;
  }
  for (let code = 0x80; code < 0x10000; code++) {
    if (code === 0xa0 || code === 0x202f) table[code]! |= WIDE_SPACE;
    else if (isInvisible(code)) table[code]! |= INVISIBLE_CHAR;
  }
  classes = table;
  return table;
}

/** Whether the astral code point at `i` (a high surrogate) can be changed by NFC; emoji cannot. */
export function astralNfcSensitive(text: string, i: number): boolean {
  const cp = text.codePointAt(i)!;
  return cp < 0x1f000 || cp > 0x1faff;
}

function isInvisible(code: number): boolean {
  return (code >= 0x200b && code <= 0x200f) || (code >= 0x202a && code <= 0x202e) || (code >= 0x2060 && code <= 0x2069) || code === 0xfeff;
}

/** Applies the outer map after the inner one: the result maps outer output straight to inner input. */
export function composeMaps(inner: OffsetMap | null, outer: OffsetMap | null): OffsetMap | null {
  if (!inner) return outer;
  if (!outer) return inner;
  const n = outer.starts.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = inner.starts[outer.starts[i]!]!;
    ends[i] = inner.ends[outer.ends[i]! - 1]!;
  }
  return { starts, ends };
}

export function mapSpan(map: OffsetMap | null, start: number, end: number): [number, number] {
  if (!map) return [start, end];
  if (end <= start) {
    const at = start < map.starts.length ? map.starts[start]! : map.ends.length ? map.ends[map.ends.length - 1]! : 0;
    return [at, at];
  }
  return [map.starts[start]!, map.ends[end - 1]!];
}

function stripInvisible(source: string): MappedText {
  const starts = new Int32Array(source.length);
  const parts: string[] = [];
  let n = 0;
  let keptFrom = 0;
  for (let i = 0; i < source.length; i++) {
    if (isInvisible(source.charCodeAt(i))) {
      if (i > keptFrom) parts.push(source.slice(keptFrom, i));
      keptFrom = i + 1;
      continue;
    }
    starts[n++] = i;
  }
  parts.push(source.slice(keptFrom));
  const kept = starts.slice(0, n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) ends[i] = kept[i]! + 1;
  return { text: parts.join('').replace(WIDE_SPACES, ' '), map: { starts: kept, ends } };
}

/** A growable pair of offset arrays (NFC can make a text longer, rarely by more than a few characters). */
class MapBuilder {
  starts: Int32Array;
  ends: Int32Array;
  length = 0;

  constructor(capacity: number) {
    this.starts = new Int32Array(capacity);
    this.ends = new Int32Array(capacity);
  }

  add(start: number, end: number): void {
    if (this.length === this.starts.length) {
      const starts = new Int32Array(this.length * 2 + 16);
      const ends = new Int32Array(this.length * 2 + 16);
      starts.set(this.starts);
      ends.set(this.ends);
      this.starts = starts;
      this.ends = ends;
    }
    this.starts[this.length] = start;
    this.ends[this.length++] = end;
  }

  /** Maps each unit of source[a, b) to itself. */
  addIdentity(a: number, b: number): void {
    for (let k = a; k < b; k++) this.add(k, k + 1);
  }

  build(): OffsetMap {
    return { starts: this.starts.slice(0, this.length), ends: this.ends.slice(0, this.length) };
  }
}

function composeNfc(source: string): MappedText {
  const parts: string[] = [];
  // Only clusters holding a character NFC may change can come out different. The stretch from the character before
  // the first such character to the last one is made of whole clusters (every mark and conjoining jamo is flagged,
  // so the characters just outside it start clusters); it is normalised cluster by cluster, the rest copied.
  const table = nonAsciiClasses();
  let first = -1;
  let last = -1;
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if (c >= 0x300 && table[c]! & (NFC_SENSITIVE | HIGH_SURROGATE)) {
      if (first < 0) first = i;
      last = i;
    }
  }
  if (first < 0) return { text: source, map: null };
  const from = Math.max(0, first - 1);
  const to = Math.min(source.length, last + (table[source.charCodeAt(last)]! & HIGH_SURROGATE ? 2 : 1));
  const map = new MapBuilder(source.length);
  if (from > 0) parts.push(source.slice(0, from));
  map.addIdentity(0, from);
  const middle = source.slice(from, to);
  for (const match of middle.matchAll(NFC_CLUSTER)) {
    const cluster = match[0];
    const at = from + match.index;
    const composed = cluster.normalize('NFC');
    parts.push(composed);
    if (composed === cluster) {
      map.addIdentity(at, at + cluster.length);
    } else {
      // A composed character stands for the whole cluster, so any unit of it maps to all of it.
      for (let k = 0; k < composed.length; k++) map.add(at, at + cluster.length);
    }
  }
  if (to < source.length) parts.push(source.slice(to));
  map.addIdentity(to, source.length);
  return { text: parts.join(''), map: map.build() };
}

/**
 * NFC, invisible characters removed, NBSP and narrow NBSP as spaces. Invisible characters go first so that a
 * zero-width space between a letter and its accent cannot keep them apart.
 */
export function normalizeText(source: string): MappedText {
  const stripped: MappedText = INVISIBLE.test(source) ? stripInvisible(source) : { text: source.replace(WIDE_SPACES, ' '), map: null };
  if (!MAY_NEED_NFC.test(stripped.text) || stripped.text.normalize('NFC') === stripped.text) return stripped;
  const composed = composeNfc(stripped.text);
  return { text: composed.text, map: composeMaps(stripped.map, composed.map) };
}

// "hxxp" is a scheme only as a word of its own followed by ':' (or "[:]"): inside a Base58 address such as
// TJkMXx7EzLfBywGE9r35oB9Bpyt9u3hxXp it is part of the address and must stay as written.
const DEFANG = /(?<![0-9A-Za-z])hxxp(?=s?(?::|\[:\]))|\[\.\]|\(\.\)|\{\.\}|\(dot\)|\[dot\]|\[@\]|\(at\)|\[at\]|\[:\]/gi;
// A separate non-global copy: test() on the global one would move lastIndex, which matchAll then inherits.
const DEFANG_TEST = new RegExp(DEFANG.source, 'i');

function refang(token: string): string {
  const lower = token.toLowerCase();
  if (lower === 'hxxp') return 'http';
  if (lower === '[@]' || lower === '(at)' || lower === '[at]') return '@';
  if (lower === '[:]') return ':';
  return '.';
}

/** Rewrites the defanging forms of §9.1 step 2 (`hxxp`, `[.]`, `(dot)`, `[@]`, `(at)`, `[:]`…). */
export function undefang(source: string): UndefangedText {
  if (!DEFANG_TEST.test(source)) return { text: source, map: null, rewritten: [] };
  const parts: string[] = [];
  // Every rewrite is no longer than what it replaces, so the output fits maps as long as the input.
  const starts = new Int32Array(source.length);
  const ends = new Int32Array(source.length);
  const rewritten: Array<[number, number]> = [];
  let from = 0;
  let out = 0;
  DEFANG.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = DEFANG.exec(source))) {
    const at = match.index;
    parts.push(source.slice(from, at));
    for (let i = from; i < at; i++, out++) {
      starts[out] = i;
      ends[out] = i + 1;
    }
    const token = match[0];
    const replacement = refang(token);
    parts.push(replacement);
    // hxxp -> http keeps its length, so it maps unit for unit; the bracket forms collapse onto their whole span.
    const oneToOne = replacement.length === token.length;
    for (let k = 0; k < replacement.length; k++) {
      starts[out + k] = oneToOne ? at + k : at;
      ends[out + k] = oneToOne ? at + k + 1 : at + token.length;
    }
    rewritten.push([out, out + replacement.length]);
    out += replacement.length;
    from = at + token.length;
  }
  parts.push(source.slice(from));
  for (let i = from; i < source.length; i++, out++) {
    starts[out] = i;
    ends[out] = i + 1;
  }
  return { text: parts.join(''), map: { starts: starts.slice(0, out), ends: ends.slice(0, out) }, rewritten };
}

/** The working copy with its maps; a class, so that its methods are not closures built on every call. */
class MappedWorkingText implements WorkingText {
  constructor(
    readonly original: string,
    readonly text: string,
    private readonly map: OffsetMap | null,
    private readonly rewritten: ReadonlyArray<[number, number]>,
  ) {}

  toOriginal(start: number, end: number): [number, number] {
    return mapSpan(this.map, start, end);
  }

  isDefanged(start: number, end: number): boolean {
    const rewritten = this.rewritten;
    // Binary search for the first rewritten range that ends after `start`.
    let lo = 0;
    let hi = rewritten.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rewritten[mid]![1] <= start) lo = mid + 1;
      else hi = mid;
    }
    return lo < rewritten.length && rewritten[lo]![0] < end;
  }
}

export function createWorkingText(original: string): WorkingText {
  const normalized = normalizeText(original);
  const refanged = undefang(normalized.text);
  return new MappedWorkingText(original, refanged.text, composeMaps(normalized.map, refanged.map), refanged.rewritten);
}
