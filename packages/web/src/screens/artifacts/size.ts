// Sizes in the reader's language: `1,1 МБ` in Russian, `1.1 MB` in English.
import { useTranslation } from 'react-i18next';

const UNITS = ['B', 'KB', 'MB', 'GB', 'TB'] as const;

export function useSize(): (bytes: number) => string {
  const { t, i18n } = useTranslation('artifacts');
  return (bytes) => {
    let value = bytes;
    let unit = 0;
    while (value >= 1024 && unit < UNITS.length - 1) {
      value /= 1024;
      unit++;
    }
    return `${new Intl.NumberFormat(i18n.language, { maximumFractionDigits: unit ? 1 : 0 }).format(value)} ${t(`units.${UNITS[unit]}`)}`;
  };
}
