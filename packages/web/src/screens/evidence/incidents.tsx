// The exhibit's integrity incidents (its bytes no longer matching the recorded hash), and a supervisor's
// resolution of the open ones.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../../api';
import { useFormatTime } from '../../format';
import { useSession } from '../../session';
import { ErrorNote, TextArea } from '../../ui';
import { ShortHash, type Incident } from './evidence-shared';

export function Incidents({ caseId, incidents, onChanged }: { caseId: string; incidents: Incident[]; onChanged: () => void }) {
  const { t } = useTranslation('evidence');
  const formatTime = useFormatTime();
  const { user } = useSession();
  const [resolution, setResolution] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  async function resolve(event: FormEvent, incidentId: string) {
    event.preventDefault();
    setError(null);
    try {
      await api.call('resolveIncident', { params: { caseId, incidentId }, body: { resolution: (resolution[incidentId] ?? '').trim() } });
      onChanged();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }
  return (
    <section className="card incidents" aria-labelledby="incidents-title">
      <h2 id="incidents-title">{t('detail.incidents')}</h2>
      <ErrorNote message={error} />
      {incidents.map((incident) => (
        <div key={incident.id} className={incident.resolvedAt ? 'incident' : 'incident open'}>
          <p>
            <span className={incident.resolvedAt ? 'badge' : 'badge bad'}>
              {incident.resolvedAt ? t('detail.resolved') : t('detail.open')}
            </span>{' '}
            {formatTime(incident.openedAt)} — {incident.context}
          </p>
          <p className="muted small">
            {t('detail.expected')} <ShortHash value={incident.expectedSha256} /> · {t('detail.found')}{' '}
            {incident.foundSha256 ? <ShortHash value={incident.foundSha256} /> : t('detail.missing')}
          </p>
          {incident.resolvedAt ? (
            <p className="small">
              {t('detail.resolution')}: {incident.resolution} ({formatTime(incident.resolvedAt)})
            </p>
          ) : user?.role === 'supervisor' ? (
            <form onSubmit={(e) => void resolve(e, incident.id)} className="inline-add">
              <TextArea
                label={t('detail.resolution')}
                value={resolution[incident.id] ?? ''}
                onChange={(e) => setResolution({ ...resolution, [incident.id]: e.target.value })}
                required
                rows={2}
              />
              <button type="submit">{t('detail.resolve')}</button>
            </form>
          ) : (
            <p className="muted small">{t('detail.supervisorResolves')}</p>
          )}
        </div>
      ))}
    </section>
  );
}
