// Which notes of an exhibit are core's record of where a derived item was found, to word in the reader's language.
import { describe, expect, it } from 'vitest';
import { extractedFrom } from './acquisition-notes';

describe('extractedFrom', () => {
  it("reads the parent's exhibit number and the member's path", () => {
    expect(extractedFrom('extracted from EXH-001 (x.jpg)')).toEqual({ exhibit: 'EXH-001', path: 'x.jpg' });
    expect(extractedFrom('extracted from EXH-005/8 (messages/7/attachments/1-part-1.eml)')).toEqual({
      exhibit: 'EXH-005/8',
      path: 'messages/7/attachments/1-part-1.eml',
    });
  });

  it('keeps a path with brackets, spaces and a line break whole', () => {
    expect(extractedFrom('extracted from EXH-002 (фото (1)\n копия.jpg)')).toEqual({ exhibit: 'EXH-002', path: 'фото (1)\n копия.jpg' });
  });

  it('leaves a note a person wrote, or none, alone', () => {
    expect(extractedFrom('Seized at the suspect’s flat')).toBeNull();
    expect(extractedFrom('extracted from the phone of the suspect')).toBeNull();
    expect(extractedFrom('Note: extracted from EXH-001 (x.jpg)')).toBeNull();
    expect(extractedFrom('')).toBeNull();
    expect(extractedFrom(null)).toBeNull();
    expect(extractedFrom(undefined)).toBeNull();
  });
});
