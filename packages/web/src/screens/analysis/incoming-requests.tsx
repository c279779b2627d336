// The requests for access to a case, pending ones first, shown to its lead to decide on.
import { useTranslation } from 'react-i18next';
import { useFormatTime } from '../../format';
import { ErrorNote } from '../../ui';
import { useEntityTypeName } from './analysis-shared';
import { IncomingRow, type Incoming } from './incoming-row';

export function IncomingRequests({
  caseId,
  requests,
  error,
  onDecided,
}: {
  caseId: string;
  requests: Incoming[];
  error: string | null;
  onDecided: () => void;
}) {
  const { t } = useTranslation('analysis');
  const formatTime = useFormatTime();
  const typeName = useEntityTypeName();
  const list = [...requests].sort(
    (a, b) => Number(b.status === 'pending') - Number(a.status === 'pending') || b.createdAt.localeCompare(a.createdAt),
  );
  return (
    <section className="card incoming" aria-labelledby="incoming-title">
      <h2 id="incoming-title">
        {t('entities.incoming.title')}
        {list.some((r) => r.status === 'pending') && (
          <span className="badge warn">
            {t('status.pending')}: {list.filter((r) => r.status === 'pending').length}
          </span>
        )}
      </h2>
      <ErrorNote message={error} />
      {list.length === 0 ? (
        <p className="muted">{t('entities.incoming.none')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('entities.incoming.requester')}</th>
              <th scope="col">{t('entities.incoming.fromCase')}</th>
              <th scope="col">{t('entities.incoming.entity')}</th>
              <th scope="col">{t('entities.incoming.reason')}</th>
              <th scope="col">{t('entities.incoming.asked')}</th>
              <th scope="col">{t('entities.incoming.decision')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((r) => (
              <IncomingRow key={r.id} caseId={caseId} request={r} onDecided={onDecided} formatTime={formatTime} typeName={typeName} />
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
