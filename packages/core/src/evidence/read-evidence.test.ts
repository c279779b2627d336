import { describe, expect, it } from 'vitest';
import type { Actor } from '../actor';
import type { Deps } from '../deps';
import type { TamgaError } from '../errors';
import { MIN_JUSTIFICATION_LENGTH } from './justification';
import { readEvidenceContent } from './read-evidence';

const examiner: Actor = { userId: 'u1', username: 'zarina', role: 'examiner', sessionId: null, mustChangePassword: false };

/** The justification is checked before anything is read: no store is reached. */
async function refusal(justification: string): Promise<TamgaError> {
  return readEvidenceContent({} as Deps, examiner, 'case', 'item', { justification }).then(
    () => expect.unreachable(),
    (error: TamgaError) => error,
  );
}

describe('reading original evidence', () => {
  it('says a justification is too short and what the minimum is', async () => {
    const short = await refusal(' QA ');
    expect(short.code).toBe('JUSTIFICATION_REQUIRED');
    expect(short.status).toBe(400);
    expect(short.message).toBe(
      'The justification is too short (2 characters): state why you need to read the original evidence in at least 3 characters',
    );
    expect(short.details).toEqual({ minLength: MIN_JUSTIFICATION_LENGTH, length: 2 });
    const none = await refusal('   ');
    expect(none.message).toBe('State why you need to read the original evidence (at least 3 characters)');
    expect(none.details).toEqual({ minLength: 3, length: 0 });
  });
});
