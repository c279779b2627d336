// What a password must be, and how one-time passwords are made.
import { TamgaError } from '../errors';
import type { RandomSource } from '../ports';
import { MIN_PASSWORD_LENGTH } from '../user';

export function assertStrongPassword(password: string, username: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new TamgaError('WEAK_PASSWORD', `A password needs at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  if (password.toLowerCase().includes(username.toLowerCase())) {
    throw new TamgaError('WEAK_PASSWORD', 'A password must not contain the user name');
  }
  if (new Set(password).size < 5) throw new TamgaError('WEAK_PASSWORD', 'A password needs more different characters');
}

export function oneTimePassword(random: RandomSource): string {
  return random.token(15);
}
