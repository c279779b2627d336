// A byte-level JSON scanner for huge files: walks the structure chunk by chunk and hands chosen values (each
// element of a `messages` array, each small top-level block) back as one byte slice, for JSON.parse.
import { ParseError } from '@tamga/core';
import { ValueEnd } from './json-value-end';

export type JsonPath = ReadonlyArray<string | number>;
export type ValueKind = 'object' | 'array' | 'primitive';
/** descend: walk into the container; capture: hand the value back whole; skip: pass over it, keep nothing. */
export type ScanAction = 'descend' | 'capture' | 'skip';

export interface ScannedValue {
  path: JsonPath;
  /** The same path as an RFC 6901 JSON pointer. */
  pointer: string;
  /** The value's bytes exactly as in the file (a view into the chunk when the value did not cross chunks). */
  bytes: Uint8Array;
  /** Absolute byte offset of the value's first byte. */
  offset: number;
  /** An integer of 16+ digits appeared outside strings (it may not fit a double: parse it with care). */
  longNumber: boolean;
}

interface Frame {
  array: boolean;
  /** This container's segment in its parent (null for the root). */
  seg: string | number | null;
  /** Objects: the key being read. Arrays: the number of elements seen. */
  key: string;
  count: number;
}

const enum Mode {
  Value,
  Key,
  InKey,
  Colon,
  After,
  Capture,
  Done,
}

const QUOTE = 0x22;
const BOM = [0xef, 0xbb, 0xbf];
const BACKSLASH = 0x5c;

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}

