// How far V8 lets a Tamga process's heap grow between full garbage collections.
import { setFlagsFromString } from 'node:v8';

/**
 * V8 lets the old generation grow to up to four times what survived the last full collection while a program
 * allocates fast. A parser run allocates short-lived strings by the gigabyte and keeps little: the mailbox
 * benchmark's worker held 150–200 MB of garbage at its peak (556–560 MB in all). Growing to at most twice the
 * live size, it peaked at 433–457 MB at the same speed (BENCHMARKS.md). The setting is the process's and its
 * threads', read at each collection; setting it twice is harmless.
 */
export function limitHeapGrowth(): void {
  setFlagsFromString('--heap-growing-percent=100');
}
