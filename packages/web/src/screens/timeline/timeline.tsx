// All artefacts of a case in one time order: UTC beside the source's own zone, types to include as checkboxes,
// and a histogram to brush a range with (or from/to fields for the keyboard); undated artefacts are counted.
import { useCallback, useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { navigate, useLocation } from '../../router';
import { useApi } from '../../use-api';
import { ErrorNote, Loading } from '../../ui';
import { parseUtc, showUtc, UtcField } from '../artifacts/utc-field';
import { CaseFrame } from '../cases/case-frame';
import {
  apiBound,
  ARTIFACT_TYPES,
  authorOf,
  inputBound,
  isArtifactType,
  previewOf,
  typeNameKey,
  type Artifact,
  type ArtifactType,
} from '../artifacts/artifact-data';
import { TableTime, utcText } from '../artifacts/artifact-time';
import { usePaged, VirtualGrid, type Column } from '../artifacts/virtual-grid';
import { Histogram, useBucketWidth } from './histogram';
import '../artifacts/artifacts.css';
import './timeline.css';

const PAGE = 1000;

type Entry = { artifact: Artifact; unknownZone: boolean };

export function Timeline({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation('timeline');
  const { path, query } = useLocation();
  const statusId = useId();
  const width = useBucketWidth();

  // No `types` means every type; an empty `types=` means none was left checked.
  const typesParam = query.get('types');
  const chosen: ArtifactType[] | null = typesParam === null ? null : typesParam.split(',').filter(isArtifactType);
  const typesKey = chosen === null ? '' : chosen.join(',');
  const none = chosen !== null && chosen.length === 0;
  const from = query.get('from');
  const to = query.get('to');

  const setQuery = useCallback(
    (changes: Record<string, string | null>) => {
      const next = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(changes)) {
        if (value === null) next.delete(key);
        else next.set(key, value);
      }
      const qs = next.toString();
      navigate(`${path}${qs ? `?${qs}` : ''}`, { replace: true });
    },
    [path],
  );

  const summary = useApi(() => api.call('processingSummary', { params: { caseId } }), [caseId]);
  const present = ARTIFACT_TYPES.filter((type) => (summary.data?.artifacts[type] ?? 0) > 0 || chosen?.includes(type));
  const isChecked = (type: ArtifactType) => chosen === null || chosen.includes(type);
  const toggle = (type: ArtifactType, on: boolean) => {
    const current = chosen ?? present;
    const next = on ? [...new Set([...current, type])] : current.filter((x) => x !== type);
    const all = present.every((x) => next.includes(x));
    setQuery({ types: all ? null : next.join(',') });
  };

  const histogram = useApi(
    () =>
      none
        ? Promise.resolve(null)
        : api.call('histogram', {
            params: { caseId },
            query: { types: typesKey || undefined, from: apiBound(from), to: apiBound(to), buckets: 100 },
          }),
    [caseId, typesKey, none, from, to],
  );

  const paged = usePaged<Entry>(
    async (after) => {
      if (none) return { rows: [], next: null };
      const page = await api.call('timeline', {
        params: { caseId },
        query: { types: typesKey || undefined, from: apiBound(from), to: apiBound(to), after: after ?? undefined, limit: PAGE },
      });
      return { rows: page.entries, next: page.next };
    },
    [caseId, typesKey, none, from, to],
  );

  const [selected, setSelected] = useState(-1);
  useEffect(() => setSelected(-1), [caseId, typesKey, from, to]);
  const open = useCallback((entry: Entry) => navigate(`/cases/${caseId}/artifacts/${entry.artifact.id}`), [caseId]);

  const columns = useMemo<Array<Column<Entry>>>(
    () => [
      {
        key: 'utc',
        header: t('columns.utc'),
        className: 'cell-mono',
        render: (e) => utcText(e.artifact.at) ?? <span className="muted">{t('common:undated')}</span>,
      },
      {
        key: 'source',
        header: t('columns.source'),
        className: 'cell-time',
        render: (e) => <TableTime artifact={e.artifact} besideUtc />,
      },
      { key: 'type', header: t('columns.type'), render: (e) => t(`artifact-types:names.${typeNameKey(e.artifact)}`) },
      { key: 'from', header: t('columns.from'), render: (e) => authorOf(e.artifact) ?? <span className="muted">—</span> },
      { key: 'what', header: t('columns.what'), render: (e) => previewOf(e.artifact, t) },
    ],
    [t, i18n.language],
  );

  const number = new Intl.NumberFormat(i18n.language);
  const h = histogram.data;
  const dated = h ? h.buckets.reduce((sum, b) => sum + b.count, 0) : null;
  // With a range, the first bucket starts on a round time before it and may count more than the list holds.
  const total = h && dated !== null && !from && !to ? dated + h.undated : null;
  const loaded = paged.rows.length;
  let status: string;
  if (paged.loading) status = t('common:loading');
  else if (total !== null) status = t('status.loadedOf', { count: total, loaded: number.format(loaded), total: number.format(total) });
  else if (paged.hasMore) status = t('artifacts:table.loadedMore', { count: loaded, loaded: number.format(loaded) });
  else status = t('status.loaded', { count: loaded, loaded: number.format(loaded) });

  return (
    <CaseFrame caseId={caseId}>
      <fieldset className="type-filter">
        <legend>{t('types.legend')}</legend>
        <ErrorNote message={summary.error} />
        <div className="type-checks">
          {present.map((type) => (
            <label key={type} className="check">
              <input type="checkbox" checked={isChecked(type)} onChange={(e) => toggle(type, e.target.checked)} />{' '}
              {summary.data ? t(`artifact-types:${type}`, { count: summary.data.artifacts[type] ?? 0 }) : t(`artifact-types:names.${type}`)}
            </label>
          ))}
          <span className="type-actions">
            <button type="button" disabled={chosen === null} onClick={() => setQuery({ types: null })}>
              {t('types.all')}
            </button>
            <button type="button" disabled={none} onClick={() => setQuery({ types: '' })}>
              {t('types.none')}
            </button>
          </span>
        </div>
      </fieldset>

      <section className="card histogram-card" aria-labelledby="histogram-title">
        <div className="histogram-head">
          <h2 id="histogram-title">{t('histogram.title')}</h2>
          {h && h.bucketSeconds > 0 && <span className="muted">{t('histogram.width', { width: width(h.bucketSeconds) })}</span>}
          {h && h.undated > 0 && (
            <span className="badge warn">{t('histogram.undated', { count: h.undated, n: number.format(h.undated) })}</span>
          )}
        </div>
        <ErrorNote message={histogram.error} />
        <div className="histogram-body">
          <div className="histogram-chart">
            {none ? (
              <p className="muted">{t('types.noneChosen')}</p>
            ) : !h ? (
              <Loading />
            ) : h.buckets.length === 0 ? (
              <p className="muted">{t('histogram.empty')}</p>
            ) : (
              <>
                <Histogram data={h} onRange={(f, tt) => setQuery({ from: inputBound(f), to: inputBound(tt) })} />
                <p className="muted fine-print">{t('histogram.hint')}</p>
              </>
            )}
          </div>
          <RangeForm
            key={`${from ?? ''}|${to ?? ''}`}
            from={from}
            to={to}
            onApply={(f, tt) => setQuery({ from: f, to: tt })}
            onReset={from || to ? () => setQuery({ from: null, to: null }) : null}
          />
        </div>
      </section>

      <p className="browser-status" id={statusId} role="status">
        {status}
        <span className="muted"> · {t('status.keys')}</span>
      </p>
      <ErrorNote message={paged.error} />
      {paged.error && paged.rows.length > 0 && (
        <button type="button" onClick={paged.retry}>
          {t('common:retry')}
        </button>
      )}
      {paged.loading ? (
        <Loading />
      ) : paged.rows.length === 0 && !paged.error ? (
        <p className="muted empty card">{none ? t('types.noneChosen') : t('status.none')}</p>
      ) : (
        <VirtualGrid
          label={t('grid')}
          rows={paged.rows}
          rowKey={(e) => e.artifact.id}
          columns={columns}
          // The UTC column is as wide as a time with microseconds (2024-03-05 14:00:00.123456): it is never cut.
          template="15rem 18rem minmax(6rem, 11.5rem) minmax(7rem, 1fr) minmax(10rem, 2.5fr)"
          hasMore={paged.hasMore}
          loadingMore={paged.loadingMore}
          onNeedMore={paged.loadMore}
          selected={selected}
          onSelect={setSelected}
          onOpen={open}
          openOnClick
          total={total}
          height="max(20rem, calc(100vh - 26rem))"
          loadingText={t('artifacts:table.loadingMore')}
          describedBy={statusId}
        />
      )}
    </CaseFrame>
  );
}

/** From and to typed (in UTC): the keyboard's way to pick what the histogram's brush picks. */
function RangeForm({
  from,
  to,
  onApply,
  onReset,
}: {
  from: string | null;
  to: string | null;
  onApply: (from: string | null, to: string | null) => void;
  onReset: (() => void) | null;
}) {
  const { t } = useTranslation('timeline');
  const [start, setStart] = useState(showUtc(from));
  const [end, setEnd] = useState(showUtc(to));
  const startValue = start.trim() === '' ? null : parseUtc(start);
  const endValue = end.trim() === '' ? null : parseUtc(end);
  const malformed = (start.trim() !== '' && startValue === null) || (end.trim() !== '' && endValue === null);
  const invalid = !malformed && startValue !== null && endValue !== null && endValue <= startValue;
  const unchanged = startValue === from && endValue === to;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!invalid && !malformed) onApply(startValue, endValue);
  };
  return (
    <form className="range-form" onSubmit={submit} aria-label={t('range.label')}>
      <UtcField label={t('range.from')} text={start} onText={setStart} />
      <UtcField label={t('range.to')} text={end} onText={setEnd} />
      <div className="actions">
        <button type="submit" className="primary" disabled={invalid || malformed || unchanged}>
          {t('range.apply')}
        </button>
        {onReset && (
          <button type="button" onClick={onReset}>
            {t('range.reset')}
          </button>
        )}
      </div>
      {invalid && (
        <p className="error" role="alert">
          {t('range.invalid')}
        </p>
      )}
    </form>
  );
}
