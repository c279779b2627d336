// The justification rule the web app holds its dialogs to, which must be the server's: three characters, trimmed.
import { describe, expect, it } from 'vitest';
import { isJustified, MIN_JUSTIFICATION_LENGTH } from './justification';

describe('isJustified', () => {
  it("accepts what the server accepts: at least the server's minimum of characters once trimmed", () => {
    expect(MIN_JUSTIFICATION_LENGTH).toBe(3);
    expect(isJustified('QA')).toBe(false);
    expect(isJustified('  QA  ')).toBe(false);
    expect(isJustified('')).toBe(false);
    expect(isJustified('QA1')).toBe(true);
    expect(isJustified(' Comparing the poster ')).toBe(true);
  });
});
