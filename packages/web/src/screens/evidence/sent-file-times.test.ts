// What the browser sends of an uploaded file's times: its modification time when it knows one.
import { describe, expect, it } from 'vitest';
import { sentFileTimes } from './sent-file-times';

describe('sentFileTimes', () => {
  const now = Date.parse('2026-11-29T12:00:00Z');
  it('sends the modification time the browser reports', () => {
    const file = new File(['x'], 'a.txt', { lastModified: Date.parse('2024-05-01T06:30:00.250Z') });
    expect(sentFileTimes(file, now)).toEqual({ modifiedAt: '2024-05-01T06:30:00.250Z' });
  });
  it('sends nothing for a time at the epoch or in the future', () => {
    expect(sentFileTimes(new File(['x'], 'a.txt', { lastModified: 0 }), now)).toEqual({});
    expect(sentFileTimes(new File(['x'], 'a.txt', { lastModified: now + 60_000 }), now)).toEqual({});
  });
});
