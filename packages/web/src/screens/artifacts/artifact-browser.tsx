// Every artefact of a case in time order, however many: a virtualised grid fed 1,000 at a time by keyset cursor,
// filters kept in the address, and the selected artefact with its provenance beside the list.
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { navigate, useLocation } from '../../router';
import { ErrorNote, Field, Loading, Select } from '../../ui';
import { parseUtc, showUtc, UtcField } from './utc-field';
import { CaseFrame } from '../cases/case-frame';
import { apiBound, ARTIFACT_TYPES, authorOf, isArtifactType, previewOf, typeNameKey, type Artifact } from './artifact-data';
import { ArtifactDetailPane } from './artifact-detail';
import { TableTime } from './artifact-time';
import { useItemOptions } from './item-options';
import { usePaged, VirtualGrid, type Column } from './virtual-grid';
import './artifacts.css';

const PAGE = 1000;
const FILTERS = ['type', 'itemId', 'parserId', 'from', 'to'] as const;
type FilterName = (typeof FILTERS)[number];

/**
 * How many artefacts the filters match, from a one-bucket histogram. Only without a time range or a parser: the
 * histogram's buckets start on round times, so a range's first bucket may count artefacts before it, and it
 * cannot filter by parser.
 */
function useTotal(caseId: string, type: string | null, itemId: string | null, ranged: boolean, parser: string | null) {
  const [total, setTotal] = useState<number | null>(null);
  useEffect(() => {
    setTotal(null);
    if (parser || ranged) return;
    let live = true;
    api
      .call('histogram', {
        params: { caseId },
        query: { types: type ?? undefined, itemIds: itemId ?? undefined, buckets: 1 },
      })
      .then(
        (h) => live && setTotal(h.buckets.reduce((sum, b) => sum + b.count, 0) + h.undated),
        () => undefined,
      );
    return () => {
      live = false;
    };
  }, [caseId, type, itemId, ranged, parser]);
  return total;
}

