// A document: its metadata (format, title, author, dates, pages) and its text with the entities marked.
import { useTranslation } from 'react-i18next';
import { useFormatTime } from '../../format';
import { num, str, type Artifact, type Occurrence } from './artifact-data';
import { Facts } from './facts';
import { Highlighted } from './highlight';

function Text({ artifact, occurrences }: { artifact: Artifact; occurrences: Occurrence[] | undefined }) {
  const { t } = useTranslation('artifacts');
  if (!artifact.text) return <p className="muted">{t('detail.noText')}</p>;
  return (
    <div className="text-body">
      <Highlighted text={artifact.text} occurrences={occurrences} field="text" />
    </div>
  );
}

export function DocumentView({ artifact, occurrences }: { artifact: Artifact; occurrences: Occurrence[] | undefined }) {
  const { t } = useTranslation('artifacts');
  const formatTime = useFormatTime();
  const f = artifact.fields;
  return (
    <>
      <Facts
        rows={[
          [t('document.format'), str(f.format)?.toUpperCase()],
          [t('document.title'), str(f.title)],
          [t('document.author'), str(f.author)],
          [t('document.lastModifiedBy'), str(f.lastModifiedBy)],
          [t('document.created'), str(f.created) && formatTime(String(f.created))],
          [t('document.modified'), str(f.modified) && formatTime(String(f.modified))],
          [t('document.pages'), num(f.pageCount)],
          [t('document.encoding'), str(f.encoding)],
          [t('document.lines'), num(f.lines)],
        ]}
      />
      {(f.truncated === true || f.encrypted === true) && (
        <p className="badge warn block">{f.encrypted === true ? t('document.encrypted') : t('document.truncated')}</p>
      )}
      <h3>{t('document.text')}</h3>
      <Text artifact={artifact} occurrences={occurrences} />
    </>
  );
}
