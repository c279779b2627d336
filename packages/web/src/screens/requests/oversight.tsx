// Oversight statistics of requests across all cases (supervisors and auditors): how many of each type, to
// whom, with what outcome, for which data, and the median days to an answer — tables with bars beside them.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useApi } from '../../use-api';
import { Empty, ErrorNote, Field, Loading, PageTitle } from '../../ui';
import { useDateBound } from '../analysis/analysis-shared';
import { RequestsFrame } from './requests-frame';

export function Oversight() {
  const { t, i18n } = useTranslation('requests');
  const bound = useDateBound();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [range, setRange] = useState<{ from?: string; to?: string }>({});
  const stats = useApi(() => api.call('requestStatistics', { query: range }), [range.from, range.to]);
  const number = (n: number | null) =>
    n === null ? t('statistics.noMedian') : new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(n);
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const f = bound(from, false);
    const e = bound(to, true);
    setRange({ ...(f ? { from: f } : {}), ...(e ? { to: e } : {}) });
  };
  const s = stats.data;
  return (
    <>
      <PageTitle>{t('statistics.title')}</PageTitle>
      <RequestsFrame>
        <div className="rq-head">
          <p className="muted">{t('statistics.explain')}</p>
          <form className="range-form" onSubmit={apply}>
            <Field label={t('statistics.from')} type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
            <Field label={t('statistics.to')} type="date" value={to} onChange={(e) => setTo(e.target.value)} />
            <button type="submit">{t('statistics.apply')}</button>
          </form>
        </div>
        <ErrorNote message={stats.error} />
        {stats.loading && !s ? (
          <Loading />
        ) : (
          s && (
            <>
              <dl className="counts stat-counts">
                <div>
                  <dt>{t('statistics.total')}</dt>
                  <dd>{s.total}</dd>
                </div>
                <div>
                  <dt>{t('statistics.responses')}</dt>
                  <dd>{s.responses}</dd>
                </div>
                <div>
                  <dt>{t('statistics.medianResponse')}</dt>
                  <dd>{number(s.medianDaysToResponse)}</dd>
                </div>
                <div>
                  <dt>{t('statistics.medianAck')}</dt>
                  <dd>{number(s.medianDaysToAcknowledgement)}</dd>
                </div>
              </dl>
              {s.total === 0 ? (
                <Empty>{t('statistics.none')}</Empty>
              ) : (
                <>
                  <div className="grid-2 stat-grid">
                    <Bars title={t('statistics.byType')} id="type" counts={s.byType} name={(k) => t(`types.${k}`, { defaultValue: k })} />
                    <Bars
                      title={t('statistics.byOutcome')}
                      id="outcome"
                      counts={s.byOutcome}
                      name={(k) => t(`statuses.${k}`, { defaultValue: k })}
                    />
                    <Bars
                      title={t('statistics.byStatus')}
                      id="status"
                      counts={s.byStatus}
                      name={(k) => t(`statuses.${k}`, { defaultValue: k })}
                    />
                    <Bars
                      title={t('statistics.byCategory')}
                      id="category"
                      counts={s.byCategory}
                      name={(k) => t(`authorizations:categories.${k}`, { defaultValue: k })}
                    />
                  </div>
                  <section className="card" aria-labelledby="stat-addressee">
                    <h2 id="stat-addressee">{t('statistics.byAddressee')}</h2>
                    <table className="table bars">
                      <thead>
                        <tr>
                          <th scope="col">{t('list.addressee')}</th>
                          <th scope="col">{t('directory.kind')}</th>
                          <th scope="col">{t('directory.country')}</th>
                          <th scope="col">{t('statistics.count')}</th>
                          <th scope="col">{t('statistics.outcomes')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {s.byAddressee.map((a) => (
                          <tr key={`${a.name}-${a.country}`}>
                            <th scope="row">{a.name}</th>
                            <td>{t(`addresseeKinds.${a.kind}`, { defaultValue: a.kind })}</td>
                            <td>{a.country}</td>
                            <td className="bar-cell">
                              <Bar value={a.count} max={Math.max(...s.byAddressee.map((x) => x.count), 1)} />
                            </td>
                            <td>
                              {Object.entries(a.outcomes).length === 0
                                ? '—'
                                : Object.entries(a.outcomes)
                                    .map(([k, v]) => `${t(`statuses.${k}`, { defaultValue: k })}: ${v}`)
                                    .join(', ')}
                            </td>
                          </tr>
                        ))}
                      </tbody>
                    </table>
                  </section>
                </>
              )}
            </>
          )
        )}
      </RequestsFrame>
    </>
  );
}

function Bar({ value, max }: { value: number; max: number }) {
  return (
    <span className="bar-wrap">
      <span className="bar" style={{ width: `${Math.max(2, (value / max) * 100)}%` }} aria-hidden="true" />
      <span className="bar-value">{value}</span>
    </span>
  );
}

function Bars({ title, id, counts, name }: { title: string; id: string; counts: Record<string, number>; name: (key: string) => string }) {
  const { t } = useTranslation('requests');
  const entries = Object.entries(counts).sort((a, b) => b[1] - a[1]);
  const max = Math.max(...entries.map(([, v]) => v), 1);
  return (
    <section className="card" aria-labelledby={`stat-${id}`}>
      <h2 id={`stat-${id}`}>{title}</h2>
      {entries.length === 0 ? (
        <p className="muted">—</p>
      ) : (
        <table className="table bars">
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">{title}</span>
              </th>
              <th scope="col">{t('statistics.count')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map(([key, value]) => (
              <tr key={key}>
                <th scope="row">{name(key)}</th>
                <td className="bar-cell">
                  <Bar value={value} max={max} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
