// A failure's reason as a tooltip: the kind in the reader's language, then the recorded account, whose names from
// hostile evidence show their control and bidirectional characters escaped.
import i18next, { type i18n as I18n } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { en as evidenceEn, ru as evidenceRu } from './evidence.locale';
import { en as warningsEn, ru as warningsRu } from './evidence.warnings.locale';
import { reasonTitle } from './processing-reason';
import { addWarningFormats } from './warning-text';

let i18n: I18n;

beforeAll(async () => {
  i18n = i18next.createInstance();
  await i18n.init({
    resources: { en: { evidence: { ...evidenceEn, ...warningsEn } }, ru: { evidence: { ...evidenceRu, ...warningsRu } } },
    lng: 'ru',
    fallbackLng: 'en',
    interpolation: { escapeValue: false },
  });
  addWarningFormats(i18n);
});

describe('a failure reason as a tooltip', () => {
  it('shows a hostile name in the recorded reason escaped, not reversing the text after it', () => {
    const reason = 'member "invoice\u202Efdp.exe" is damaged after 12 bytes: invalid distance';
    const title = reasonTitle(i18n.getFixedT('ru'), 'unreadable', reason)!;
    expect(title).toContain('invoice\\u202Efdp.exe');
    expect(title).not.toContain('\u202E');
    expect(reasonTitle(i18n.getFixedT('en'), null, 'line one\nline two')).toBe('line one\\u000Aline two');
  });
});
