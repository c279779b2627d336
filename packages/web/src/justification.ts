// The rule the server holds a justification to, before original evidence is read or a protected image revealed:
// at least this many characters once trimmed (core's MIN_JUSTIFICATION_LENGTH, in evidence/justification.ts). The web
// app does not import core, so this is its one copy; every dialog that asks for a justification uses it.
export const MIN_JUSTIFICATION_LENGTH = 3;

/** True when the server will accept the text as a justification. */
export function isJustified(text: string): boolean {
  return text.trim().length >= MIN_JUSTIFICATION_LENGTH;
}
