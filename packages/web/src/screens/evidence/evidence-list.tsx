// The exhibits of a case as a tree: top-level exhibits, and inside them the files of a folder or the items a
// parser found (EXH-001/3), loaded when opened; with size, SHA-256, custody and processing at a glance.
import { Fragment, useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../../api';
import { useSize } from '../../format';
import { Link } from '../../router';
import { useApi } from '../../use-api';
import { Empty, ErrorNote, Loading } from '../../ui';
import { CaseFrame } from '../cases/case-frame';
import { MeaningBadge } from '../hash-banks/meaning-badge';
import { CustodyBadges, ShortHash, type ListedItem, type Member } from './evidence-shared';
import { ProcessingBadge, processingView, useProcessingFollow, type ItemProcessingView } from './processing-states';

/** Rows shown per level before "show more": an archive may hold tens of thousands of members. */
const PAGE = 200;

interface Branch {
  items?: ListedItem[];
  error?: string;
  shown: number;
}

export function EvidenceList({ caseId }: { caseId: string }) {
  const { t } = useTranslation('evidence');
  const { t: tk } = useTranslation('hash-banks');
  const [refresh, setRefresh] = useState(0);
  const processing = useProcessingFollow(caseId, refresh);
  const top = useApi(() => api.call('listEvidence', { params: { caseId } }), [caseId, refresh, processing.generation]);
  const members = useApi(() => api.call('listMembers', { params: { caseId } }), [caseId]);
  const [branches, setBranches] = useState<Record<string, Branch>>({});
  const [open, setOpen] = useState<Set<string>>(new Set());
  const [shownTop, setShownTop] = useState(PAGE);
  const [filter, setFilter] = useState('');
  // Known software (NSRL) is hidden by default, one click away; known-bad items are marked. Loaded once per visit:
  // reading the flags is itself a ledger event.
  const known = useApi(() => api.call('caseMatches', { params: { caseId }, query: {} }), [caseId, refresh]);
  const [showSoftware, setShowSoftware] = useState(false);
  const flags = new Map((known.data?.items ?? []).map((i) => [i.itemId, i]));
  const hiddenSoftware = showSoftware ? 0 : (known.data?.items ?? []).filter((i) => i.lowPriority).length;

  const loadBranch = useCallback(
    (parentId: string) => {
      setBranches((b) => ({ ...b, [parentId]: { ...b[parentId], shown: b[parentId]?.shown ?? PAGE } }));
      api.call('listEvidence', { params: { caseId }, query: { parentId } }).then(
        (items) => setBranches((b) => ({ ...b, [parentId]: { items, shown: b[parentId]?.shown ?? PAGE } })),
        (failure: unknown) => setBranches((b) => ({ ...b, [parentId]: { error: errorMessage(failure), shown: PAGE } })),
      );
    },
    [caseId],
  );

  // Once processing finishes, the levels read before show stale states: read the open ones again, forget the rest.
  const openNow = useRef(open);
  openNow.current = open;
  const generation = processing.generation;
  useEffect(() => {
    if (generation === 0) return;
    setBranches((b) => Object.fromEntries(Object.entries(b).filter(([id]) => openNow.current.has(id))));
    for (const id of openNow.current) loadBranch(id);
  }, [generation, loadBranch]);

  const toggle = (item: ListedItem) => {
    const next = new Set(open);
    if (next.has(item.id)) next.delete(item.id);
    else {
      next.add(item.id);
      if (!branches[item.id]?.items) loadBranch(item.id);
    }
    setOpen(next);
  };

  const reloadAll = () => {
    setBranches({});
    setOpen(new Set());
    setRefresh((n) => n + 1);
  };

  const summary = processing.summary;
  const waiting = summary ? summary.counts.pending + summary.counts.queued + summary.counts.running : 0;
  const needle = filter.trim().toLowerCase();
  const matches = (item: ListedItem) =>
    !needle || item.exhibitNumber.toLowerCase().includes(needle) || item.name.toLowerCase().includes(needle);

  // Rows of a level and what is open below it. While filtering, an item is shown when it matches, or as the way
  // to a match among its open children; returns how many items matched.
  const addRows = (rows: ReactNode[], items: ListedItem[], depth: number, shown: number, parentId: string | null): number => {
    let matched = 0;
    for (const item of items.slice(0, shown)) {
      const view = processingView(item);
      const expandable = item.kind === 'folder' || view.children === undefined || view.children > 0;
      const isOpen = open.has(item.id);
      const flag = flags.get(item.id);
      if (flag?.lowPriority && !showSoftware) continue;
      const below: ReactNode[] = [];
      const matchedBelow = isOpen ? addBranch(below, item, depth) : 0;
      const itself = matches(item);
      if (itself || matchedBelow > 0) {
        matched += (itself ? 1 : 0) + matchedBelow;
        rows.push(
          <Row
            key={item.id}
            caseId={caseId}
            item={item}
            depth={depth}
            view={view}
            members={members.data}
            expandable={expandable}
            open={isOpen}
            onToggle={() => toggle(item)}
            known={flag?.meanings ?? []}
          />,
          ...below,
        );
      }
    }
    if (items.length > shown) {
      rows.push(
        <tr key={`${parentId ?? 'top'}:more`} className="tree-note">
          <td colSpan={7} style={{ paddingLeft: `${depth * 1.4 + 0.6}rem` }}>
            <button
              type="button"
              onClick={() =>
                parentId
                  ? setBranches((b) => ({ ...b, [parentId]: { ...(b[parentId] as Branch), shown: shown + PAGE } }))
                  : setShownTop(shown + PAGE)
              }
            >
              {t('list.showMore', { count: Math.min(PAGE, items.length - shown), total: items.length })}
            </button>
          </td>
        </tr>,
      );
    }
    return matched;
  };
  // What is below an open item: its children, or a note that they are loading or that there are none.
  const addBranch = (rows: ReactNode[], item: ListedItem, depth: number): number => {
    const branch = branches[item.id];
    if (branch?.items && branch.items.length > 0) return addRows(rows, branch.items, depth + 1, branch.shown, item.id);
    if (!branch?.items) {
      rows.push(
        <tr key={`${item.id}:state`} className="tree-note">
          <td colSpan={7} style={{ paddingLeft: `${(depth + 1) * 1.4 + 0.6}rem` }}>
            {branch?.error ? <ErrorNote message={branch.error} /> : <Loading />}
          </td>
        </tr>,
      );
    } else
      rows.push(
        <tr key={`${item.id}:none`} className="tree-note">
          <td colSpan={7} className="muted" style={{ paddingLeft: `${(depth + 1) * 1.4 + 0.6}rem` }}>
            {t('list.noChildren')}
          </td>
        </tr>,
      );
    return 0;
  };
  const rows: ReactNode[] = [];
  const matched = top.data ? addRows(rows, top.data, 0, shownTop, null) : 0;

  return (
    <CaseFrame
      caseId={caseId}
      actions={
        <>
          <Link to={`/cases/${caseId}/upload`} className="button primary">
            {t('list.upload')}
          </Link>
          <Link to={`/cases/${caseId}/custody`} className="button">
            {t('list.custodyLog')}
          </Link>
        </>
      }
    >
      <div className="ev">
        <div className="evidence-toolbar">
          <div className="field">
            <label htmlFor="evidence-filter">{t('list.filter')}</label>
            <input
              id="evidence-filter"
              type="search"
              value={filter}
              onChange={(e) => setFilter(e.target.value)}
              placeholder={t('list.filterHint')}
            />
          </div>
          {summary && (
            <p className="muted processing-line" role="status">
              {waiting > 0
                ? t('list.processingUnderway', {
                    done: summary.counts.done + summary.counts.failed + summary.counts.skipped,
                    total: summary.items,
                  })
                : t('list.processingDone', { count: summary.items })}
              {summary.counts.failed > 0 && <span className="badge bad">{t('list.failedCount', { count: summary.counts.failed })}</span>}
            </p>
          )}
          <button type="button" onClick={reloadAll}>
            {t('list.refresh')}
          </button>
        </div>
        {(hiddenSoftware > 0 || showSoftware) && (
          <p className="muted">
            {showSoftware ? '' : `${tk('evidence.softwareHidden', { count: hiddenSoftware })} `}
            <button type="button" onClick={() => setShowSoftware((v) => !v)} aria-pressed={showSoftware}>
              {showSoftware ? tk('evidence.hideSoftware') : tk('evidence.showSoftware')}
            </button>
          </p>
        )}
        <ErrorNote message={top.error ?? processing.error} />
        {top.loading && !top.data ? (
          <Loading />
        ) : top.data?.length === 0 ? (
          <Empty>
            {t('list.none')} <Link to={`/cases/${caseId}/upload`}>{t('list.uploadFirst')}</Link>
          </Empty>
        ) : (
          <div className="table-wrap">
            <table className="table evidence-table">
              <caption className="visually-hidden">{t('list.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('list.exhibit')}</th>
                  <th scope="col">{t('list.name')}</th>
                  <th scope="col">{t('list.kind')}</th>
                  <th scope="col" className="num">
                    {t('list.size')}
                  </th>
                  <th scope="col">SHA-256</th>
                  <th scope="col">{t('list.custody')}</th>
                  <th scope="col">{t('list.processing')}</th>
                </tr>
              </thead>
              <tbody>{rows}</tbody>
            </table>
            {needle && matched === 0 && <Empty>{t('list.noMatch')}</Empty>}
          </div>
        )}
      </div>
    </CaseFrame>
  );
}

function Row({
  caseId,
  item,
  depth,
  view,
  members,
  expandable,
  open,
  onToggle,
  known,
}: {
  caseId: string;
  item: ListedItem;
  depth: number;
  view: ItemProcessingView;
  members: Member[] | undefined;
  expandable: boolean;
  open: boolean;
  onToggle: () => void;
  /** Meanings of the banks the item matched. */
  known: string[];
}) {
  const { t } = useTranslation('evidence');
  const formatSize = useSize();
  return (
    <tr className={depth > 0 ? 'child-row' : undefined}>
      <td className="exhibit-cell" style={{ paddingLeft: `${depth * 1.4 + 0.6}rem` }}>
        {expandable ? (
          <button
            type="button"
            className="tree-toggle"
            aria-expanded={open}
            aria-label={t(open ? 'list.collapse' : 'list.expand', { exhibit: item.exhibitNumber })}
            onClick={onToggle}
          >
            <span aria-hidden="true">{open ? '▾' : '▸'}</span>
          </button>
        ) : (
          <span className="tree-spacer" aria-hidden="true" />
        )}
        <Link to={`/cases/${caseId}/evidence/${item.id}`}>{item.exhibitNumber}</Link>
      </td>
      <td className="name-cell">
        <span title={item.originalPath}>{item.name}</span>
        {known.map((meaning) => (
          <MeaningBadge key={meaning} meaning={meaning} />
        ))}
        {item.derivation && (
          <small className="muted block">
            {t('list.foundBy')} <code>{item.derivation.parserId}</code>
          </small>
        )}
      </td>
      <td>
        {t(`kinds.${item.kind}`)}
        {item.status === 'ingesting' && <span className="badge warn">{t('list.ingesting')}</span>}
      </td>
      <td className="num">{item.digests ? formatSize(item.digests.size) : '—'}</td>
      <td>
        <ShortHash value={item.digests?.sha256} />
      </td>
      <td>
        <CustodyBadges item={item} members={members} />
      </td>
      <td>
        <ProcessingBadge view={view} />
        <DerivedBadges item={item} />
        {view.artifacts !== undefined && view.artifacts > 0 && (
          <Fragment>
            {' '}
            <Link to={`/cases/${caseId}/artifacts?itemId=${encodeURIComponent(item.id)}`} className="small-link">
              {t('list.artifacts', { count: view.artifacts })}
            </Link>
          </Fragment>
        )}
      </td>
    </tr>
  );
}

/**
 * Where items found inside an exhibit failed or were skipped (at any depth): a container done whose members failed
 * is not all done. Its page names them.
 */
function DerivedBadges({ item }: { item: ListedItem }) {
  const { t } = useTranslation('evidence');
  const { derived } = item;
  if (!derived) return null;
  return (
    <Fragment>
      {derived.failed > 0 && (
        <Fragment>
          {' '}
          <span className="badge bad" title={t('list.derivedHint')}>
            {t('list.derivedFailed', { failed: derived.failed, count: derived.items })}
          </span>
        </Fragment>
      )}
      {derived.skipped > 0 && (
        <Fragment>
          {' '}
          <span className="badge warn" title={t('list.derivedHint')}>
            {t('list.derivedSkipped', { skipped: derived.skipped, count: derived.items })}
          </span>
        </Fragment>
      )}
    </Fragment>
  );
}
