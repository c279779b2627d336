// A small per-process memo for pure validation results keyed by a string (hosts, mail domains): texts repeat the
// same few values constantly, and the Public Suffix List and IDNA work behind them is the costly part.

/**
 * Two generations of at most `limit` entries each: a hit in the older one moves the entry to the current one, and
 * when the current one is full it becomes the older one. That keeps recently used keys at the cost of two Map
 * operations, where a strict LRU would reorder on every hit; memory stays bounded at 2 × `limit` entries.
 */
export class BoundedCache<V> {
  private current = new Map<string, V>();
  private previous = new Map<string, V>();

  constructor(private readonly limit: number) {}

  get(key: string): V | undefined {
    const hit = this.current.get(key);
    if (hit !== undefined) return hit;
    const old = this.previous.get(key);
    if (old !== undefined) this.set(key, old);
    return old;
  }

  set(key: string, value: V): void {
    if (this.current.size >= this.limit) {
      this.previous = this.current;
      this.current = new Map();
    }
    this.current.set(key, value);
  }
}
