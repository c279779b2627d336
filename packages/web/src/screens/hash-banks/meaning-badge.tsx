// A bank's meaning as a badge: known-bad content stands out, known software does not.
import { useTranslation } from 'react-i18next';

const TONE: Record<string, string> = { 'known-illegal': 'bad', 'known-terrorist': 'bad', 'known-software': '', 'case-specific': 'warn' };

export function MeaningBadge({ meaning }: { meaning: string }) {
  const { t } = useTranslation('hash-banks');
  return <span className={`badge ${TONE[meaning] ?? ''}`}>{t(`meanings.${meaning}`)}</span>;
}
