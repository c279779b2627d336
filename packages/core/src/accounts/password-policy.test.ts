// Covers accounts/password-policy.ts: assertStrongPassword's length, user-name and variety rules.
import { describe, expect, it } from 'vitest';
import { TamgaError } from '../errors';
import { MIN_PASSWORD_LENGTH } from '../user';
import { assertStrongPassword } from './password-policy';

function weakReason(password: string, username: string): string {
  try {
    assertStrongPassword(password, username);
  } catch (error) {
    expect(error).toBeInstanceOf(TamgaError);
    expect((error as TamgaError).code).toBe('WEAK_PASSWORD');
    expect((error as TamgaError).status).toBe(400);
    return (error as TamgaError).message;
  }
  throw new Error(`expected ${JSON.stringify(password)} to be rejected`);
}

describe('assertStrongPassword', () => {
  it('requires at least 12 characters', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(12);
    expect(weakReason('Xk4!pQ9#zL2', 'aigerim')).toMatch(/12 characters/);
    expect(weakReason('', 'aigerim')).toMatch(/12 characters/);
    expect(() => assertStrongPassword('Xk4!pQ9#zL2m', 'aigerim')).not.toThrow();
  });

  it('rejects a password containing the user name, whatever the case', () => {
    expect(weakReason('aigerim-2025-secret', 'aigerim')).toMatch(/user name/);
    expect(weakReason('My-AIGERIM-pass99', 'aigerim')).toMatch(/user name/);
    expect(weakReason('xx-aigerim.s-xx-1', 'Aigerim.S')).toMatch(/user name/);
  });

  it('rejects a password with fewer than 5 different characters', () => {
    expect(weakReason('aaaaaaaaaaaaaaaa', 'aigerim')).toMatch(/different characters/);
    expect(weakReason('abcdabcdabcdabcd', 'aigerim')).toMatch(/different characters/);
    expect(() => assertStrongPassword('abcdeabcdeabcde', 'aigerim')).not.toThrow();
  });

  it('counts distinct characters case-sensitively', () => {
    // a, A, b, B, c: five distinct characters.
    expect(() => assertStrongPassword('aAbBcaAbBcaAbBc', 'aigerim')).not.toThrow();
  });

  it('accepts good passwords, including Cyrillic and Kazakh ones', () => {
    for (const good of ['correct horse battery staple', 'Tr0ub4dor&3-extended', 'Қазақстан-Алматы-2025', 'әғқңөұүһі-жазу']) {
      expect(() => assertStrongPassword(good, 'aigerim'), good).not.toThrow();
    }
  });
});
