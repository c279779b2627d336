// The productions received for a request: exhibit, provider's reference, when received, files and how many
// are sequestered.
import { useTranslation } from 'react-i18next';
import { useFormatTime } from '../../format';
import { Link } from '../../router';
import type { RequestDetailData } from './request-model';

export function Productions({ detail }: { detail: RequestDetailData }) {
  const { t } = useTranslation('requests');
  const formatTime = useFormatTime();
  const list = detail.request.productions;
  return (
    <section className="card" aria-labelledby="productions-title">
      <h2 id="productions-title">{t('detail.productions')}</h2>
      {list.length === 0 ? (
        <p className="muted">{t('detail.noProductions')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('detail.exhibit')}</th>
              <th scope="col">{t('detail.providerReference')}</th>
              <th scope="col">{t('detail.receivedAt')}</th>
              <th scope="col">{t('detail.files')}</th>
              <th scope="col">{t('detail.sequesteredCount')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((p) => (
              <tr key={p.itemId}>
                <td>
                  <Link to={`/cases/${detail.request.caseId}/evidence/${p.itemId}`}>{p.exhibitNumber}</Link>
                </td>
                <td>
                  {p.providerReference} <small className="muted">({t(`channels.${p.channel}`)})</small>
                </td>
                <td>{formatTime(p.receivedAt)}</td>
                <td>{p.files}</td>
                <td>{p.sequestered > 0 ? <span className="badge warn">{p.sequestered}</span> : 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
