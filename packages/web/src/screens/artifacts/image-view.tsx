// An image as its EXIF describes it: the camera, the times it records and the GPS position.
import { useTranslation } from 'react-i18next';
import { num, obj, str, type Artifact } from './artifact-data';
import { SourceTime } from './artifact-time';
import { Coordinates } from './coordinates';
import { Facts } from './facts';

export function ImageView({ artifact }: { artifact: Artifact }) {
  const { t } = useTranslation('artifacts');
  const f = artifact.fields;
  const gps = obj(f.gpsPosition);
  const lat = gps ? num(gps.latitude) : null;
  const lon = gps ? num(gps.longitude) : null;
  const width = num(f.width);
  const height = num(f.height);
  const camera = [str(f.make), str(f.model)].filter(Boolean).join(' ');
  return (
    <>
      <h3>{t('image.camera')}</h3>
      <Facts
        rows={[
          [t('image.camera'), camera || <span className="muted">{t('image.noCamera')}</span>],
          [t('image.lens'), str(f.lensModel)],
          [t('image.serial'), str(f.serialNumber) && <code>{String(f.serialNumber)}</code>],
          [t('image.software'), str(f.software)],
          [t('image.artist'), str(f.artist)],
          [t('image.description'), str(f.imageDescription)],
          [t('image.format'), str(f.format)?.toUpperCase()],
          [t('image.dimensions'), width !== null && height !== null ? `${width} × ${height}` : null],
        ]}
      />
      <h3>{t('image.times')}</h3>
      <Facts
        rows={[
          [t('image.taken'), artifact.at ? <SourceTime artifact={artifact} /> : null],
          [
            t('image.original'),
            str(f.dateTimeOriginal) && <code>{[f.dateTimeOriginal, f.offsetTimeOriginal].filter(Boolean).join(' ')}</code>,
          ],
          [t('image.digitized'), str(f.dateTimeDigitized) && <code>{String(f.dateTimeDigitized)}</code>],
          [t('image.modified'), str(f.modifyDate) && <code>{String(f.modifyDate)}</code>],
          [t('image.timeSource'), str(f.timeSource) && <code>{String(f.timeSource)}</code>],
        ]}
      />
      {!artifact.at && <p className="muted">{t('image.noTime')}</p>}
      <h3>{t('geo.position')}</h3>
      {lat !== null && lon !== null ? (
        <Coordinates latitude={lat} longitude={lon} />
      ) : (
        <p className="muted">{f.gpsIfdPresent ? t('geo.unusable') : t('geo.none')}</p>
      )}
    </>
  );
}
