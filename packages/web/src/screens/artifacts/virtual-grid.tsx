// A keyboard-driven, virtualised grid for lists of any length: only the rows in view are in the page, the next
// page is asked for as the reader nears the end, and the arrow keys move a selection the screen reader follows.
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { errorMessage } from '../../api';

export interface Column<T> {
  key: string;
  header: string;
  render: (row: T) => ReactNode;
  className?: string;
}

const ROW_HEIGHT = 36;

export function VirtualGrid<T>({
  label,
  rows,
  rowKey,
  columns,
  template,
  hasMore,
  loadingMore,
  onNeedMore,
  selected,
  onSelect,
  onOpen,
  total,
  height,
  loadingText,
  describedBy,
  openOnClick,
}: {
  label: string;
  rows: T[];
  rowKey: (row: T) => string;
  columns: Array<Column<T>>;
  /** CSS grid-template-columns shared by the header and every row. */
  template: string;
  hasMore: boolean;
  loadingMore: boolean;
  onNeedMore: () => void;
  selected: number;
  onSelect: (index: number) => void;
  onOpen: (row: T, index: number) => void;
  total: number | null;
  height: string;
  loadingText: string;
  describedBy?: string;
  /** A click opens the row rather than only selecting it (lists without a detail pane). */
  openOnClick?: boolean;
}) {
  const id = useId();
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length + (hasMore ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const lastIndex = items.length > 0 ? items[items.length - 1]!.index : 0;

  // Ask for the next page well before the end comes into view.
  useEffect(() => {
    if (hasMore && !loadingMore && lastIndex >= rows.length - 150) onNeedMore();
  }, [hasMore, loadingMore, lastIndex, rows.length, onNeedMore]);

  const move = useCallback(
    (index: number) => {
      if (rows.length === 0) return;
      const clamped = Math.max(0, Math.min(rows.length - 1, index));
      onSelect(clamped);
      virtualizer.scrollToIndex(clamped, { align: 'auto' });
    },
    [rows.length, onSelect, virtualizer],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? ROW_HEIGHT * 10) / ROW_HEIGHT) - 1);
    const current = selected < 0 ? -1 : selected;
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(current + 1),
      ArrowUp: () => move(current - 1),
      PageDown: () => move(current + page),
      PageUp: () => move(current - page),
      Home: () => move(0),
      End: () => move(rows.length - 1),
      Enter: () => {
        if (current >= 0 && rows[current]) onOpen(rows[current], current);
      },
    };
    const action = keys[event.key];
    if (!action || event.altKey || event.metaKey || event.ctrlKey) return;
    event.preventDefault();
    action();
  };

  const rendered = new Set(items.map((item) => item.index));
  const active = selected >= 0 && rendered.has(selected) ? `${id}-r${selected}` : undefined;
  return (
    <div
      className="vgrid"
      role="grid"
      aria-label={label}
      aria-rowcount={total ?? (hasMore ? -1 : rows.length + 1)}
      aria-colcount={columns.length}
      aria-activedescendant={active}
      aria-describedby={describedBy}
      tabIndex={0}
      onKeyDown={onKeyDown}
    >
      <div role="rowgroup" className="vgrid-head">
        <div role="row" aria-rowindex={1} className="vgrid-row" style={{ gridTemplateColumns: template }}>
          {columns.map((column) => (
            <div role="columnheader" key={column.key} className={column.className}>
              {column.header}
            </div>
          ))}
        </div>
      </div>
      <div role="rowgroup" className="vgrid-body" ref={scrollRef} style={{ height }}>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => {
            const row = rows[item.index];
            const style = { transform: `translateY(${item.start}px)`, height: item.size, gridTemplateColumns: template };
            if (row === undefined)
              return (
                <div
                  role="row"
                  key="more"
                  aria-rowindex={item.index + 2}
                  className="vgrid-row vgrid-more"
                  style={{ ...style, gridTemplateColumns: '1fr' }}
                >
                  <div role="gridcell" aria-live="polite">
                    {loadingText}
                  </div>
                </div>
              );
            const isSelected = item.index === selected;
            return (
              <div
                role="row"
                id={`${id}-r${item.index}`}
                key={rowKey(row)}
                aria-rowindex={item.index + 2}
                aria-selected={isSelected}
                className={`vgrid-row${isSelected ? ' selected' : ''}`}
                style={style}
                onClick={() => {
                  onSelect(item.index);
                  if (openOnClick) onOpen(row, item.index);
                }}
                onDoubleClick={() => {
                  if (!openOnClick) onOpen(row, item.index);
                }}
              >
                {columns.map((column) => (
                  <div role="gridcell" key={column.key} className={column.className}>
                    {column.render(row)}
                  </div>
                ))}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}

export interface Paged<T> {
  rows: T[];
  hasMore: boolean;
  loading: boolean;
  loadingMore: boolean;
  error: string | null;
  loadMore: () => void;
  /** After a failed next page: try it again. */
  retry: () => void;
}

/**
 * Pages by keyset cursor: the first page when the dependencies change, the next on `loadMore`; an answer that
 * arrives after the filters changed is dropped.
 */
export function usePaged<T>(fetchPage: (after: string | null) => Promise<{ rows: T[]; next: string | null }>, deps: unknown[]): Paged<T> {
  const [rows, setRows] = useState<T[]>([]);
  const [loading, setLoading] = useState(true);
  const [loadingMore, setLoadingMore] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [stalled, setStalled] = useState(false);
  const generation = useRef(0);
  const busy = useRef(false);
  // The caller names what the first page depends on, as with useEffect.
  const load = useCallback(fetchPage, deps);

  useEffect(() => {
    const ticket = ++generation.current;
    busy.current = true;
    setRows([]);
    setNext(null);
    setError(null);
    setLoading(true);
    setLoadingMore(false);
    setStalled(false);
    load(null).then(
      (page) => {
        if (ticket !== generation.current) return;
        busy.current = false;
        setRows(page.rows);
        setNext(page.next);
        setLoading(false);
      },
      (failure: unknown) => {
        if (ticket !== generation.current) return;
        busy.current = false;
        setError(errorMessage(failure));
        setLoading(false);
      },
    );
  }, [load]);

  const loadMore = useCallback(() => {
    if (busy.current || !next || stalled) return;
    const ticket = generation.current;
    busy.current = true;
    setLoadingMore(true);
    load(next).then(
      (page) => {
        if (ticket !== generation.current) return;
        busy.current = false;
        setRows((previous) => previous.concat(page.rows));
        setNext(page.next);
        setLoadingMore(false);
      },
      (failure: unknown) => {
        if (ticket !== generation.current) return;
        busy.current = false;
        setError(errorMessage(failure));
        setLoadingMore(false);
        setStalled(true);
      },
    );
  }, [load, next, stalled]);

  const retry = useCallback(() => {
    setError(null);
    setStalled(false);
  }, []);

  return { rows, hasMore: next !== null && !stalled, loading, loadingMore, error, loadMore, retry };
}
