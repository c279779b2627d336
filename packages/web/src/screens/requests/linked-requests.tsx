// The requests linked to this one with their status, and for a preservation the way to draft its follow-up.
import { useTranslation } from 'react-i18next';
import { Link } from '../../router';
import { StatusBadge } from './due-badge';
import type { RequestDetailData } from './request-model';

export function LinkedRequests({ detail, caseId, canFollow }: { detail: RequestDetailData; caseId: string; canFollow: boolean }) {
  const { t } = useTranslation('requests');
  const r = detail.request;
  return (
    <section className="card" aria-labelledby="linked-title">
      <h2 id="linked-title">{t('detail.linked')}</h2>
      {detail.linked.length === 0 ? (
        <p className="muted">{t('list.noDeadline')}</p>
      ) : (
        <ul className="linked">
          {detail.linked.map((l) => (
            <li key={l.id}>
              <Link to={`/cases/${caseId}/requests/${l.id}`}>{l.reference}</Link> {t(`types.${l.type}`, { defaultValue: l.type })}{' '}
              <StatusBadge status={l.status} />
              {r.correctsRequestId === l.id && <small className="muted"> · {t('fields.corrects')}</small>}
            </li>
          ))}
        </ul>
      )}
      {canFollow && !['DRAFT', 'IN_REVIEW', 'AUTHORIZED', 'WITHDRAWN'].includes(r.status) && !r.preservation?.followUpRequestId && (
        <Link to={`/cases/${caseId}/requests/new?follows=${r.id}`} className="button">
          {t('detail.followUp')}
        </Link>
      )}
    </section>
  );
}
