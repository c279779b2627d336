import { describe, expect, it } from 'vitest';
import { threadSubject } from './thread-subject';

describe('threadSubject', () => {
  it('strips the reply and forward prefixes FORMATS.md §4.4 names, repeated, in either language', () => {
    for (const subject of ['Re: План', 'RE[2]: план', 'Fwd: Re:  План', 'Отв: ПЛАН', 'Пересл: Re(3): План', 'FW:План'])
      expect(threadSubject(subject), subject).toEqual({ key: 'план', reply: true });
    expect(threadSubject('  План\tвстречи ')).toEqual({ key: 'план встречи', reply: false });
  });
  it('leaves words that only begin like a prefix, and gives nothing for an empty subject', () => {
    expect(threadSubject('Report: Q1')).toEqual({ key: 'report: q1', reply: false });
    expect(threadSubject('Ответственный')).toEqual({ key: 'ответственный', reply: false });
    expect(threadSubject('Re: ')).toBeNull();
  });
});
