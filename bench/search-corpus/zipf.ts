// Zipf-Mandelbrot sampling for the bench/search corpus: which word, phone number, card, wallet or link comes next,
// so that a few are everywhere and most turn up a handful of times, as in real chats.
import { type Rng } from './rng';

/** Samples ranks 0 … n-1 with weight 1 / (rank + q)^s. */
export class Zipf {
  private readonly cumulative: Float64Array;
  constructor(
    readonly n: number,
    s = 1,
    q = 2.7,
  ) {
    this.cumulative = new Float64Array(n);
    let sum = 0;
    for (let r = 0; r < n; r++) this.cumulative[r] = sum += 1 / Math.pow(r + q, s);
  }
  sample(rng: Rng): number {
    const target = rng.next() * this.cumulative[this.n - 1]!;
    let lo = 0;
    let hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.cumulative[mid]! < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
