// Full-text search over a case's artefacts: the query and its filters live in the address (?q=…), so a search
// can be bookmarked, shared with a colleague on the case, and gone back to.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ARTIFACT_TYPE_NAMES, type RouteOutput, type Routes } from '@tamga/api';
import { api, errorMessage } from '../../api';
import { LOCAL_ZONE, useFormatTime } from '../../format';
import { Link, navigate, useLocation } from '../../router';
import { ErrorNote, Field, Select } from '../../ui';
import { useItemLabels } from '../artifacts/item-options';
import { CaseFrame } from '../cases/case-frame';
import { Highlighted, useDateBound } from './analysis-shared';

type Hit = RouteOutput<Routes['search']>['hits'][number];
type Sort = 'relevance' | 'time_desc' | 'time_asc';
const SORTS: Sort[] = ['relevance', 'time_desc', 'time_asc'];
const PAGE = 25;

interface Params {
  q: string;
  types: string[];
  from: string;
  to: string;
  entity: string;
  account: string;
  sort: Sort;
}

function readParams(query: URLSearchParams): Params {
  const sort = query.get('sort') as Sort | null;
  return {
    q: query.get('q') ?? '',
    types: (query.get('types') ?? '').split(',').filter((t) => (ARTIFACT_TYPE_NAMES as readonly string[]).includes(t)),
    from: query.get('from') ?? '',
    to: query.get('to') ?? '',
    entity: query.get('entity') ?? '',
    account: query.get('account') ?? '',
    sort: sort && SORTS.includes(sort) ? sort : 'relevance',
  };
}

function writeParams(p: Params): string {
  const out = new URLSearchParams();
  if (p.q.trim()) out.set('q', p.q.trim());
  if (p.types.length) out.set('types', p.types.join(','));
  if (p.from) out.set('from', p.from);
  if (p.to) out.set('to', p.to);
  if (p.entity.trim()) out.set('entity', p.entity.trim());
  if (p.account.trim()) out.set('account', p.account.trim());
  if (p.sort !== 'relevance') out.set('sort', p.sort);
  return out.toString();
}

export function Search({ caseId }: { caseId: string }) {
  const { t } = useTranslation('analysis');
  const { path, query } = useLocation();
  const search = query.toString();
  const params = readParams(query);
  const bound = useDateBound();
  const formatTime = useFormatTime(LOCAL_ZONE);

  const [hits, setHits] = useState<Hit[]>([]);
  const [total, setTotal] = useState<number | null>(null);
  const [atLeast, setAtLeast] = useState(false);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ticket = useRef(0);
  const itemLabels = useItemLabels(
    caseId,
    hits.map((hit) => hit.itemId),
  );

  const load = (after: string | null) => {
    const mine = ++ticket.current;
    setLoading(true);
    setError(null);
    const from = params.from ? bound(params.from, false) : undefined;
    const to = params.to ? bound(params.to, true) : undefined;
    api
      .call('search', {
        params: { caseId },
        query: {
          q: params.q,
          types: params.types.length ? params.types.join(',') : undefined,
          from,
          to,
          entity: params.entity || undefined,
          account: params.account || undefined,
          sort: params.sort,
          limit: PAGE,
          cursor: after ?? undefined,
        },
      })
      .then(
        (page) => {
          if (mine !== ticket.current) return;
          setHits((previous) => (after ? [...previous, ...page.hits] : page.hits));
          setTotal(page.total);
          setAtLeast(page.totalIsLowerBound);
          setCursor(page.nextCursor);
          setLoading(false);
        },
        (failure: unknown) => {
          if (mine !== ticket.current) return;
          setError(errorMessage(failure));
          setLoading(false);
        },
      );
  };

  // A new address is a new search: the first page again.
  useEffect(() => {
    setHits([]);
    setTotal(null);
    setCursor(null);
    if (params.q.trim()) load(null);
    else {
      ticket.current++;
      setLoading(false);
      setError(null);
    }
  }, [caseId, search]);

  const submit = (next: Params) => {
    const written = writeParams(next);
    if (written === search) {
      if (next.q.trim()) load(null);
    } else navigate(`${path}${written ? `?${written}` : ''}`);
  };

  return (
    <CaseFrame caseId={caseId}>
      <h2 className="visually-hidden">{t('search.title')}</h2>
      <SearchForm key={search} initial={params} onSubmit={submit} />
      <ErrorNote message={error} />
      <section aria-labelledby="search-results-title" className="search-results">
        <h2 id="search-results-title" className="visually-hidden">
          {t('search.results')}
        </h2>
        <p role="status" aria-live="polite" className="search-total">
          {!params.q.trim() ? (
            <span className="muted">{t('search.start')}</span>
          ) : total === null ? (
            loading && t('common:loading')
          ) : total === 0 ? (
            t('search.none')
          ) : (
            <>
              <strong>{t(atLeast ? 'search.resultsAtLeast' : 'search.results', { count: total })}</strong>
              {hits.length < total && <span className="muted"> · {t('search.shown', { shown: hits.length })}</span>}
            </>
          )}
        </p>
        {hits.length > 0 && (
          <ol className="hits">
            {hits.map((hit) => (
              <li key={hit.artifactId} className="hit">
                <div className="hit-head">
                  <span className="badge">{t(`artifact-types:names.${hit.type}`, { defaultValue: hit.type })}</span>
                  <Link to={`/cases/${caseId}/artifacts/${hit.artifactId}`} className="hit-link">
                    {formatTime(hit.at)}
                    <span className="visually-hidden"> — {t('search.open')}</span>
                  </Link>
                  {itemLabels.get(hit.itemId) && <span className="muted hit-item">{itemLabels.get(hit.itemId)}</span>}
                </div>
                <p className="snippet">
                  <Highlighted snippet={hit.snippet} />
                </p>
              </li>
            ))}
          </ol>
        )}
        {cursor && (
          <p className="load-more">
            <button type="button" onClick={() => load(cursor)} disabled={loading}>
              {loading ? t('common:loading') : t('search.loadMore')}
            </button>
          </p>
        )}
      </section>
    </CaseFrame>
  );
}

