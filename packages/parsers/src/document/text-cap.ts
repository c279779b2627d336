// Document text is capped at 1 MiB of UTF-8 per artefact: the rest stays in the evidence item itself.

export const MAX_TEXT_BYTES = 1024 * 1024;

/** Appends text until the cap; returns false once the cap was reached (the caller marks the result truncated). */
export class TextCap {
  private parts: string[] = [];
  private bytes = 0;
  truncated = false;

  /** UTF-16 length so far: where the next part will start in `text()`. */
  length = 0;

  add(text: string): boolean {
    if (this.truncated) return false;
    const size = Buffer.byteLength(text);
    if (this.bytes + size <= MAX_TEXT_BYTES) {
      this.parts.push(text);
      this.bytes += size;
      this.length += text.length;
      return true;
    }
    // Cut at a character boundary: decode the allowed bytes and drop a trailing partial character.
    const room = MAX_TEXT_BYTES - this.bytes;
    const cut = Buffer.from(text)
      .subarray(0, room)
      .toString('utf8')
      .replace(/\uFFFD$/, '');
    this.parts.push(cut);
    this.bytes += Buffer.byteLength(cut);
    this.length += cut.length;
    this.truncated = true;
    return false;
  }

  text(): string {
    return this.parts.join('');
  }

  get byteLength(): number {
    return this.bytes;
  }
}
