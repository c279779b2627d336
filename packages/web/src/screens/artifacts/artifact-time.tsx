// Times as the source saw them: the wall clock in the source's own zone (an IANA name or a fixed offset), the
// zone named beside it, "unknown zone" marked when the source did not say, and an assumed zone marked as such.
import { useTranslation } from 'react-i18next';
import type { Artifact } from './artifact-data';

const OFFSET = /^([+-])(\d{2}):?(\d{2})$/;

function offsetMinutes(zone: string): number | null {
  const m = OFFSET.exec(zone);
  if (!m) return null;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/** The wall time in `zone`, or null when the zone is missing or not one this browser knows. */
export function wallTimeIn(iso: string | null, zone: string | null, language: string): string | null {
  if (!iso || !zone) return null;
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'medium' };
  const offset = offsetMinutes(zone);
  try {
    if (offset !== null) return new Intl.DateTimeFormat(language, { ...options, timeZone: 'UTC' }).format(new Date(ms + offset * 60_000));
    return new Intl.DateTimeFormat(language, { ...options, timeZone: zone }).format(new Date(ms));
  } catch {
    return null;
  }
}

/** UTC as a reader checks it against other tools: `2024-03-05 10:44:34` (with the microseconds when there are any). */
export function utcText(iso: string | null): string | null {
  if (!iso) return null;
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.(\d+))?Z$/.exec(iso);
  if (!m) return iso;
  const fraction = (m[3] ?? '').replace(/0+$/, '');
  return `${m[1]} ${m[2]}${fraction ? `.${fraction}` : ''}`;
}

/** How a zone is named beside a time: offsets as `UTC+05:00`, names as they are. */
export function zoneName(zone: string): string {
  if (zone === 'UTC' || zone === 'Etc/UTC' || zone === '+00:00') return 'UTC';
  return OFFSET.test(zone) ? `UTC${zone}` : zone;
}

/** The source's zone as a small tag, or the "unknown zone" badge; an assumed zone says so. */
export function ZoneTag({ artifact, short }: { artifact: Pick<Artifact, 'at' | 'zone' | 'time'>; short?: boolean }) {
  const { t } = useTranslation('artifacts');
  if (!artifact.at) return null;
  if (!artifact.zone)
    return (
      <span className="badge warn zone-tag" title={t('time.unknownZoneHint')}>
        {short ? t('time.unknownShort') : t('common:unknownZone')}
      </span>
    );
  return (
    <span className="zone-tag muted" title={artifact.time?.derived ? t('time.assumedHint') : undefined}>
      {zoneName(artifact.zone)}
      {artifact.time?.derived ? ` (${t('time.assumed')})` : ''}
    </span>
  );
}

/** The time in the source's zone with the zone named, or the UTC time marked "unknown zone". */
export function SourceTime({ artifact }: { artifact: Pick<Artifact, 'at' | 'zone' | 'time'> }) {
  const { t, i18n } = useTranslation('artifacts');
  if (!artifact.at) return <span className="muted">{t('common:undated')}</span>;
  const wall = wallTimeIn(artifact.at, artifact.zone, i18n.language);
  return (
    <span className="source-time">
      <span>{wall ?? `${utcText(artifact.at)} UTC`}</span> <ZoneTag artifact={artifact} />
    </span>
  );
}

/**
 * A time for dense tables, as the source's clock showed it (`2024-03-05 15:44:34 UTC+05:00`); a zone the parser
 * assumed is starred, and a time whose zone is unknown is given in UTC with the zone marked unknown.
 */
export function TableTime({ artifact, besideUtc }: { artifact: Pick<Artifact, 'at' | 'zone' | 'time'>; besideUtc?: boolean }) {
  const { t } = useTranslation('artifacts');
  if (!artifact.at) return <span className="muted">{t('common:undated')}</span>;
  const wall = artifact.zone ? compactIn(artifact.at, artifact.zone) : null;
  if ((!artifact.zone || !wall) && besideUtc)
    // The UTC column already gives the time.
    return (
      <span className="badge warn zone-tag" title={t('time.unknownZoneHint')}>
        {t('common:unknownZone')}
      </span>
    );
  if (!artifact.zone || !wall)
    return (
      <>
        <span className="mono">{utcText(artifact.at)?.slice(0, 19)}</span> <span className="zone-tag muted">UTC</span>
        <span className="badge warn zone-tag" title={t('time.unknownZoneHint')}>
          {t('time.unknownShort')}
        </span>
      </>
    );
  return (
    <>
      <span className="mono">{wall}</span>{' '}
      <span className="zone-tag muted" title={artifact.time?.derived ? t('time.assumedHint') : undefined}>
        {zoneName(artifact.zone)}
        {artifact.time?.derived ? '*' : ''}
      </span>
    </>
  );
}

/** A time in `zone` written `2024-03-05 15:44:34`, for tables where the zone is named beside it. */
export function compactIn(iso: string, zone: string): string | null {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return null;
  const offset = offsetMinutes(zone);
  if (offset !== null) return new Date(ms + offset * 60_000).toISOString().slice(0, 19).replace('T', ' ');
  try {
    // Swedish writes dates and times the ISO way.
    return new Intl.DateTimeFormat('sv-SE', {
      timeZone: zone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
      hourCycle: 'h23',
    }).format(new Date(ms));
  } catch {
    return null;
  }
}
