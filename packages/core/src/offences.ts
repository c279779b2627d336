// Offence taxonomy (DOMAIN.md §6): national articles plus Budapest (BC-n) and UNODC (TUI-*) codes.
// The lists are configuration data; national articles are open-ended because codes change.

export type OffenceFramework = 'NATIONAL' | 'BUDAPEST' | 'UNODC_TUI';

export interface OffenceRef {
  framework: OffenceFramework;
  code: string;
  /** ISO 3166-1 alpha-2; required for NATIONAL. */
  country?: string;
  maxPenaltyYears?: number;
}

export interface OffenceDefinition {
  framework: Exclude<OffenceFramework, 'NATIONAL'>;
  code: string;
  labels: { en: string; ru: string };
  tag: 'V' | 'S' | 'U';
}

export const INTERNATIONAL_OFFENCES: readonly OffenceDefinition[] = [
  { framework: 'BUDAPEST', code: 'BC-2', labels: { en: 'Illegal access', ru: 'Неправомерный доступ' }, tag: 'V' },
  { framework: 'BUDAPEST', code: 'BC-3', labels: { en: 'Illegal interception', ru: 'Неправомерный перехват' }, tag: 'V' },
  { framework: 'BUDAPEST', code: 'BC-4', labels: { en: 'Data interference', ru: 'Воздействие на данные' }, tag: 'V' },
  { framework: 'BUDAPEST', code: 'BC-5', labels: { en: 'System interference', ru: 'Воздействие на функционирование системы' }, tag: 'V' },
  { framework: 'BUDAPEST', code: 'BC-6', labels: { en: 'Misuse of devices', ru: 'Противозаконное использование устройств' }, tag: 'V' },
  {
    framework: 'BUDAPEST',
    code: 'BC-7',
    labels: { en: 'Computer-related forgery', ru: 'Подлог с использованием компьютерных технологий' },
    tag: 'V',
  },
  {
    framework: 'BUDAPEST',
    code: 'BC-8',
    labels: { en: 'Computer-related fraud', ru: 'Мошенничество с использованием компьютерных технологий' },
    tag: 'V',
  },
  {
    framework: 'BUDAPEST',
    code: 'BC-9',
    labels: { en: 'Child sexual abuse material', ru: 'Материалы сексуального насилия над детьми' },
    tag: 'V',
  },
  { framework: 'BUDAPEST', code: 'BC-10', labels: { en: 'Copyright and related rights', ru: 'Авторское право и смежные права' }, tag: 'V' },
  {
    framework: 'BUDAPEST',
    code: 'BC-11',
    labels: { en: 'Attempt, aiding or abetting', ru: 'Покушение, пособничество или подстрекательство' },
    tag: 'V',
  },
  {
    framework: 'BUDAPEST',
    code: 'BP1-3',
    labels: { en: 'Dissemination of racist and xenophobic material', ru: 'Распространение расистских и ксенофобских материалов' },
    tag: 'U',
  },
  {
    framework: 'BUDAPEST',
    code: 'BP1-4',
    labels: { en: 'Racist and xenophobic threat', ru: 'Угроза по расистским и ксенофобским мотивам' },
    tag: 'U',
  },
  {
    framework: 'BUDAPEST',
    code: 'BP1-5',
    labels: { en: 'Racist and xenophobic insult', ru: 'Оскорбление по расистским и ксенофобским мотивам' },
    tag: 'U',
  },
  {
    framework: 'BUDAPEST',
    code: 'BP1-6',
    labels: { en: 'Denial or justification of genocide', ru: 'Отрицание или оправдание геноцида' },
    tag: 'U',
  },
  { framework: 'UNODC_TUI', code: 'TUI-PROP', labels: { en: 'Terrorist propaganda', ru: 'Террористическая пропаганда' }, tag: 'V' },
  {
    framework: 'UNODC_TUI',
    code: 'TUI-PROP-REC',
    labels: { en: 'Terrorist propaganda: recruitment', ru: 'Террористическая пропаганда: вербовка' },
    tag: 'V',
  },
  {
    framework: 'UNODC_TUI',
    code: 'TUI-PROP-RAD',
    labels: { en: 'Terrorist propaganda: radicalisation', ru: 'Террористическая пропаганда: радикализация' },
    tag: 'V',
  },
  {
    framework: 'UNODC_TUI',
    code: 'TUI-PROP-INC',
    labels: { en: 'Terrorist propaganda: incitement', ru: 'Террористическая пропаганда: подстрекательство' },
    tag: 'V',
  },
  { framework: 'UNODC_TUI', code: 'TUI-FIN', labels: { en: 'Terrorist financing', ru: 'Финансирование терроризма' }, tag: 'S' },
  { framework: 'UNODC_TUI', code: 'TUI-TRN', labels: { en: 'Terrorist training', ru: 'Подготовка террористов' }, tag: 'S' },
  {
    framework: 'UNODC_TUI',
    code: 'TUI-PLN',
    labels: { en: 'Planning of terrorist acts', ru: 'Планирование террористических актов' },
    tag: 'V',
  },
  {
    framework: 'UNODC_TUI',
    code: 'TUI-EXE',
    labels: { en: 'Execution of terrorist acts', ru: 'Совершение террористических актов' },
    tag: 'U',
  },
  { framework: 'UNODC_TUI', code: 'TUI-CYB', labels: { en: 'Terrorist cyberattacks', ru: 'Кибератаки террористов' }, tag: 'U' },
];

export const CENTRAL_ASIAN_COUNTRIES = ['KZ', 'KG', 'TJ', 'TM', 'UZ'] as const;

/** A national article: the article number with optional part and paragraph, e.g. "205", "205-1", "256 ч.2". */
const NATIONAL_CODE = /^[0-9]{1,4}(?:[-.][0-9]{1,3})?(?:\s*(?:ч\.|part|p\.)\s*[0-9]{1,2})?(?:\s*(?:п\.|para|item)\s*[0-9a-zа-я]{1,3})?$/iu;

/** Returns the problem with a list of offences, or null when it is acceptable for a case. */
export function checkOffences(offences: readonly OffenceRef[]): 'OFFENCE_NATIONAL_REQUIRED' | 'OFFENCE_UNKNOWN' | null {
  for (const offence of offences) {
    if (offence.framework === 'NATIONAL') {
      if (!offence.country || !/^[A-Z]{2}$/.test(offence.country)) return 'OFFENCE_UNKNOWN';
      if (!NATIONAL_CODE.test(offence.code.trim())) return 'OFFENCE_UNKNOWN';
    } else if (!INTERNATIONAL_OFFENCES.some((d) => d.framework === offence.framework && d.code === offence.code)) {
      return 'OFFENCE_UNKNOWN';
    }
  }
  return offences.some((o) => o.framework === 'NATIONAL') ? null : 'OFFENCE_NATIONAL_REQUIRED';
}
