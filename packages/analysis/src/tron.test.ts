// Covers tron.ts: the §9.4 USDT-TRC20 vector, the hex and EVM forms, checksum look-alikes and the text scanner.
import { describe, expect, it } from 'vitest';
import { evmToTronAddress, scanTronAddresses, tronHexToAddress, validateTronAddress } from './tron';

const USDT = 'TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t';

describe('validateTronAddress', () => {
  it('decodes the USDT-TRC20 vector to version 0x41 and its payload', () => {
    expect(validateTronAddress(USDT)).toEqual({
      valid: true,
      value: USDT,
      hex: '41a614f803b6fd780986a42c78ec9c7f77e6ded13c',
      evm: '0xa614f803b6fd780986a42c78ec9c7f77e6ded13c',
      flags: [],
    });
  });

  it('re-encodes to itself', () => {
    expect(tronHexToAddress('41a614f803b6fd780986a42c78ec9c7f77e6ded13c')).toBe(USDT);
    expect(evmToTronAddress('0xA614F803B6FD780986A42C78EC9C7F77E6DED13C')).toBe(USDT);
  });

  it('keeps a one-character look-alike as invalid (checksum)', () => {
    expect(validateTronAddress('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6u')).toMatchObject({ valid: false, error: 'checksum' });
  });

  it('returns null for the wrong shape', () => {
    expect(validateTronAddress('TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6')).toBeNull();
    expect(validateTronAddress('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2')).toBeNull();
    expect(tronHexToAddress('42a614f803b6fd780986a42c78ec9c7f77e6ded13c')).toBeNull();
  });
});

describe('scanTronAddresses', () => {
  it('finds the address inside Russian text with exact offsets', () => {
    const text = `Переведи на ${USDT} срочно`;
    const [found] = scanTronAddresses(text);
    expect(found).toMatchObject({ type: 'tron_address', value: USDT, valid: true, start: 12, end: 46 });
    expect(found?.details).toEqual({
      hex: '41a614f803b6fd780986a42c78ec9c7f77e6ded13c',
      evm: '0xa614f803b6fd780986a42c78ec9c7f77e6ded13c',
    });
  });

  it('finds the 41… hex form and stores the T… value', () => {
    const [found] = scanTronAddresses('hex 41a614f803b6fd780986a42c78ec9c7f77e6ded13c');
    expect(found).toMatchObject({ value: USDT, flags: ['hex_form'], start: 4 });
  });

  it('ignores T-words that are not addresses', () => {
    expect(scanTronAddresses('The Telegram Transaction Tracker')).toEqual([]);
  });
});
