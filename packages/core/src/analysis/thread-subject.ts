// An e-mail's subject as threads compare it (FORMATS.md §4.4): reply and forward prefixes stripped (Re:, Fwd:,
// RE[n]:, Отв:, Пересл: and their kin, repeated), spaces collapsed, case folded.

const PREFIXES = /^(?:\s*(?:re|fwd?|отв|ответ|пересл)\s*(?:\[\d+\]|\(\d+\))?\s*:)+/iu;

/** The subject without its prefixes, and whether it had any (a reply or a forward); null for an empty one. */
export function threadSubject(subject: string): { key: string; reply: boolean } | null {
  const prefix = PREFIXES.exec(subject);
  const key = subject
    .slice(prefix ? prefix[0].length : 0)
    .normalize('NFC')
    .replace(/\s+/gu, ' ')
    .trim()
    .toLowerCase();
  return key ? { key, reply: prefix !== null } : null;
}
