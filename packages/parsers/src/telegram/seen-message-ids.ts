// The message ids already seen in one chat, to tell a repeated id. tdesktop writes a chat's messages in ascending
// id order, so ids are kept as a sorted list of 32-bit integers (4 bytes each, outside the JavaScript heap)
// rather than in a Set (some 30 bytes each, all of them live to the end of the chat): a chat of a million
// messages would otherwise hold tens of megabytes for the whole parse. Whatever does not fit that fast path —
// an id out of order, beyond 32 bits, or a string — goes to a Set.

export class SeenMessageIds {
  private ascending = new Int32Array(1024);
  private length = 0;
  private readonly others = new Set<number | string>();

  /** Records the id; false when it was seen before. */
  add(id: number | string): boolean {
    if (typeof id === 'number' && (id | 0) === id) {
      if (this.length === 0 || id > this.ascending[this.length - 1]!) {
        if (this.length === this.ascending.length) {
          const grown = new Int32Array(this.length * 2);
          grown.set(this.ascending);
          this.ascending = grown;
        }
        this.ascending[this.length++] = id;
        // New: the Set only ever takes integers at or below the largest one here at that time.
        return true;
      }
      if (this.includes(id)) return false;
    }
    if (this.others.has(id)) return false;
    this.others.add(id);
    return true;
  }

  private includes(id: number): boolean {
    let low = 0;
    let high = this.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const value = this.ascending[middle]!;
      if (value === id) return true;
      if (value < id) low = middle + 1;
      else high = middle - 1;
    }
    return false;
  }
}
