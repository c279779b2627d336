// Covers offences.ts: checkOffences requires a national article and rejects unknown or malformed offence codes.
import { describe, expect, it } from 'vitest';
import { checkOffences, INTERNATIONAL_OFFENCES, type OffenceRef } from './offences';

const kz = (code: string): OffenceRef => ({ framework: 'NATIONAL', code, country: 'KZ' });

describe('checkOffences', () => {
  it('needs at least one national article', () => {
    expect(checkOffences([])).toBe('OFFENCE_NATIONAL_REQUIRED');
    expect(checkOffences([{ framework: 'BUDAPEST', code: 'BC-8' }])).toBe('OFFENCE_NATIONAL_REQUIRED');
    expect(
      checkOffences([
        { framework: 'BUDAPEST', code: 'BC-2' },
        { framework: 'UNODC_TUI', code: 'TUI-FIN' },
      ]),
    ).toBe('OFFENCE_NATIONAL_REQUIRED');
  });

  it.each(['190', '256 ч.2', '205-1', '205', '1', '2024', '190.1', '256ч.2', '256 part 2', '255 ч.3 п.2', '  190  '])(
    'accepts the KZ article %j',
    (code) => {
      expect(checkOffences([kz(code)])).toBeNull();
    },
  );

  it.each(['', 'abc', '12345', '190-', '190-1234', 'ч.2', '256 ч.', '256 ч.123', '190; DROP TABLE', '190\n205'])(
    'rejects the malformed article %j',
    (code) => {
      expect(checkOffences([kz(code)])).toBe('OFFENCE_UNKNOWN');
    },
  );

  it('accepts national articles of other Central Asian countries alongside international codes', () => {
    const list: OffenceRef[] = [
      { framework: 'NATIONAL', code: '190', country: 'KG' },
      { framework: 'NATIONAL', code: '205-1', country: 'UZ' },
      { framework: 'BUDAPEST', code: 'BC-8' },
      { framework: 'BUDAPEST', code: 'BP1-3' },
      { framework: 'UNODC_TUI', code: 'TUI-PROP-REC' },
    ];
    expect(checkOffences(list)).toBeNull();
  });

  it('accepts every code in the international list under its own framework', () => {
    for (const d of INTERNATIONAL_OFFENCES) {
      expect(checkOffences([kz('190'), { framework: d.framework, code: d.code }]), d.code).toBeNull();
    }
  });

  it.each([
    ['BUDAPEST', 'BC-1'],
    ['BUDAPEST', 'BC-12'],
    ['BUDAPEST', 'bc-2'],
    ['BUDAPEST', 'BC-2 '],
    ['BUDAPEST', 'TUI-FIN'],
    ['UNODC_TUI', 'BC-2'],
    ['UNODC_TUI', 'TUI-XXX'],
  ] as const)('rejects the unknown %s code %j, even next to a valid national article', (framework, code) => {
    expect(checkOffences([kz('190'), { framework, code }])).toBe('OFFENCE_UNKNOWN');
  });

  it('reports an unknown code rather than a missing national article', () => {
    expect(checkOffences([{ framework: 'BUDAPEST', code: 'BC-99' }])).toBe('OFFENCE_UNKNOWN');
  });

  it('rejects a national article without a country', () => {
    expect(checkOffences([{ framework: 'NATIONAL', code: '190' }])).toBe('OFFENCE_UNKNOWN');
    expect(checkOffences([{ framework: 'NATIONAL', code: '190', country: '' }])).toBe('OFFENCE_UNKNOWN');
  });

  it.each(['kz', 'Kz', 'KAZ', 'K', 'K1', ' KZ'])('rejects the country %j', (country) => {
    expect(checkOffences([{ framework: 'NATIONAL', code: '190', country }])).toBe('OFFENCE_UNKNOWN');
  });

  it('rejects the whole list when any one national article is bad', () => {
    expect(checkOffences([kz('190'), { framework: 'NATIONAL', code: '205', country: 'kz' }])).toBe('OFFENCE_UNKNOWN');
    expect(checkOffences([kz('190'), kz('not an article')])).toBe('OFFENCE_UNKNOWN');
  });
});
