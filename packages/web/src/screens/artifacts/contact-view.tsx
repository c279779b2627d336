// An address-book contact: the name, the phone numbers, where it came from, and the vCard as written.
import { useTranslation } from 'react-i18next';
import { str, type Artifact, type Occurrence } from './artifact-data';
import { Actors } from './actors';
import { SourceTime } from './artifact-time';
import { Facts } from './facts';
import { Highlighted } from './highlight';

export function ContactView({ artifact, occurrences }: { artifact: Artifact; occurrences: Occurrence[] | undefined }) {
  const { t } = useTranslation('artifacts');
  const f = artifact.fields;
  const phone = str(f.phoneNumber);
  const source = str(f.source);
  return (
    <>
      <Facts
        rows={[
          [t('contact.name'), artifact.text && <Highlighted text={artifact.text} occurrences={occurrences} field="text" />],
          [t('contact.firstName'), str(f.firstName)],
          [t('contact.lastName'), str(f.lastName)],
          [t('contact.phone'), phone && <code>{phone}</code>],
          [t('contact.normalised'), str(f.phone) !== phone && str(f.phone) && <code>{String(f.phone)}</code>],
          [t('contact.userId'), f.userId !== null && f.userId !== undefined && f.userId !== 0 ? <code>{String(f.userId)}</code> : null],
          [t('contact.source'), source && t(`contact.sources.${source}`, { defaultValue: source })],
          [t('contact.added'), artifact.at ? <SourceTime artifact={artifact} /> : null],
        ]}
      />
      <Actors artifact={artifact} />
      {str(f.vcard) && (
        <details className="raw-fields">
          <summary>vCard</summary>
          <pre>{String(f.vcard)}</pre>
        </details>
      )}
    </>
  );
}
