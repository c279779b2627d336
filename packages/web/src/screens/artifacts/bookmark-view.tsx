// A browser bookmark: its title and address with their entities marked, the folder it was kept in, when it was added
// and last changed; a saved query (`place:`), a tag put on a URL, and a live bookmark's entry are said to be such.
import { useTranslation } from 'react-i18next';
import { useFormatTime } from '../../format';
import { num, obj, str, type Artifact, type Occurrence } from './artifact-data';
import { SourceTime } from './artifact-time';
import { Facts } from './facts';
import { Highlighted } from './highlight';

export function BookmarkView({ artifact, occurrences }: { artifact: Artifact; occurrences: Occurrence[] | undefined }) {
  const { t } = useTranslation('artifacts');
  const formatTime = useFormatTime();
  const f = artifact.fields;
  const url = str(f.url);
  const title = str(f.title);
  const feed = str(f.livemarkFeed);
  const description = str(obj(f.annotations)?.['bookmarkProperties/description']);
  return (
    <>
      {feed && <p className="badge warn block">{t('bookmark.livemark', { feed })}</p>}
      <Facts
        rows={[
          [t('bookmark.title'), title && <Highlighted text={title} occurrences={occurrences} field="fields.title" />],
          [t('web.url'), url && <code className="url">{<Highlighted text={url} occurrences={occurrences} field="fields.url" />}</code>],
          [t('bookmark.kind'), f.savedQuery === true ? t('bookmark.savedQuery') : str(f.tag) ? t('bookmark.tagged') : null],
          [t('bookmark.tag'), str(f.tag)],
          [
            t('bookmark.folder'),
            str(f.folderPath) ? (
              <>
                <code>{String(f.folderPath)}</code>
                {f.folderPathIncomplete === true && <span className="muted"> ({t('bookmark.folderIncomplete')})</span>}
              </>
            ) : f.folderPathIncomplete === true ? (
              t('bookmark.folderIncomplete')
            ) : null,
          ],
          [t('bookmark.description'), description],
          [t('bookmark.added'), artifact.at ? <SourceTime artifact={artifact} /> : null],
          [t('bookmark.modified'), str(f.lastModified) && formatTime(String(f.lastModified))],
          [t('bookmark.position'), num(f.position)],
          [t('web.browser'), str(f.browser) && t(`web.browsers.${String(f.browser)}`, { defaultValue: String(f.browser) })],
        ]}
      />
    </>
  );
}
