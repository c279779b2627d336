// Pieces the analysis screens share: highlighted snippets, entity labels, date bounds, a modal dialog.
import { useContext, useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTITY_TYPE_NAMES } from '@tamga/api';
import { UtcContext } from '../../format';
import { snippetParts } from './snippet';
import './analysis.css';

export type EntityType = (typeof ENTITY_TYPE_NAMES)[number];
export { ENTITY_TYPE_NAMES };

/**
 * A snippet from the search index, its matches between U+0001 and U+0002, as React nodes: the text is never
 * parsed as HTML, so whatever the evidence holds is shown as text.
 */
export function Highlighted({ snippet }: { snippet: string }) {
  return <>{snippetParts(snippet).map((part, i) => (part.match ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>))}</>;
}

/** The type of an entity in words. */
export function useEntityTypeName(): (type: string) => string {
  const { t, i18n } = useTranslation('analysis');
  return (type) => (i18n.exists(`analysis:entityTypes.${type}`) ? t(`entityTypes.${type}`) : type);
}

/** The entity key `type:value` split in two (the value may itself hold colons). */
export function splitKey(key: string): { type: string; value: string } {
  const at = key.indexOf(':');
  return at === -1 ? { type: '', value: key } : { type: key.slice(0, at), value: key.slice(at + 1) };
}

/**
 * A date from a date field as a UTC bound for the API: the start of that day in the reader's zone (or UTC when
 * the UTC switch is on); an end bound is the start of the next day, as ranges are [from, to).
 */
export function useDateBound(): (date: string, end: boolean) => string | undefined {
  const { utc } = useContext(UtcContext);
  return (date, end) => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return undefined;
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    const ms = utc ? Date.UTC(y, m - 1, d + (end ? 1 : 0)) : new Date(y, m - 1, d + (end ? 1 : 0)).getTime();
    return new Date(ms).toISOString();
  };
}

/** A date without the time of day (for dense tables), in the reader's language, local or UTC like the rest. */
export function useFormatDate(): (iso: string | null | undefined) => string {
  const { utc } = useContext(UtcContext);
  const { i18n } = useTranslation();
  return (iso) => {
    if (!iso) return '—';
    const date = new Date(iso);
    if (Number.isNaN(date.getTime())) return iso;
    return new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', ...(utc ? { timeZone: 'UTC' } : {}) }).format(date);
  };
}

/** A modal dialog: focus moves into it, Escape closes it, focus goes back where it was. */
export function Modal({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement as HTMLElement | null;
    dialog?.showModal();
    return () => {
      dialog?.close();
      opener?.focus();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className="analysis-dialog"
      aria-labelledby="analysis-dialog-title"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id="analysis-dialog-title">{title}</h2>
      {children}
    </dialog>
  );
}
