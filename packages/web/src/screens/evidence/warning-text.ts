// A processing warning, and a passed limit's reason, in the reader's language: worded from its code and values
// (evidence.warnings.locale.ts), or, for a code without words here, a warning without a code, or words that would
// say less than the English it was recorded with (a value missing, a number left out), that English sentence.
import type { i18n as I18n, TFunction } from 'i18next';

export interface Warning {
  text: string;
  code?: string;
  params?: Record<string, string | number>;
}

/** Codes are `family.kind`, letters, digits and underscores: anything else is not looked up. */
const CODE = /^[a-z0-9_]+(?:\.[a-z0-9_]+)+$/;
/** Sections of `warnings` that are no code's. */
const NOT_CODES = new Set(['terms', 'parts']);

/**
 * Characters that change how the text around them displays rather than showing themselves: C0 and C1 controls and
 * the Unicode bidirectional marks, embeddings, overrides and isolates. A member name holding U+202E would show the
 * rest of the sentence reversed; they are shown escaped instead (\u202E).
 */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const UNSHOWN = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Text from evidence with its control and bidirectional characters shown escaped (`\u202E`). */
export function shownAsIs(text: string): string {
  return text.replace(UNSHOWN, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/**
 * The values as i18next takes them: its own options (`ns`, `lng`, `defaultValue` …) are not among a warning's names,
 * and `count` is a number or absent, so that a stored value cannot change which words are looked up.
 */
function values(params: Warning['params']): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    if (RESERVED.has(name)) continue;
    out[name] = typeof value === 'string' ? shownAsIs(value) : value;
  }
  if ('count' in out && typeof out.count !== 'number') delete out.count;
  return out;
}

const RESERVED = new Set([
  'ns',
  'lng',
  'lngs',
  'defaultValue',
  'context',
  'ordinal',
  'returnObjects',
  'keySeparator',
  'nsSeparator',
  'replace',
  'interpolation',
  'postProcess',
]);

/** What words left unresolved look like: a value not given (`{{bytes}}`), a phrase not found (`warnings.parts.x`). */
const UNRESOLVED = ['{{', '$t(', 'warnings.'];

const occurrences = (text: string, part: string) => text.split(part).length - 1;

/** Whether the words still hold markers of a value or phrase that was not found (beyond those the values bring). */
function unresolved(words: string, params: Record<string, string | number>): boolean {
  const given = Object.values(params).filter((v): v is string => typeof v === 'string');
  return UNRESOLVED.some((marker) => occurrences(words, marker) > given.reduce((n, v) => n + occurrences(v, marker), 0));
}

/** The numbers a sentence states, their grouping (1,234 or 1 234) taken out. */
function numbers(text: string): string[] {
  return (text.replace(/(?<=\d)[,\u00a0\u202f](?=\d{3}(?!\d))/g, '').match(/\d+/g) ?? []).sort();
}

/** Whether the words state every number the recorded English does, as often: fewer means they say less than it. */
function keepsNumbers(words: string, recorded: string): boolean {
  const have = numbers(words);
  for (const n of numbers(recorded)) {
    const at = have.indexOf(n);
    if (at < 0) return false;
    have.splice(at, 1);
  }
  return true;
}

/**
 * The warning in the reader's language; `translated` is false where its English text is shown as it was recorded.
 * `recorded` is that English, its control and bidirectional characters escaped, for a tooltip.
 */
export function warningText(t: TFunction, warning: Warning): { text: string; translated: boolean; recorded: string } {
  const recorded = shownAsIs(warning.text);
  const asRecorded = { text: recorded, translated: false, recorded };
  const code = warning.code;
  if (!code || !CODE.test(code) || NOT_CODES.has(code.split('.')[0]!)) return asRecorded;
  const params = values(warning.params);
  // An object back means the code names a family, not a warning.
  const words: unknown = t(`evidence:warnings.${code}`, { ...params, defaultValue: '', returnObjects: true });
  if (!words || typeof words !== 'string') return asRecorded;
  // A message of a mailbox is named before what is said of it.
  const mbox = warning.params?.mboxMessage;
  const prefix =
    code.startsWith('email.') && mbox !== undefined
      ? `${t('evidence:warnings.inMboxMessage', { message: mbox, offset: warning.params?.mboxOffset ?? '' })}: `
      : '';
  // Words that lack a value (a warning recorded before it kept them) or leave out a number would say less.
  if (unresolved(words, params) || !keepsNumbers(prefix + words, warning.text)) return asRecorded;
  return { text: prefix + words, translated: true, recorded };
}

/** A passed limit's reason with its figures in the reader's language, or null where there are no words for it. */
export function reasonDetail(t: TFunction, code: string | null | undefined, params: Warning['params'] | null | undefined): string | null {
  if (!code || !params || !/^limit_[a-z_]+$/.test(code)) return null;
  const stage = params.stage === 'declared' || params.stage === 'read' ? params.stage : undefined;
  const given = values(params);
  // The expansion budget is a nested member's top exhibit's (`origin`), counting what was extracted from it before.
  const budget = typeof params.origin === 'string' && params.origin && params.origin !== params.exhibit ? 'tree' : 'own';
  const floored = typeof params.countedAs === 'number' ? 'yes' : 'no';
  const words = t(`evidence:reasonDetails.${code}`, {
    ...given,
    budget,
    floored,
    ...(stage ? { context: stage } : {}),
    defaultValue: '',
  });
  return typeof words === 'string' && words && !unresolved(words, given) ? words : null;
}

/**
 * The `bytes` format: a byte count grouped in the reader's language, with the word that agrees with it; `capital`:
 * a phrase taken in at the start of a sentence (`$t(…parts.{{part}}, capital)`), its first letter a capital.
 */
export function addWarningFormats(i18n: I18n): void {
  i18n.services.formatter?.add('capital', (value: unknown, lng: string | undefined) => {
    const text = String(value ?? '');
    return text.charAt(0).toLocaleUpperCase(lng) + text.slice(1);
  });
  i18n.services.formatter?.add('bytes', (value: unknown, lng: string | undefined) => {
    const count = typeof value === 'number' ? value : Number(value);
    if (typeof value === 'string' && value.trim() === '') return '';
    if (!Number.isFinite(count)) return String(value);
    const number = new Intl.NumberFormat(lng).format(count);
    return i18n.t('evidence:warnings.byteCount', { count, number, lng });
  });
}
