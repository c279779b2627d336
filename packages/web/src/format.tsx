// Dates in the reader's language, in local time or UTC (a toggle in the header); the source's zone shown beside.
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';

export const UtcContext = createContext<{ utc: boolean; setUtc: (utc: boolean) => void }>({ utc: false, setUtc: () => {} });

export function useFormatTime(): (iso: string | null | undefined) => string {
  const { utc } = useContext(UtcContext);
  const { i18n, t } = useTranslation();
  return (iso) => {
    if (!iso) return t('common:undated');
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    const text = new Intl.DateTimeFormat(i18n.language, {
      dateStyle: 'medium',
      timeStyle: 'medium',
      ...(utc ? { timeZone: 'UTC' } : {}),
    }).format(date);
    return utc ? `${text} UTC` : text;
  };
}

// Sizes in the reader's language: `1,1 МБ` in Russian, `1.1 MB` in English.
const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

export function useSize(): (bytes: number) => string {
  const { t, i18n } = useTranslation();
  return (bytes) => {
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    return `${new Intl.NumberFormat(i18n.language, { maximumFractionDigits: unit ? 1 : 0 }).format(value)} ${t(`common:units.${UNITS[unit]}`)}`;
  };
}
