// Dates in the reader's language, in local time or UTC (a toggle in the header); the source's zone shown beside.
import { createContext, useContext } from 'react';
import { useTranslation } from 'react-i18next';

export const UtcContext = createContext<{ utc: boolean; setUtc: (utc: boolean) => void }>({ utc: false, setUtc: () => {} });

/** The reader's own zone, as an IANA name. */
export const LOCAL_ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Times in the reader's language. Given a zone (an IANA name), a time is shown in that zone with the zone named;
 * without one, in the reader's zone, unnamed. The UTC toggle wins over both, and says so.
 */
export function useFormatTime(zone?: string): (iso: string | null | undefined) => string {
  const { utc } = useContext(UtcContext);
  const { i18n, t } = useTranslation();
  return (iso) => {
    if (!iso) return t('common:undated');
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    const timeZone = utc ? 'UTC' : zone;
    const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'medium' };
    try {
      if (timeZone) return `${new Intl.DateTimeFormat(i18n.language, { ...options, timeZone }).format(date)} ${timeZone}`;
    } catch {
      // A zone this browser does not know: the reader's own time, unnamed, below.
    }
    return new Intl.DateTimeFormat(i18n.language, options).format(date);
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
