// A recorded location: the coordinates, place, altitude, source and time.
import { useTranslation } from 'react-i18next';
import { num, str, type Artifact } from './artifact-data';
import { SourceTime } from './artifact-time';
import { Coordinates } from './coordinates';
import { useClockDifference } from './duration';
import { Facts } from './facts';

export function LocationView({ artifact }: { artifact: Artifact }) {
  const { t, i18n } = useTranslation('artifacts');
  const clockDifference = useClockDifference();
  const f = artifact.fields;
  const lat = num(f.latitude);
  const lon = num(f.longitude);
  const altitude = num(f.altitude);
  const difference = num(f.cameraClockMinusGpsSeconds);
  return (
    <Facts
      rows={[
        [t('geo.position'), lat !== null && lon !== null ? <Coordinates latitude={lat} longitude={lon} /> : null],
        [t('geo.place'), str(f.placeName)],
        [t('geo.address'), str(f.address)],
        [
          t('geo.altitude'),
          altitude !== null
            ? t('geo.metres', { value: new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(altitude) })
            : null,
        ],
        [t('geo.datum'), str(f.mapDatum)],
        [t('geo.source'), str(f.source) && <code>{String(f.source)}</code>],
        [t('geo.time'), artifact.at ? <SourceTime artifact={artifact} /> : null],
        [t('geo.clockDifference'), difference !== null ? clockDifference(difference) : null],
      ]}
    />
  );
}
