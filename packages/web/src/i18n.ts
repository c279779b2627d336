// Translations: every `*.locale.ts` beside a screen holds English and Russian side by side, so a screen and its
// words live together. A file is the namespace its name starts with: `requests.form.locale.ts` adds its sections to
// the namespace `requests`, so a large screen's words are split by part without renaming a key. Russian plurals
// use i18next's _one/_few/_many.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { addWarningFormats } from './screens/evidence/warning-text';

export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

type Messages = { [key: string]: string | Messages };
const modules = import.meta.glob<{ en: Messages; ru: Messages }>('./**/*.locale.ts', { eager: true });

const resources: Record<Language, Record<string, Messages>> = { en: {}, ru: {} };
for (const [path, module] of Object.entries(modules)) {
  const namespace = path.split('/').pop()!.split('.')[0]!;
  for (const language of LANGUAGES) {
    const into = (resources[language][namespace] ??= {});
    for (const [section, messages] of Object.entries(module[language])) {
      // Two files of a namespace giving the same section would hide one of them.
      if (section in into) throw new Error(`translations: ${namespace}.${section} is in two files (${path})`);
      into[section] = messages;
    }
  }
}

const STORAGE_KEY = 'tamga.language';

function initialLanguage(): Language {
  const saved = localStorage.getItem(STORAGE_KEY);
  if (saved === 'en' || saved === 'ru') return saved;
  return navigator.language.toLowerCase().startsWith('ru') ? 'ru' : 'en';
}

export async function setupI18n(): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources,
    lng: initialLanguage(),
    fallbackLng: 'en',
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  addWarningFormats(i18next);
  document.documentElement.lang = i18next.language;
  return i18next;
}

export async function changeLanguage(language: Language): Promise<void> {
  localStorage.setItem(STORAGE_KEY, language);
  await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}