function SearchForm({ initial, onSubmit }: { initial: Params; onSubmit: (p: Params) => void }) {
  const { t } = useTranslation('analysis');
  const [p, setP] = useState<Params>(initial);
  const hasFilters = p.types.length > 0 || p.from || p.to || p.entity || p.account;
  const [open, setOpen] = useState(Boolean(hasFilters));
  const set = (patch: Partial<Params>) => setP((current) => ({ ...current, ...patch }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(p);
  };
  const toggleType = (type: string, on: boolean) =>
    set({ types: on ? [...p.types, type].filter((v, i, all) => all.indexOf(v) === i) : p.types.filter((x) => x !== type) });
  return (
    <form className="card search-form" onSubmit={submit} role="search">
      <div className="search-bar">
        <div className="field search-query">
          <label htmlFor="search-q">{t('search.query')}</label>
          <input
            id="search-q"
            type="search"
            value={p.q}
            onChange={(e) => set({ q: e.target.value })}
            placeholder={t('search.queryPlaceholder')}
            maxLength={1000}
            autoComplete="off"
            spellCheck={false}
            aria-describedby="search-help"
          />
        </div>
        <Select label={t('search.sort')} value={p.sort} onChange={(e) => set({ sort: e.target.value as Sort })}>
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`search.sorts.${s}`)}
            </option>
          ))}
        </Select>
        <button type="submit" className="primary search-submit" disabled={!p.q.trim()}>
          {t('search.submit')}
        </button>
      </div>
      <details id="search-help" className="search-help">
        <summary>{t('search.help')}</summary>
        <table className="table syntax">
          <tbody>
            {(
              [
                ['words', 'кошелёк USDT'],
                ['phrase', '"сеть перегружена"'],
                ['prefix', 'перев*'],
                ['or', 'карта OR кошелёк'],
                ['not', 'обмен -реклама'],
                ['group', '(карта OR кошелёк) AND тенге'],
              ] as const
            ).map(([key, example]) => (
              <tr key={key}>
                <td>
                  <code>{example}</code>
                </td>
                <td>{t(`search.helpRows.${key}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="muted">{t('search.helpNote')}</p>
      </details>
      <details className="search-filters" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          {t('search.filters')}
          {hasFilters && <span className="badge">•</span>}
        </summary>
        <fieldset className="type-filter">
          <legend>{t('search.types')}</legend>
          <div className="checks">
            {ARTIFACT_TYPE_NAMES.map((type) => (
              <label key={type} className="check">
                <input type="checkbox" checked={p.types.includes(type)} onChange={(e) => toggleType(type, e.target.checked)} />{' '}
                {t(`artifact-types:names.${type}`)}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="filter-grid">
          <Field label={t('search.from')} type="date" value={p.from} onChange={(e) => set({ from: e.target.value })} />
          <Field label={t('search.to')} type="date" value={p.to} min={p.from || undefined} onChange={(e) => set({ to: e.target.value })} />
          <Field
            label={t('search.entity')}
            hint={t('search.entityHint')}
            value={p.entity}
            onChange={(e) => set({ entity: e.target.value })}
            spellCheck={false}
          />
          <Field
            label={t('search.account')}
            hint={t('search.accountHint')}
            value={p.account}
            onChange={(e) => set({ account: e.target.value })}
            spellCheck={false}
          />
        </div>
        <p className="muted small">{t('search.datesHint')}</p>
        {hasFilters && (
          <button type="button" onClick={() => set({ types: [], from: '', to: '', entity: '', account: '' })}>
            {t('search.clear')}
          </button>
        )}
      </details>
    </form>
  );
}
