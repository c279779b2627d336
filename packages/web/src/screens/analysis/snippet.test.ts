import { describe, expect, it } from 'vitest';
import { snippetParts } from './snippet';

describe('snippetParts', () => {
  it('splits the marked matches out of the text', () => {
    expect(snippetParts('Ок. Клиенты переводят на \u0001кошелёк\u0002 TR7N, сеть \u0001TRC\u0002-20.')).toEqual([
      { text: 'Ок. Клиенты переводят на ', match: false },
      { text: 'кошелёк', match: true },
      { text: ' TR7N, сеть ', match: false },
      { text: 'TRC', match: true },
      { text: '-20.', match: false },
    ]);
  });

  it('keeps markup in evidence as plain text, to be shown as text', () => {
    expect(snippetParts('<img src=x onerror=alert(1)> \u0001<b>\u0002')).toEqual([
      { text: '<img src=x onerror=alert(1)> ', match: false },
      { text: '<b>', match: true },
    ]);
  });

  it('survives unbalanced markers and strips other control characters', () => {
    expect(snippetParts('a\u0002b\u0001c')).toEqual([
      { text: 'ab', match: false },
      { text: 'c', match: true },
    ]);
    expect(snippetParts('x\u0007y')).toEqual([{ text: 'xy', match: false }]);
  });

  it('turns line breaks into a separator', () => {
    expect(snippetParts('Кошелёк тот же.\nДанияр\n\n  personal_chat')).toEqual([
      { text: 'Кошелёк тот же. · Данияр · personal_chat', match: false },
    ]);
  });
});