export function ArtifactBrowser({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation('artifacts');
  const { path, query } = useLocation();
  const statusId = useId();
  const parserListId = useId();

  const typeParam = query.get('type');
  const type = isArtifactType(typeParam) ? typeParam : null;
  const itemId = query.get('itemId');
  const parserId = query.get('parserId');
  const from = query.get('from');
  const to = query.get('to');

  const setFilter = useCallback(
    (changes: Partial<Record<FilterName, string | null>>) => {
      const next = new URLSearchParams(window.location.search);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      const qs = next.toString();
      navigate(`${path}${qs ? `?${qs}` : ''}`, { replace: true });
    },
    [path],
  );

  const paged = usePaged<Artifact>(
    async (after) => {
      const page = await api.call('listArtifacts', {
        params: { caseId },
        query: {
          type: type ?? undefined,
          itemId: itemId ?? undefined,
          parserId: parserId ?? undefined,
          from: apiBound(from),
          to: apiBound(to),
          after: after ?? undefined,
          limit: PAGE,
        },
      });
      return { rows: page.artifacts, next: page.next };
    },
    [caseId, type, itemId, parserId, from, to],
  );
  const total = useTotal(caseId, type, itemId, Boolean(from || to), parserId);
  const items = useItemOptions(caseId, itemId);

  // Parser ids seen so far, offered as suggestions (there is no list of parsers to ask for).
  const seenParsers = useRef(new Set<string>());
  for (const row of paged.rows.slice(-PAGE)) seenParsers.current.add(row.parserId);

  const [selected, setSelected] = useState(-1);
  useEffect(() => setSelected(-1), [caseId, type, itemId, parserId, from, to]);
  useEffect(() => {
    if (selected < 0 && paged.rows.length > 0) setSelected(0);
  }, [selected, paged.rows.length]);
  const current = selected >= 0 ? (paged.rows[selected] ?? null) : null;

  const open = useCallback((row: Artifact) => navigate(`/cases/${caseId}/artifacts/${row.id}`), [caseId]);

  const columns = useMemo<Array<Column<Artifact>>>(
    () => [
      {
        key: 'time',
        header: t('table.time'),
        className: 'cell-time',
        render: (a) => <TableTime artifact={a} />,
      },
      { key: 'type', header: t('table.type'), render: (a) => t(`artifact-types:names.${typeNameKey(a)}`) },
      { key: 'from', header: t('table.from'), render: (a) => authorOf(a) ?? <span className="muted">—</span> },
      { key: 'preview', header: t('table.preview'), render: (a) => previewOf(a, t) },
    ],
    // The language changes the words.
    [t, i18n.language],
  );

  const number = new Intl.NumberFormat(i18n.language);
  const loaded = paged.rows.length;
  let status: string;
  if (paged.loading) status = t('common:loading');
  else if (total !== null) status = t('table.loadedOf', { count: total, loaded: number.format(loaded), total: number.format(total) });
  else
    status = paged.hasMore
      ? t('table.loadedMore', { count: loaded, loaded: number.format(loaded) })
      : t('table.count', { count: loaded, n: number.format(loaded) });

  const anyFilter = FILTERS.some((name) => query.get(name));
  return (
    <CaseFrame caseId={caseId}>
      <form className="artifact-filters" aria-label={t('filters.label')} onSubmit={(e) => e.preventDefault()}>
        <Select label={t('filters.type')} value={type ?? ''} onChange={(e) => setFilter({ type: e.target.value || null })}>
          <option value="">{t('filters.anyType')}</option>
          {ARTIFACT_TYPES.map((name) => (
            <option key={name} value={name}>
              {t(`artifact-types:names.${name}`)}
            </option>
          ))}
        </Select>
        <Select label={t('filters.item')} value={itemId ?? ''} onChange={(e) => setFilter({ itemId: e.target.value || null })}>
          <option value="">{t('filters.anyItem')}</option>
          {items.options.map((o) => (
            <option key={o.id} value={o.id}>
              {o.label}
            </option>
          ))}
        </Select>
        <ParserField
          key={parserId ?? ''}
          listId={parserListId}
          value={parserId ?? ''}
          onCommit={(value) => setFilter({ parserId: value || null })}
        />
        <datalist id={parserListId}>
          {[...seenParsers.current].sort().map((id) => (
            <option key={id} value={id} />
          ))}
        </datalist>
        <UtcFilter
          key={`from-${from ?? ''}`}
          label={t('filters.from')}
          value={from}
          inverted={(parsed) => to !== null && to <= parsed}
          onCommit={(value) => setFilter({ from: value })}
        />
        <UtcFilter
          key={`to-${to ?? ''}`}
          label={t('filters.to')}
          value={to}
          inverted={(parsed) => from !== null && parsed <= from}
          onCommit={(value) => setFilter({ to: value })}
        />
        <div className="filter-actions">
          <button
            type="button"
            disabled={!anyFilter}
            onClick={() => setFilter({ type: null, itemId: null, parserId: null, from: null, to: null })}
          >
            {t('filters.clear')}
          </button>
        </div>
      </form>
      <ErrorNote message={items.error} />
      <p className="browser-status" id={statusId} role="status">
        {status}
        <span className="muted"> · {t('table.keys')}</span>
      </p>
      <ErrorNote message={paged.error} />
      {paged.error && !paged.loading && paged.rows.length > 0 && (
        <button type="button" onClick={paged.retry}>
          {t('common:retry')}
        </button>
      )}
      <div className="artifact-browser">
        {paged.loading ? (
          <Loading />
        ) : paged.rows.length === 0 && !paged.error ? (
          <p className="muted empty card">{anyFilter ? t('table.noneFiltered') : t('table.none')}</p>
        ) : (
          <div className="vgrid-scroll">
            <VirtualGrid
              label={t('table.label')}
              rows={paged.rows}
              rowKey={(a) => a.id}
              columns={columns}
              template="17.5rem minmax(6rem, 11.5rem) minmax(6rem, 1fr) minmax(8rem, 2.1fr)"
              hasMore={paged.hasMore}
              loadingMore={paged.loadingMore}
              onNeedMore={paged.loadMore}
              selected={selected}
              onSelect={setSelected}
              onOpen={open}
              total={total}
              height="var(--browser-height)"
              loadingText={t('table.loadingMore')}
              describedBy={statusId}
            />
          </div>
        )}
        <ArtifactDetailPane caseId={caseId} artifact={current} />
      </div>
    </CaseFrame>
  );
}

/** The parser filter applies when the reader leaves the field or presses Enter, not at every keystroke. */
function ParserField({ value, listId, onCommit }: { value: string; listId: string; onCommit: (value: string) => void }) {
  const { t } = useTranslation('artifacts');
  const [text, setText] = useState(value);
  const commit = () => {
    if (text.trim() !== value) onCommit(text.trim());
  };
  return (
    <Field
      label={t('filters.parser')}
      list={listId}
      value={text}
      placeholder={t('filters.parserHint')}
      spellCheck={false}
      autoComplete="off"
      onChange={(e) => setText(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        }
      }}
    />
  );
}

/**
 * A time bound that applies when it is complete and the reader leaves the field or presses Enter; one that would
 * put the end of the range before its start is refused and said so, as on the timeline.
 */
function UtcFilter({
  label,
  value,
  inverted,
  onCommit,
}: {
  label: string;
  value: string | null;
  /** Whether this bound (in the address's form, which sorts as text) would invert the range. */
  inverted: (parsed: string) => boolean;
  onCommit: (value: string | null) => void;
}) {
  const { t } = useTranslation('artifacts');
  const [text, setText] = useState(showUtc(value));
  const [refused, setRefused] = useState(false);
  const commit = () => {
    if (text.trim() === '') {
      if (value) onCommit(null);
      return;
    }
    const parsed = parseUtc(text);
    if (!parsed) return;
    setRefused(inverted(parsed));
    if (!inverted(parsed) && parsed !== value) onCommit(parsed);
  };
  return (
    <UtcField
      label={label}
      text={text}
      onText={(next) => {
        setRefused(false);
        setText(next);
      }}
      error={refused ? t('filters.inverted') : null}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault();
          commit();
        }
      }}
    />
  );
}
