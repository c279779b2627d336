// A processing warning, and a passed limit's reason, in the reader's language: worded from its code and values
// (evidence.warnings.locale.ts), or, for a code without words here or a warning without a code, the English sentence
// it was recorded with.
import type { i18n as I18n, TFunction } from 'i18next';

export interface Warning {
  text: string;
  code?: string;
  params?: Record<string, string | number>;
}

/** Codes are `family.kind`, letters, digits and underscores: anything else is not looked up. */
const CODE = /^[a-z0-9_]+(?:\.[a-z0-9_]+)+$/;
/** Sections of `warnings` that are no code's. */
const NOT_CODES = new Set(['terms']);

/**
 * The values as i18next takes them: its own options (`ns`, `lng`, `defaultValue` …) are not among a warning's names,
 * and `count` is a number or absent, so that a stored value cannot change which words are looked up.
 */
function values(params: Warning['params']): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params ?? {})) {
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    if (RESERVED.has(name)) continue;
    out[name] = value;
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

/** The warning in the reader's language; `translated` is false where its English text is shown as it was recorded. */
export function warningText(t: TFunction, warning: Warning): { text: string; translated: boolean } {
  const code = warning.code;
  if (!code || !CODE.test(code) || NOT_CODES.has(code.split('.')[0]!)) return { text: warning.text, translated: false };
  const params = values(warning.params);
  // An object back means the code names a family, not a warning.
  const words: unknown = t(`evidence:warnings.${code}`, { ...params, defaultValue: '', returnObjects: true });
  if (!words || typeof words !== 'string') return { text: warning.text, translated: false };
  // A message of a mailbox is named before what is said of it.
  const mbox = warning.params?.mboxMessage;
  const prefix =
    code.startsWith('email.') && mbox !== undefined
      ? `${t('evidence:warnings.inMboxMessage', { message: mbox, offset: warning.params?.mboxOffset ?? '' })}: `
      : '';
  return { text: prefix + words, translated: true };
}

/** A passed limit's reason with its figures in the reader's language, or null where there are no words for it. */
export function reasonDetail(t: TFunction, code: string | null | undefined, params: Warning['params'] | null | undefined): string | null {
  if (!code || !params || !/^limit_[a-z_]+$/.test(code)) return null;
  const stage = params.stage === 'declared' || params.stage === 'read' ? params.stage : undefined;
  const words = t(`evidence:reasonDetails.${code}`, { ...values(params), ...(stage ? { context: stage } : {}), defaultValue: '' });
  return typeof words === 'string' && words ? words : null;
}

/** The `bytes` format: a byte count grouped in the reader's language, with the word that agrees with it. */
export function addWarningFormats(i18n: I18n): void {
  i18n.services.formatter?.add('bytes', (value: unknown, lng: string | undefined) => {
    const count = typeof value === 'number' ? value : Number(value);
    if (typeof value === 'string' && value.trim() === '') return '';
    if (!Number.isFinite(count)) return String(value);
    const number = new Intl.NumberFormat(lng).format(count);
    return i18n.t('evidence:warnings.byteCount', { count, number, lng });
  });
}
