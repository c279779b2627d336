// Why someone reads original evidence or sees a protected image: stated, and long enough to say something.
import { TamgaError } from '../errors';

/** The shortest justification accepted for reading original bytes, in characters (after trimming). */
export const MIN_JUSTIFICATION_LENGTH = 3;

/**
 * The justification, trimmed, or JUSTIFICATION_REQUIRED saying the minimum outright: a short one ("QA") was refused
 * with the same words as none at all, and nobody saw why. `need` is what it is for ("read the original evidence").
 */
export function requireJustification(written: string, need: string): string {
  const justification = written.trim();
  if (justification.length >= MIN_JUSTIFICATION_LENGTH) return justification;
  const minimum = `at least ${MIN_JUSTIFICATION_LENGTH} characters`;
  throw new TamgaError(
    'JUSTIFICATION_REQUIRED',
    justification.length === 0
      ? `State why you need to ${need} (${minimum})`
      : `The justification is too short (${justification.length} characters): state why you need to ${need} in ${minimum}`,
    { minLength: MIN_JUSTIFICATION_LENGTH, length: justification.length },
  );
}
