import { describe, expect, it } from 'vitest';
import { clockDirection, durationParts } from './duration';

describe('durationParts', () => {
  it('rounds to the second and keeps the zero units between the first and the seconds', () => {
    expect(durationParts(7200.956)).toEqual([
      ['h', 2],
      ['min', 0],
      ['s', 1],
    ]);
  });

  it('writes the magnitude of a negative difference', () => {
    expect(durationParts(-79108.24)).toEqual([
      ['h', 21],
      ['min', 58],
      ['s', 28],
    ]);
  });

  it('counts days, and seconds alone under a minute', () => {
    expect(durationParts(90_061)).toEqual([
      ['d', 1],
      ['h', 1],
      ['min', 1],
      ['s', 1],
    ]);
    expect(durationParts(42.4)).toEqual([['s', 42]]);
    expect(durationParts(0.2)).toEqual([['s', 0]]);
  });
});

describe('clockDirection', () => {
  it('is ahead for a positive difference, behind for a negative one, the same under half a second', () => {
    expect(clockDirection(7200.956)).toBe('ahead');
    expect(clockDirection(-79108.24)).toBe('behind');
    expect(clockDirection(0.4)).toBe('same');
    expect(clockDirection(-0.4)).toBe('same');
  });
});
