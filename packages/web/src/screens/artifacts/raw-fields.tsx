// "All fields": every field of an artefact as the parser wrote it, built only when opened.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Artifact } from './artifact-data';
import { utcText } from './artifact-time';

/** Every field exactly as the parser wrote it, for the examiner who needs what no view shows (built when opened). */
export function RawFields({ artifact }: { artifact: Artifact }) {
  const { t } = useTranslation('artifacts');
  const [open, setOpen] = useState(false);
  return (
    <details className="raw-fields" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('detail.rawFields')}</summary>
      {open && (
        <pre>
          {JSON.stringify(
            { time: artifact.time, utc: utcText(artifact.at), actors: artifact.actors, fields: artifact.fields, locator: artifact.locator },
            null,
            2,
          )}
        </pre>
      )}
    </details>
  );
}
