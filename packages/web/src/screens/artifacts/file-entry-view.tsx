// A file in an archive or file system: its name, path, kind, sizes and hashes, and its text when it has one.
import { useTranslation } from 'react-i18next';
import { num, str, type Artifact, type Occurrence } from './artifact-data';
import { SourceTime } from './artifact-time';
import { Facts } from './facts';
import { Highlighted } from './highlight';
import { useSize } from '../../format';

export function FileEntryView({ artifact, occurrences }: { artifact: Artifact; occurrences: Occurrence[] | undefined }) {
  const { t } = useTranslation('artifacts');
  const size = useSize();
  const f = artifact.fields;
  const bytes = num(f.size) ?? num(f.declaredSize);
  const compressed = num(f.compressedSize);
  return (
    <>
      <Facts
        rows={[
          [t('file.name'), str(f.name) && <code>{String(f.name)}</code>],
          [t('file.path'), str(f.path) !== str(f.name) && str(f.path) && <code>{String(f.path)}</code>],
          [t('file.kind'), str(f.kind) && t(`file.kinds.${String(f.kind)}`, { defaultValue: String(f.kind) })],
          [t('file.mime'), str(f.mime) && <code>{String(f.mime)}</code>],
          [t('file.size'), bytes !== null ? size(bytes) : null],
          [
            t('file.compressed'),
            compressed !== null
              ? `${size(compressed)}${str(f.methodName) ? ` (${t(`file.methods.${String(f.methodName)}`, { defaultValue: String(f.methodName) })})` : ''}`
              : null,
          ],
          [t('file.encrypted'), f.encrypted === true ? t('common:yes') : null],
          [t('file.sha256'), str(f.sha256) && <code>{String(f.sha256)}</code>],
          [t('file.crc32'), str(f.crc32) && <code>{String(f.crc32)}</code>],
          [t('file.symlink'), str(f.symlinkTarget) && <code>{String(f.symlinkTarget)}</code>],
          [t('file.modified'), artifact.at ? <SourceTime artifact={artifact} /> : null],
          [t('document.encoding'), str(f.encoding)],
          [t('document.lines'), num(f.lines)],
        ]}
      />
      {f.pathNeutralised === true && <p className="badge warn block">{t('file.neutralised')}</p>}
      {artifact.text && artifact.text !== str(f.name) && artifact.text !== str(f.path) && (
        <>
          <h3>{t('document.text')}</h3>
          <div className="text-body">
            <Highlighted text={artifact.text} occurrences={occurrences} field="text" />
          </div>
        </>
      )}
    </>
  );
}
