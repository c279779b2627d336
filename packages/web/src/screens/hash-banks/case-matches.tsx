// A case's known content: what matched the enabled banks, item by item, with the bank, label, signal and
// distance; protected images blurred; known software hidden until asked for.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteOutput, Routes } from '@tamga/api';
import { api, errorMessage } from '../../api';
import { Link } from '../../router';
import { useApi } from '../../use-api';
import { Empty, ErrorNote, Loading } from '../../ui';
import { CaseFrame } from '../cases/case-frame';
import { ShortHash } from '../evidence/evidence-shared';
import { MeaningBadge } from './meaning-badge';
import { ProtectedImage } from './protected-image';
import './hash-banks.css';

type Matches = RouteOutput<Routes['caseMatches']>;
type Match = Matches['matches'][number];

export function CaseMatches({ caseId }: { caseId: string }) {
  const { t } = useTranslation('hash-banks');
  const [version, setVersion] = useState(0);
  const data = useApi(() => api.call('caseMatches', { params: { caseId }, query: {} }), [caseId, version]);
  const [showSoftware, setShowSoftware] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const rematch = () => {
    setError(null);
    api.call('rematchCase', { params: { caseId } }).then(
      (result) => {
        setNote(t('matches.rematched', { count: result.queued }));
        setVersion((n) => n + 1);
      },
      (failure: unknown) => setError(errorMessage(failure)),
    );
  };
  const matches = data.data;
  const byItem = new Map<string, Match[]>();
  for (const m of matches?.matches ?? []) byItem.set(m.itemId, [...(byItem.get(m.itemId) ?? []), m]);
  const items = (matches?.items ?? []).filter((i) => showSoftware || !i.lowPriority);
  const counts = matches?.counts;
  return (
    <CaseFrame
      caseId={caseId}
      actions={
        <button type="button" onClick={rematch}>
          {t('matches.rematch')}
        </button>
      }
    >
      <h2>{t('matches.title')}</h2>
      <p className="muted">{t('matches.explain')}</p>
      <ErrorNote message={data.error ?? error} />
      {note && (
        <p className="ok-note" role="status">
          {note}
        </p>
      )}
      {data.loading && !matches ? (
        <Loading />
      ) : counts && counts.itemsMatched === 0 ? (
        <Empty>{t('matches.none')}</Empty>
      ) : (
        counts && (
          <>
            <ul className="match-counts" aria-label={t('matches.title')}>
              <li>
                <strong>{t('matches.itemsMatched', { count: counts.itemsMatched })}</strong>
              </li>
              {counts.protected > 0 && <li className="bad">{t('matches.protected', { count: counts.protected })}</li>}
              {counts.lowPriority > 0 && <li>{t('matches.lowPriority', { count: counts.lowPriority })}</li>}
              <li>{t('matches.imagesHashed', { count: counts.imagesHashed })}</li>
              {counts.imagesBelowQuality > 0 && <li>{t('matches.belowQuality', { count: counts.imagesBelowQuality })}</li>}
            </ul>
            {counts.lowPriority > 0 && (
              <p>
                <button type="button" onClick={() => setShowSoftware((s) => !s)} aria-pressed={showSoftware}>
                  {showSoftware ? t('matches.hideSoftware') : t('matches.showSoftware', { count: counts.lowPriority })}
                </button>
              </p>
            )}
            <div className="table-scroll">
              <table className="table match-table">
                <caption className="visually-hidden">{t('matches.list')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('matches.item')}</th>
                    <th scope="col">{t('matches.preview')}</th>
                    <th scope="col">{t('matches.found')}</th>
                  </tr>
                </thead>
                <tbody>
                  {items.map((item) => (
                    <tr key={item.itemId} className={item.lowPriority ? 'low-priority' : undefined}>
                      <th scope="row">
                        <Link to={`/cases/${caseId}/evidence/${item.itemId}`}>{item.exhibitNumber}</Link>
                        <div className="item-name">{item.name}</div>
                        {item.sha256 && <ShortHash value={item.sha256} />}
                        {item.pdq && (
                          <div className="muted small">
                            PDQ <code>{item.pdq.hash.slice(0, 16)}…</code> q{item.pdq.quality}
                          </div>
                        )}
                      </th>
                      <td>
                        {item.protected ? (
                          <ProtectedImage caseId={caseId} itemId={item.itemId} name={item.exhibitNumber} meanings={item.meanings} />
                        ) : (
                          <span className="muted">—</span>
                        )}
                      </td>
                      <td>
                        <MatchList matches={byItem.get(item.itemId) ?? []} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )
      )}
    </CaseFrame>
  );
}

/** The banks an item matched, each with its meaning, label, signal and distance. */
export function MatchList({ matches }: { matches: Match[] }) {
  const { t } = useTranslation('hash-banks');
  return (
    <ul className="match-list">
      {matches.map((m) => (
        <li key={`${m.bankId}:${m.signal}:${m.value}`}>
          <MeaningBadge meaning={m.meaning} /> <code>{m.bankName}</code>
          {m.label && <span> · {m.label}</span>}
          <div className="muted small">
            {t('matches.signal')} {t(`signals.${m.signal}`)}:{' '}
            {m.signal === 'pdq' ? t('matches.bits', { count: m.distance }) : t('matches.exact')}
            {m.variant && m.variant !== 'original' ? ` (${t('matches.variant', { variant: m.variant })})` : ''}
          </div>
        </li>
      ))}
    </ul>
  );
}
