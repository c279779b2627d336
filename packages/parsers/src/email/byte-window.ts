// A sliding window over a byte stream addressed by absolute offsets: append chunks, release what was consumed.
// Compaction happens only when a chunk arrives, so releasing many small messages costs no copying.

export class ByteWindow {
  private buf = Buffer.allocUnsafe(256 * 1024);
  /** Absolute offset of buf[0]. */
  private bufStart = 0;
  /** Index in buf of the first retained byte. */
  private head = 0;
  private fill = 0;
  eof = false;

  /** Absolute offset just past the last byte received. */
  get end(): number {
    return this.bufStart + this.fill;
  }

  /** Absolute offset of the first byte still held. */
  get start(): number {
    return this.bufStart + this.head;
  }

  append(chunk: Uint8Array): void {
    const retained = this.fill - this.head;
    if (this.fill + chunk.length > this.buf.length) {
      if (retained + chunk.length <= this.buf.length && this.head > 0) {
        this.buf.copyWithin(0, this.head, this.fill);
      } else {
        const grown = Buffer.allocUnsafe(Math.max(this.buf.length * 2, retained + chunk.length));
        this.buf.copy(grown, 0, this.head, this.fill);
        this.buf = grown;
      }
      this.bufStart += this.head;
      this.fill = retained;
      this.head = 0;
    }
    this.buf.set(chunk, this.fill);
    this.fill += chunk.length;
  }

  /** Bytes before `offset` are no longer needed. */
  release(offset: number): void {
    this.head = Math.max(this.head, Math.min(offset - this.bufStart, this.fill));
  }

  /** The byte at an absolute offset, or -1 outside the held range. */
  at(offset: number): number {
    const i = offset - this.bufStart;
    return i >= this.head && i < this.fill ? this.buf[i]! : -1;
  }

  /** First absolute offset ≥ from where `needle` starts, or -1 (within the bytes received so far). */
  indexOf(needle: Buffer | number, from: number): number {
    // Searching the whole allocation avoids a view per call; a first match past `fill` (stale bytes) means none.
    const i = this.buf.indexOf(needle, Math.max(from - this.bufStart, this.head));
    return i < 0 || i + (typeof needle === 'number' ? 1 : needle.length) > this.fill ? -1 : i + this.bufStart;
  }

  /** A view (valid until the next append) of the absolute range [from, to). */
  view(from: number, to: number): Buffer {
    return this.buf.subarray(from - this.bufStart, to - this.bufStart);
  }

  startsWith(offset: number, needle: Buffer): boolean {
    const i = offset - this.bufStart;
    if (i < this.head || i + needle.length > this.fill) return false;
    return this.buf.compare(needle, 0, needle.length, i, i + needle.length) === 0;
  }
}
