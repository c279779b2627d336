import { describe, expect, it } from 'vitest';
import { SeenMessageIds } from './seen-message-ids';

describe('SeenMessageIds', () => {
  it('tells a repeated id, in order or not, as a Set would', () => {
    const ids = [1, 2, 5, 3, 5, 2, 7, 2 ** 31, 2 ** 31, -4, -4, 1.5, 1.5, 'x', 'x', '7', 7, 0, -0, 9, 8, 8];
    const seen = new SeenMessageIds();
    const reference = new Set<number | string>();
    for (const id of ids) {
      const fresh = !reference.has(id);
      reference.add(id);
      expect(seen.add(id), String(id)).toBe(fresh);
    }
  });

  it('keeps a long ascending run', () => {
    const seen = new SeenMessageIds();
    for (let id = 1; id <= 100_000; id += 3) expect(seen.add(id)).toBe(true);
    expect(seen.add(4)).toBe(false);
    expect(seen.add(5)).toBe(true);
    expect(seen.add(99_997)).toBe(false);
    expect(seen.add(5)).toBe(false);
  });
});
