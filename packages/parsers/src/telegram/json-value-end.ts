// Finds where one JSON value ends in a byte stream that arrives in chunks: bracket depth, string and escape
// state carry over from one chunk to the next. The scanner's hot loop lives here.

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

export type ValueShape = 'container' | 'string' | 'literal';

export class ValueEnd {
  private shape: ValueShape = 'container';
  private depth = 0;
  private inString = false;
  private escaped = false;
  private digits = 0;
  /** An integer of 16+ digits appeared outside strings (it may not fit a double). */
  longNumber = false;

  /** Starts a value whose first byte has been consumed (a bracket or a quote) or not (a literal). */
  start(shape: ValueShape): void {
    this.shape = shape;
    this.depth = shape === 'container' ? 1 : 0;
    this.inString = shape === 'string';
    this.escaped = false;
    this.digits = 0;
    this.longNumber = false;
  }

  /** The index just after the value's last byte, or -1 when the value goes on into the next chunk. */
  find(chunk: Uint8Array, i: number): number {
    return this.shape === 'container'
      ? this.scanContainer(chunk, i)
      : this.shape === 'string'
        ? this.scanString(chunk, i)
        : this.scanLiteral(chunk, i);
  }

  /** The hot loop: returns the index after the closing bracket, or -1 when the value goes on into the next chunk. */
  private scanContainer(chunk: Uint8Array, i: number): number {
    const n = chunk.length;
    let depth = this.depth;
    if (this.inString) {
      const end = this.scanString(chunk, i);
      if (end < 0) return -1;
      i = end;
    }
    let digits = this.digits;
    while (i < n) {
      const b = chunk[i++]!;
      if (b <= 0x39 && b >= 0x30) {
        if (++digits >= 16) this.longNumber = true;
        continue;
      }
      digits = 0;
      if (b === QUOTE) {
        this.inString = true;
        const end = this.scanString(chunk, i);
        if (end < 0) {
          this.depth = depth;
          this.digits = 0;
          return -1;
        }
        i = end;
      } else if (b === 0x7b || b === 0x5b) depth++;
      else if (b === 0x7d || b === 0x5d) {
        if (--depth === 0) {
          this.depth = 0;
          return i;
        }
      }
    }
    this.depth = depth;
    this.digits = digits;
    return -1;
  }

  /** Inside a string: returns the index after the closing quote, or -1 (state kept for the next chunk). */
  private scanString(chunk: Uint8Array, i: number): number {
    const n = chunk.length;
    if (this.escaped) {
      if (i >= n) return -1;
      this.escaped = false;
      i++;
    }
    this.inString = true;
    while (i < n) {
      const b = chunk[i++]!;
      if (b === BACKSLASH) {
        if (i >= n) {
          this.escaped = true;
          return -1;
        }
        i++;
      } else if (b === QUOTE) {
        this.inString = false;
        return i;
      }
    }
    return -1;
  }

  private scanLiteral(chunk: Uint8Array, i: number): number {
    const n = chunk.length;
    while (i < n) {
      const b = chunk[i]!;
      if (b === 0x2c || b === 0x7d || b === 0x5d || isSpace(b)) return i;
      if (b >= 0x30 && b <= 0x39 && ++this.digits >= 16) this.longNumber = true;
      i++;
    }
    return -1;
  }
}

function isSpace(b: number): boolean {
  return b === 0x20 || b === 0x0a || b === 0x0d || b === 0x09;
}
