// The data lines a request seeks, as a table: selector, category, time window and each line's status.
import { useTranslation } from 'react-i18next';
import { useFormatTime } from '../../format';
import { Empty } from '../../ui';
import type { RequestDetailData } from './request-model';

export function RequestItems({ detail }: { detail: RequestDetailData }) {
  const { t } = useTranslation('requests');
  const formatTime = useFormatTime();
  const r = detail.request;
  return (
    <section className="card" aria-labelledby="items-title">
      <h2 id="items-title">{t('detail.items')}</h2>
      {r.items.length === 0 ? (
        <Empty>{t('form.noItems')}</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('form.selectorType')}</th>
                <th scope="col">{t('form.selectorValue')}</th>
                <th scope="col">{t('form.category')}</th>
                <th scope="col">{t('detail.window')}</th>
                <th scope="col">{t('detail.itemStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {r.items.map((item, i) => (
                <tr key={i}>
                  <td>{t(`authorizations:selectorTypes.${item.selectorType}`)}</td>
                  <td>
                    <code>{item.selectorValue}</code>
                    {item.service && <small className="muted block">{item.service}</small>}
                  </td>
                  <td>{t(`authorizations:categories.${item.category}`)}</td>
                  <td>
                    {formatTime(item.windowFrom)} –<br />
                    {formatTime(item.windowTo)}
                    <small className="muted block">
                      <code>{item.windowFrom}</code>
                    </small>
                  </td>
                  <td>{t(`itemStatuses.${item.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
