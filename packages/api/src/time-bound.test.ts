import { describe, expect, it } from 'vitest';
import { SearchQuery, TimelineQuery } from './analysis-schemas';
import { ArtifactQuery } from './processing-schemas';

describe('time range bounds in queries', () => {
  it('take a date, a UTC time, or a time with an offset (the server converts it to UTC)', () => {
    for (const bound of [
      '2024-03-05',
      '2024-03-05T09:00',
      '2024-03-05T09:00:00.5Z',
      '2024-03-05T14:00:00+05:00',
      '2024-03-05T04:00-0500',
    ]) {
      expect(ArtifactQuery.parse({ from: bound, to: bound }), bound).toEqual({ from: bound, to: bound });
      expect(SearchQuery.parse({ q: 'x', from: bound }).from, bound).toBe(bound);
      expect(TimelineQuery.parse({ to: bound }).to, bound).toBe(bound);
    }
  });

  it('refuse what is no date or time', () => {
    for (const bound of ['yesterday', '2024-03-05 14:00', '2024-03-05T14:00+5', '2024-03-05T14:00:00 05:00']) {
      expect(ArtifactQuery.safeParse({ from: bound }).success, bound).toBe(false);
    }
  });
});
