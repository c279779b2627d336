// A position in decimal degrees with its hemispheres, and a link to open it on OpenStreetMap.
import { useTranslation } from 'react-i18next';

/** Decimal degrees with the hemisphere, and a link to OpenStreetMap (no tiles here: the network is closed). */
export function Coordinates({ latitude, longitude }: { latitude: number; longitude: number }) {
  const { t } = useTranslation('artifacts');
  const lat = latitude.toFixed(6);
  const lon = longitude.toFixed(6);
  const href = `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=16/${lat}/${lon}`;
  return (
    <span className="coordinates">
      <code>
        {lat}, {lon}
      </code>{' '}
      <span className="muted">
        ({Math.abs(latitude).toFixed(5)}° {latitude < 0 ? t('geo.south') : t('geo.north')}, {Math.abs(longitude).toFixed(5)}°{' '}
        {longitude < 0 ? t('geo.west') : t('geo.east')})
      </span>{' '}
      <a href={href} target="_blank" rel="noreferrer noopener">
        {t('geo.openMap')}
      </a>
    </span>
  );
}