function pointerSegment(seg: string | number): string {
  return '/' + (typeof seg === 'number' ? seg : seg.replace(/~/g, '~0').replace(/\//g, '~1'));
}

/** '/a/b~1c/3' — RFC 6901. */
export function jsonPointer(path: JsonPath): string {
  let out = '';
  for (const seg of path) out += pointerSegment(seg);
  return out;
}

/**
 * Feed it chunks with `push`; it returns the values `decide` asked to capture that ended in that chunk. It keeps
 * depth, string and escape state across chunk boundaries, so a chunk may end anywhere (inside a string, an
 * escape, a multi-byte character). It tolerates tdesktop's `\xHH` escapes (they are just `\` + `x`).
 */
export class JsonArrayScanner {
  private readonly frames: Frame[] = [];
  private mode = Mode.Value;
  private base = 0; // absolute offset of the current chunk
  private inBom = true;

  // Key being read (keys are short; their bytes may cross a chunk boundary).
  private keyParts: Uint8Array[] = [];
  private keyEscaped = false;

  // The value being captured or skipped.
  private readonly valueEnd = new ValueEnd();
  private capLiteral = false;
  private capKeep = false;
  private capPath: JsonPath = [];
  private capPointer = '';
  // Path and pointer of the innermost open container, rebuilt only when a container opens or closes.
  private openPath: Array<string | number> = [];
  private openPointer = '';
  private capOffset = 0;
  /** Index in the current chunk where the not yet kept part of the captured value starts. */
  private capFrom = 0;
  private capParts: Uint8Array[] = [];
  private capLength = 0;

  constructor(
    private readonly decide: (path: JsonPath, kind: ValueKind) => ScanAction,
    private readonly maxValueBytes = 64 * 1024 * 1024,
  ) {}

  /** Where the scanner is, for messages: the JSON pointer of the innermost open container. */
  get position(): string {
    return this.openPointer;
  }

  /** True once the root value has been closed. */
  get complete(): boolean {
    return this.mode === Mode.Done;
  }

  push(chunk: Uint8Array): ScannedValue[] {
    return [...this.scan(chunk)];
  }

  /**
   * As `push`, one value at a time: each is handled before the next is even built, so none of them outlives a
   * young-generation collection to end as old garbage (as the thousands of values of a megabyte chunk would).
   * The chunk must stay unchanged until the generator is done.
   */
  *scan(chunk: Uint8Array): Generator<ScannedValue, void, undefined> {
    let i = 0;
    const n = chunk.length;
    // A UTF-8 BOM is skipped, even when it is split across the first chunks.
    while (this.inBom && i < n && this.base + i < 3) {
      if (chunk[i] !== BOM[this.base + i]) this.inBom = false;
      else i++;
    }
    if (this.base + i >= 3) this.inBom = false;
    while (i < n) {
      switch (this.mode) {
        case Mode.Capture: {
          const end = this.valueEnd.find(chunk, i);
          if (end < 0)
            i = n; // the rest of the chunk is kept below
          else {
            const value = this.finishCapture(chunk, this.capFrom, end);
            i = end;
            if (value) yield value;
          }
          break;
        }
        case Mode.Value: {
          const b = chunk[i]!;
          if (isSpace(b)) i++;
          else if (b === 0x5d && this.top()?.array) {
            // `[]`, or a trailing comma before `]`
            i++;
            this.close(true, i);
          } else i = this.startValue(chunk, i);
          break;
        }
        case Mode.After: {
          const b = chunk[i]!;
          i++;
          if (isSpace(b)) continue;
          const top = this.top();
          if (b === 0x2c && top) this.mode = top.array ? Mode.Value : Mode.Key;
          else if (b === 0x5d || b === 0x7d) this.close(b === 0x5d, i);
          else this.fail(`unexpected ${describe(b)} after a value`, i - 1);
          break;
        }
        case Mode.Key: {
          const b = chunk[i]!;
          i++;
          if (isSpace(b)) continue;
          if (b === QUOTE) {
            this.mode = Mode.InKey;
            this.keyParts = [];
            this.keyEscaped = false;
          } else if (b === 0x7d) this.close(false, i);
          else this.fail(`expected a key, found ${describe(b)}`, i - 1);
          break;
        }
        case Mode.InKey:
          i = this.readKey(chunk, i);
          break;
        case Mode.Colon: {
          const b = chunk[i]!;
          i++;
          if (isSpace(b)) continue;
          if (b === 0x3a) this.mode = Mode.Value;
          else this.fail(`expected ':' after key "${this.top()?.key}", found ${describe(b)}`, i - 1);
          break;
        }
        case Mode.Done: {
          const b = chunk[i]!;
          i++;
          if (!isSpace(b) && b !== 0) this.fail(`unexpected ${describe(b)} after the end of the document`, i - 1);
          break;
        }
      }
    }
    if (this.mode === Mode.Capture) this.keepPart(chunk, this.capFrom, n);
    this.capFrom = 0;
    this.base += n;
  }

  /** Call at the end of input: returns the values still pending (a literal at the very end) and whether the document closed. */
  end(): ScannedValue[] {
    const value = this.mode === Mode.Capture && this.capLiteral ? this.finishCapture(new Uint8Array(0), 0, 0) : undefined;
    return value ? [value] : [];
  }

  private top(): Frame | undefined {
    return this.frames[this.frames.length - 1];
  }

  private framesChanged(): void {
    const path: Array<string | number> = [];
    for (let f = 1; f < this.frames.length; f++) path.push(this.frames[f]!.seg!);
    this.openPath = path;
    this.openPointer = jsonPointer(path);
  }

  private fail(message: string, at: number): never {
    const offset = this.base + at;
    throw new ParseError(`JSON: ${message} at byte ${offset} (inside ${this.position || 'the root'})`, { offset, pointer: this.position });
  }

  private startValue(chunk: Uint8Array, i: number): number {
    const b = chunk[i]!;
    const top = this.top();
    const seg = top ? (top.array ? top.count++ : top.key) : null;
    const path = seg === null ? [] : [...this.openPath, seg];
    const container = b === 0x7b || b === 0x5b;
    if (!container && b !== QUOTE && b !== 0x2d && !(b >= 0x30 && b <= 0x39) && b !== 0x74 && b !== 0x66 && b !== 0x6e) {
      this.fail(`unexpected ${describe(b)} where a value should start`, i);
    }
    const action = this.decide(path, b === 0x7b ? 'object' : b === 0x5b ? 'array' : 'primitive');
    if (container && action === 'descend') {
      this.frames.push({ array: b === 0x5b, seg, key: '', count: 0 });
      this.framesChanged();
      this.mode = b === 0x5b ? Mode.Value : Mode.Key;
      return i + 1;
    }
    this.mode = Mode.Capture;
    this.capKeep = action !== 'skip';
    this.capPath = path;
    this.capPointer = seg === null ? '' : this.openPointer + pointerSegment(seg);
    this.capOffset = this.base + i;
    this.capFrom = i;
    this.capParts = [];
    this.capLength = 0;
    this.capLiteral = !container && b !== QUOTE;
    this.valueEnd.start(container ? 'container' : this.capLiteral ? 'literal' : 'string');
    if (!this.capLiteral) return i + 1;
    return i; // the literal scan starts on this byte
  }

  private keepPart(chunk: Uint8Array, from: number, to: number): void {
    if (!this.capKeep) return; // skipped values cost nothing, whatever their size
    this.capLength += to - from;
    if (this.capLength > this.maxValueBytes) {
      this.fail(`a value larger than ${this.maxValueBytes} bytes (the file is corrupt or not what it claims)`, to);
    }
    if (to > from) this.capParts.push(chunk.slice(from, to));
  }

  private finishCapture(chunk: Uint8Array, from: number, end: number): ScannedValue | undefined {
    if (this.capKeep && this.capLength + (end - from) > this.maxValueBytes) {
      this.fail(`a value larger than ${this.maxValueBytes} bytes (the file is corrupt or not what it claims)`, end);
    }
    let value: ScannedValue | undefined;
    if (this.capKeep) {
      let bytes: Uint8Array;
      if (this.capParts.length === 0) bytes = chunk.subarray(from, end);
      else {
        bytes = new Uint8Array(this.capLength + (end - from));
        let at = 0;
        for (const part of this.capParts) {
          bytes.set(part, at);
          at += part.length;
        }
        bytes.set(chunk.subarray(from, end), at);
      }
      value = { path: this.capPath, pointer: this.capPointer, bytes, offset: this.capOffset, longNumber: this.valueEnd.longNumber };
    }
    this.capParts = [];
    this.mode = this.frames.length === 0 ? Mode.Done : Mode.After;
    return value;
  }

  private readKey(chunk: Uint8Array, i: number): number {
    const n = chunk.length;
    const start = i;
    let escaped = this.keyEscaped;
    while (i < n) {
      const b = chunk[i++]!;
      if (escaped) escaped = false;
      else if (b === BACKSLASH) escaped = true;
      else if (b === QUOTE) {
        this.keyParts.push(chunk.subarray(start, i - 1));
        this.top()!.key = decodeKey(this.keyParts);
        this.keyParts = [];
        this.mode = Mode.Colon;
        return i;
      }
    }
    this.keyEscaped = escaped;
    this.keyParts.push(chunk.slice(start, n));
    if (this.keyParts.reduce((sum, p) => sum + p.length, 0) > 64 * 1024) this.fail('a key longer than 64 KiB', n);
    return n;
  }

  private close(array: boolean, at: number): void {
    const top = this.frames.pop();
    if (!top) this.fail(`unexpected ${array ? "']'" : "'}'"}`, at - 1);
    if (top.array !== array) {
      this.frames.push(top);
      this.fail(`'${array ? ']' : '}'}' closes ${top.array ? 'an array' : 'an object'}`, at - 1);
    }
    this.framesChanged();
    this.mode = this.frames.length === 0 ? Mode.Done : Mode.After;
  }
}

const keyDecoder = new TextDecoder();

function decodeKey(parts: Uint8Array[]): string {
  const raw = parts.length === 1 ? keyDecoder.decode(parts[0]) : keyDecoder.decode(Buffer.concat(parts));
  if (!raw.includes('\\')) return raw;
  try {
    return JSON.parse(`"${raw.replace(/\\(\\|x([0-9A-Fa-f]{2}))/g, (m, _a, hh) => (hh ? `\\u00${hh}` : m))}"`) as string;
  } catch {
    return raw;
  }
}

function describe(b: number): string {
  return b >= 0x21 && b < 0x7f ? `'${String.fromCharCode(b)}'` : `byte 0x${b.toString(16).padStart(2, '0')}`;
}
