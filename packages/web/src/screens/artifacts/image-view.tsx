// An image as its EXIF describes it: the camera, the times it records and the GPS position.
import { useTranslation } from 'react-i18next';
import { num, obj, str, type Artifact } from './artifact-data';
import { SourceTime, utcText, zoneName } from './artifact-time';
import { Coordinates } from './coordinates';
import { useClockDifference } from './duration';
import { Facts } from './facts';

export function ImageView({ artifact }: { artifact: Artifact }) {
  const { t } = useTranslation('artifacts');
  const clockDifference = useClockDifference();
  const f = artifact.fields;
  // Written by newer parsers only: the GPS clock beside the camera's, neither of them corrected.
  const gpsTime = str(f.gpsTime);
  const difference = num(f.cameraClockMinusGpsSeconds);
  const impliedOffset = str(f.impliedOffset);
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
          [t('image.gpsTime'), gpsTime && <code>{utcText(gpsTime)} UTC</code>],
          [
            t('geo.clockDifference'),
            difference !== null && (
              <>
                {clockDifference(difference)}
                {impliedOffset && <div className="muted">{t('image.impliedOffset', { zone: zoneName(impliedOffset) })}</div>}
              </>
            ),
          ],
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
