// A browser visit or search: the address with its entities marked, the title, the search terms, how the page
// was reached, and the visit counts; or a clearing of the history (Safari's tombstones), which is no visit.
import { useFormatTime } from '../../format';
import { type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { list, num, obj, str, type Artifact, type Occurrence } from './artifact-data';
import { SourceTime } from './artifact-time';
import { useDuration } from './duration';
import { Facts } from './facts';
import { Highlighted } from './highlight';

/** How a browser says the page was reached: Chromium's transition, Firefox's visit type, Safari's redirects. */
function transitionOf(f: Record<string, unknown>): ReactNode {
  const transition = obj(f.transition);
  if (transition) {
    const qualifiers = list(transition.qualifiers).map(String);
    return (
      <>
        <code>{String(transition.core)}</code>
        {qualifiers.length > 0 && <span className="muted"> + {qualifiers.join(', ')}</span>}
        {str(transition.hex) && <span className="muted"> ({String(transition.hex)})</span>}
      </>
    );
  }
  if (str(f.visitTypeName)) return <code>{String(f.visitTypeName)}</code>;
  if (num(f.redirectSource) !== null || num(f.redirectDestination) !== null) return <code>REDIRECT</code>;
  return null;
}

/** Safari's record that history was cleared: the span it removed, at the span's end. */
function HistoryCleared({ artifact, occurrences }: { artifact: Artifact; occurrences: Occurrence[] | undefined }) {
  const { t } = useTranslation('artifacts');
  const formatTime = useFormatTime();
  const f = artifact.fields;
  const url = str(f.url);
  const to = formatTime(str(f.clearedTo));
  return (
    <>
      <p className="badge warn block">{t('web.cleared')}</p>
      <Facts
        rows={[
          [
            t('web.clearedSpan'),
            f.clearedFromEverything === true
              ? t('web.clearedEverything', { to })
              : t('web.clearedFromTo', { from: formatTime(str(f.clearedFrom)), to }),
          ],
          [t('web.url'), url && <code className="url">{<Highlighted text={url} occurrences={occurrences} field="fields.url" />}</code>],
          [t('web.clearedEnd'), artifact.at ? <SourceTime artifact={artifact} /> : null],
          [t('web.browser'), str(f.browser) && t(`web.browsers.${String(f.browser)}`, { defaultValue: String(f.browser) })],
        ]}
      />
    </>
  );
}

export function WebVisitView({ artifact, occurrences }: { artifact: Artifact; occurrences: Occurrence[] | undefined }) {
  const { t } = useTranslation('artifacts');
  const duration = useDuration();
  const f = artifact.fields;
  if (f.kind === 'history_cleared') return <HistoryCleared artifact={artifact} occurrences={occurrences} />;
  const url = str(f.url);
  const searchTerms = list(f.searchTerms).map(String);
  const visits = num(f.urlVisitCount) ?? num(f.placeVisitCount) ?? num(f.itemVisitCount);
  const micros = num(f.visitDurationMicros);
  return (
    <>
      {f.notFromThisDevice === true && (
        <p className="badge warn block">{t('web.notFromThisDevice', { source: str(f.visitSource) ?? '' })}</p>
      )}
      <Facts
        rows={[
          [t('web.url'), url && <code className="url">{<Highlighted text={url} occurrences={occurrences} field="fields.url" />}</code>],
          [t('web.title'), str(f.title)],
          f.kind === 'search_term' && [t('web.searchTerm'), <strong key="term">{str(f.term)}</strong>],
          searchTerms.length > 0 && [t('web.searchTerms'), searchTerms.join(', ')],
          [t('web.time'), artifact.at ? <SourceTime artifact={artifact} /> : null],
          [t('web.transition'), transitionOf(f)],
          [t('web.browser'), str(f.browser) && t(`web.browsers.${String(f.browser)}`, { defaultValue: String(f.browser) })],
          [t('web.visitSource'), str(f.visitSource) && <code>{String(f.visitSource)}</code>],
          [t('web.visits'), visits],
          [
            t('web.typed'),
            num(f.urlTypedCount) ?? (typeof f.placeTyped === 'boolean' ? (f.placeTyped ? t('common:yes') : t('common:no')) : null),
          ],
          [t('web.duration'), micros !== null && micros > 0 ? duration(micros / 1_000_000) : null],
          [t('web.loaded'), typeof f.loadSuccessful === 'boolean' ? (f.loadSuccessful ? t('common:yes') : t('common:no')) : null],
        ]}
      />
    </>
  );
}
