// The seeded generator behind every random draw of the bench/search corpus (mulberry32, with the distributions
// the generators need: normal, log-normal, weighted), so that the same seed gives the same documents everywhere.

/** A small, fast, seeded generator (mulberry32): the same seed gives the same corpus on every machine. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  digits(n: number): string {
    let out = '';
    for (let i = 0; i < n; i++) out += String(this.int(10));
    return out;
  }
  /** Normal(0, 1), Box-Muller. */
  normal(): number {
    return Math.sqrt(-2 * Math.log(1 - this.next())) * Math.cos(2 * Math.PI * this.next());
  }
  /** A log-normal count, at least 1: median e^mu. */
  lognormal(mu: number, sigma: number, max: number): number {
    return Math.max(1, Math.min(max, Math.round(Math.exp(mu + sigma * this.normal()))));
  }
  weighted<T>(table: ReadonlyArray<readonly [T, number]>): T {
    let r = this.next() * table.reduce((s, [, w]) => s + w, 0);
    for (const [value, weight] of table) if ((r -= weight) < 0) return value;
    return table[table.length - 1]![0];
  }
}
