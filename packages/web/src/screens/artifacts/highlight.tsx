// The entities analysis found in an artefact, marked where they stand in its text (UTF-16 offsets, which are
// JavaScript string indices) and listed with their type.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Occurrence } from './artifact-data';

/** `text` with the occurrences of `field` marked; overlapping ones keep the first. */
export function Highlighted({ text, occurrences, field }: { text: string; occurrences: Occurrence[] | undefined; field: string }) {
  const { t } = useTranslation('artifacts');
  const marks = (occurrences ?? [])
    .filter((o) => o.field === field && o.start >= 0 && o.end <= text.length && o.end > o.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  if (marks.length === 0) return <>{text}</>;
  const parts: ReactNode[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue;
    if (mark.start > at) parts.push(text.slice(at, mark.start));
    const label = `${t(`entityTypes.${mark.type}`)}: ${mark.value}${mark.valid ? '' : ` (${t('entities.unverified')})`}`;
    parts.push(
      <mark key={`${mark.start}-${mark.end}`} className={mark.valid ? 'entity' : 'entity unverified'} title={label}>
        {text.slice(mark.start, mark.end)}
      </mark>,
    );
    at = mark.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}

/** The distinct entities of an artefact, by type; accounts of the actors are left out (they are shown as people). */
export function EntityList({ occurrences }: { occurrences: Occurrence[] | undefined }) {
  const { t } = useTranslation('artifacts');
  if (!occurrences) return null;
  const seen = new Map<string, Occurrence>();
  for (const o of occurrences) if (o.type !== 'account' && !seen.has(o.key)) seen.set(o.key, o);
  if (seen.size === 0) return <p className="muted">{t('entities.none')}</p>;
  return (
    <ul className="entity-list">
      {[...seen.values()].map((o) => (
        <li key={o.key}>
          <span className="entity-type">{t(`entityTypes.${o.type}`)}</span> <code>{o.value}</code>
          {!o.valid && <span className="badge warn">{t('entities.unverified')}</span>}
        </li>
      ))}
    </ul>
  );
}
