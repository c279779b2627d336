// What the evidence screens share: shapes from the API, hashes that copy, custody and processing badges,
// the words for ledger actions, the justification dialog, and where processing stands per item.
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteOutput, Routes } from '@tamga/api';
import { api, errorMessage } from '../../api';
import { useFormatTime } from '../../format';
import { ErrorNote } from '../../ui';
import './evidence.css';

export type EvidenceItem = RouteOutput<Routes['getEvidence']>['item'];
export type LedgerEvent = RouteOutput<Routes['caseLedger']>['events'][number];
export type Member = RouteOutput<Routes['listMembers']>[number];
export type ProcessingSummary = RouteOutput<Routes['processingSummary']>;
export type Incident = RouteOutput<Routes['getEvidence']>['incidents'][number];

/** The parent's exhibit number of a derived item: EXH-001/3/2 → EXH-001/3. */
export function parentExhibit(exhibitNumber: string): string | null {
  const cut = exhibitNumber.lastIndexOf('/');
  return cut > 0 ? exhibitNumber.slice(0, cut) : null;
}

export function ShortHash({ value }: { value: string | null | undefined }) {
  const { t } = useTranslation('evidence');
  if (!value) return <span className="muted">—</span>;
  return (
    <code className="short-hash" title={value} aria-label={t('hashFull', { value })}>
      {value.slice(0, 12)}…
    </code>
  );
}

/** Copies text; falls back to a selected textarea where the Clipboard API is not allowed (plain HTTP). */
async function copyText(text: string): Promise<void> {
  if (navigator.clipboard && window.isSecureContext) {
    await navigator.clipboard.writeText(text);
    return;
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  document.execCommand('copy');
  area.remove();
}

export function CopyButton({ text, label }: { text: string; label: string }) {
  const { t } = useTranslation('evidence');
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    if (!copied) return;
    const timer = setTimeout(() => setCopied(false), 2000);
    return () => clearTimeout(timer);
  }, [copied]);
  return (
    <button
      type="button"
      className="copy"
      aria-label={t('copyNamed', { name: label })}
      onClick={() => {
        void copyText(text).then(() => setCopied(true));
      }}
    >
      {copied ? t('copied') : t('copy')}
    </button>
  );
}

/** A full digest on its own line, selectable and copyable. */
export function HashLine({ algorithm, value }: { algorithm: string; value: string }) {
  return (
    <div className="hash-line">
      <dt>{algorithm}</dt>
      <dd>
        <code>{value}</code>
        <CopyButton text={value} label={algorithm} />
      </dd>
    </div>
  );
}

/** Who did it: the member's display name, the name the ledger recorded, or Tamga itself. */
export function actorLabel(event: LedgerEvent, members: Member[] | undefined, system: string): string {
  if (!event.actorId) return system;
  const member = members?.find((m) => m.userId === event.actorId);
  return member ? member.displayName || member.username : event.actorName;
}

export function memberName(members: Member[] | undefined, userId: string | null | undefined): string {
  if (!userId) return '—';
  const member = members?.find((m) => m.userId === userId);
  return member ? member.displayName || member.username : userId.slice(0, 8);
}

/** The custody state in a few badges: sealed, checked out, transfer waiting, disposed, incident. */
export function CustodyBadges({ item, members }: { item: EvidenceItem; members: Member[] | undefined }) {
  const { t } = useTranslation('evidence');
  const c = item.custody;
  const badges: ReactNode[] = [];
  if (c.disposedAt)
    badges.push(
      <span key="disposed" className="badge bad">
        {t('custody.disposed')}
      </span>,
    );
  if (c.openIncidentId)
    badges.push(
      <span key="incident" className="badge bad">
        {t('custody.incident')}
      </span>,
    );
  if (c.sealed)
    badges.push(
      <span key="sealed" className="badge">
        {t('custody.sealed', { seal: c.sealNumber ?? '' })}
      </span>,
    );
  if (c.checkedOutTo)
    badges.push(
      <span key="out" className="badge warn">
        {t('custody.checkedOut', { name: memberName(members, c.checkedOutTo) })}
      </span>,
    );
  if (c.pendingTransferTo)
    badges.push(
      <span key="transfer" className="badge warn">
        {t('custody.transferPending', { name: memberName(members, c.pendingTransferTo) })}
      </span>,
    );
  if (badges.length === 0)
    badges.push(
      <span key="stored" className="badge ok-badge">
        {t('custody.inStore')}
      </span>,
    );
  return <span className="badges">{badges}</span>;
}

/** Words for a ledger action, or the action itself in code when this version has no words for it. */
export function useActionLabel(): (action: string) => ReactNode {
  const { t, i18n } = useTranslation('evidence');
  return (action) => (i18n.exists(`evidence:actions.${action}`) ? t(`actions.${action}`) : <code>{action}</code>);
}

/** Ledger actions that only record that someone looked, hidden unless asked for. */
export const READ_ACTIONS = new Set([
  'evidence.viewed',
  'evidence.listed',
  'custody.report_generated',
  'ledger.case_viewed',
  'artifacts.listed',
  'artifact.viewed',
  'case.viewed',
  'case.members_viewed',
  'authorizations.viewed',
  'authorization.viewed',
]);

/** The facts of an event worth a line: purpose, seal, receiver, location, re-hash outcome. */
export function EventFacts({ event, members }: { event: LedgerEvent; members: Member[] | undefined }) {
  const { t } = useTranslation('evidence');
  const d = event.details;
  const text = (key: string) => (typeof d[key] === 'string' && d[key] !== '' ? (d[key] as string) : null);
  const facts: ReactNode[] = [];
  const add = (key: string, label: string, value: ReactNode) =>
    facts.push(
      <li key={key}>
        <span className="fact-label">{label}:</span> {value}
      </li>,
    );
  if (event.justification) add('why', t('facts.justification'), event.justification);
  if (text('sealNumber')) add('seal', t('facts.sealNumber'), text('sealNumber'));
  if (text('sealNumberBefore') && event.action === 'custody.unsealed')
    add('sealBefore', t('facts.sealNumberBefore'), text('sealNumberBefore'));
  if (typeof d.receivedBy === 'string' && event.action === 'custody.transfer_released')
    add('to', t('facts.receiver'), memberName(members, d.receivedBy));
  if (typeof d.holderBefore === 'string') add('from', t('facts.holderBefore'), memberName(members, d.holderBefore));
  if (text('location')) add('location', t('facts.location'), text('location'));
  if (text('transport')) add('transport', t('facts.transport'), text('transport'));
  if (typeof d.sealIntact === 'boolean') add('intact', t('facts.sealIntact'), d.sealIntact ? t('common:yes') : t('common:no'));
  if (text('note')) add('note', t('facts.note'), text('note'));
  if (text('retentionRule')) add('rule', t('facts.retentionRule'), text('retentionRule'));
  if (text('certificate')) add('certificate', t('facts.certificate'), text('certificate'));
  if (text('parser')) add('parser', t('facts.parser'), <code>{text('parser')}</code>);
  if (typeof d.artifacts === 'number') add('artifacts', t('facts.artifacts'), d.artifacts);
  if (typeof d.children === 'number' && d.children > 0) add('children', t('facts.children'), d.children);
  if (typeof d.warnings === 'number' && d.warnings > 0) add('warnings', t('facts.warnings'), d.warnings);
  if (text('reason')) add('reason', t('facts.reason'), text('reason'));
  if (text('context')) add('context', t('facts.context'), text('context'));
  if (
    text('sha256') &&
    (event.action === 'evidence.acquired' || event.action === 'evidence.received' || event.action === 'evidence.derived')
  )
    add('sha256', 'SHA-256', <ShortHash value={text('sha256')} />);
  if (typeof d.hashMatch === 'boolean')
    add(
      'rehash',
      t('facts.rehash', { count: typeof d.rehashed === 'number' ? d.rehashed : 1 }),
      <>
        <span className={d.hashMatch ? 'badge ok-badge' : 'badge bad'}>{d.hashMatch ? t('facts.match') : t('facts.mismatch')}</span>
        {text('hashAfter') && text('hashAfter') !== text('hashBefore') && (
          <>
            {' '}
            {t('facts.found')} <ShortHash value={text('hashAfter')} />
          </>
        )}
      </>,
    );
  if (facts.length === 0) return null;
  return <ul className="facts">{facts}</ul>;
}

/** One event's time as the reader chose (local or UTC), with the zone the server recorded beside it. */
export function EventTime({ event }: { event: LedgerEvent }) {
  const formatTime = useFormatTime();
  return (
    <>
      <time dateTime={event.at}>{formatTime(event.at)}</time>
      <small className="muted tz">{event.tz}</small>
    </>
  );
}

/**
 * Asks why the reader needs original evidence before reading it; the reason goes to the ledger with the read.
 * Opens as a modal dialog; Escape or Cancel closes it without reading.
 */
export function JustificationDialog({
  open,
  onCancel,
  onConfirm,
  busy,
  error,
  detail,
  confirmLabel,
}: {
  open: boolean;
  confirmLabel?: string;
  onCancel: () => void;
  onConfirm: (justification: string) => void;
  busy?: boolean;
  error?: string | null;
  detail?: ReactNode;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [text, setText] = useState('');
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setText('');
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (text.trim().length >= 3) onConfirm(text.trim());
  };
  return (
    <dialog ref={ref} aria-labelledby={`${id}-title`} onCancel={onCancel} onClose={() => open && onCancel()}>
      <form onSubmit={submit}>
        <h2 id={`${id}-title`}>{t('justification.title')}</h2>
        <p className="muted">{t('justification.explain')}</p>
        {detail}
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('justification.label')}</label>
          <textarea
            id={`${id}-text`}
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={3}
            required
            minLength={3}
            maxLength={2000}
            autoFocus
          />
        </div>
        <ErrorNote message={error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || text.trim().length < 3}>
            {confirmLabel ?? t('justification.confirm')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

export type ProcessingStatus = 'pending' | 'done' | 'failed' | 'skipped' | 'none';

export interface ItemProcessingView {
  status: ProcessingStatus;
  /** From the item's latest processing event, when the ledger pages read reached it. */
  parser?: string;
  artifacts?: number;
  children?: number;
  warnings?: number;
  reason?: string | null;
}

const PROCESSING_ACTIONS = new Set(['evidence.processed', 'evidence.processing_failed']);
/** How far back the ledger is read for processing outcomes (pages of 1,000 events, newest first). */
const LEDGER_PAGES = 3;

export interface ProcessingStates {
  summary: ProcessingSummary | undefined;
  /** Where an item stands: the failed and skipped ones from the summary, the rest from the ledger. */
  of: (item: EvidenceItem) => ItemProcessingView;
  error: string | null;
  /** Grows each time the ledger is read again (after processing finished): lists depending on it reload. */
  generation: number;
  reload: () => void;
}

/**
 * Processing per item without a route of its own: the case's summary names failed and skipped items with
 * their reasons and says whether anything still waits; the latest `evidence.processed` events in the ledger
 * give each item's parser and counts. Reloads the ledger when `wanted` items are not yet covered.
 */
export function useProcessingStates(caseId: string, refreshKey: number): ProcessingStates {
  const [summary, setSummary] = useState<ProcessingSummary | undefined>(undefined);
  const [events, setEvents] = useState<Map<string, LedgerEvent>>(new Map());
  const [error, setError] = useState<string | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const next = await api.call('processingSummary', { params: { caseId } });
        if (cancelled) return;
        setSummary(next);
        const found = new Map<string, LedgerEvent>();
        let beforeSeq: number | undefined;
        for (let page = 0; page < LEDGER_PAGES; page++) {
          const result = await api.call('caseLedger', { params: { caseId }, query: { limit: 1000, ...(beforeSeq ? { beforeSeq } : {}) } });
          for (const event of result.events) {
            if (event.targetId && PROCESSING_ACTIONS.has(event.action) && !found.has(event.targetId)) found.set(event.targetId, event);
          }
          // Every item with content has an outcome once processed: stop when there are as many as items.
          if (result.nextBeforeSeq === null || found.size >= next.items) break;
          beforeSeq = result.nextBeforeSeq;
        }
        if (cancelled) return;
        setEvents(found);
        setError(null);
      } catch (failure) {
        if (!cancelled) setError(errorMessage(failure));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [caseId, refreshKey, tick]);

  // While items wait, follow the summary alone (it leaves no trace in the ledger); read the ledger again once done.
  const finished = summary?.finished ?? true;
  useEffect(() => {
    if (finished) return;
    const timer = setInterval(() => {
      api.call('processingSummary', { params: { caseId } }).then(
        (next) => {
          setSummary(next);
          if (next.finished) setTick((n) => n + 1);
        },
        () => {},
      );
    }, 4000);
    return () => clearInterval(timer);
  }, [finished, caseId]);

  const problems = new Map(summary?.problems.map((p) => [p.itemId, p]));
  const waiting = summary ? summary.counts.pending + summary.counts.queued + summary.counts.running : 0;
  const of = (item: EvidenceItem): ItemProcessingView => {
    if (!item.digests) return { status: 'none' };
    const problem = problems.get(item.id);
    const event = events.get(item.id);
    const fromEvent = event
      ? {
          parser: typeof event.details.parser === 'string' ? event.details.parser : undefined,
          artifacts: typeof event.details.artifacts === 'number' ? event.details.artifacts : undefined,
          children: typeof event.details.children === 'number' ? event.details.children : undefined,
          warnings: typeof event.details.warnings === 'number' ? event.details.warnings : undefined,
        }
      : {};
    if (problem) {
      return {
        ...fromEvent,
        status: problem.status === 'skipped' ? 'skipped' : 'failed',
        parser: problem.parserId ? `${problem.parserId}@${problem.parserVersion ?? ''}` : fromEvent.parser,
        artifacts: problem.artifacts,
        children: problem.children,
        warnings: problem.warnings.length,
        reason: problem.reason,
      };
    }
    if (event) return { ...fromEvent, status: event.action === 'evidence.processing_failed' ? 'failed' : 'done' };
    // Not in the pages read: done if nothing waits in the case, otherwise still on its way.
    return { status: waiting === 0 ? 'done' : 'pending' };
  };
  return { summary, of, error, generation: tick, reload: () => setTick((n) => n + 1) };
}

export function ProcessingBadge({ view }: { view: ItemProcessingView }) {
  const { t } = useTranslation('evidence');
  if (view.status === 'none') return <span className="muted">—</span>;
  const tone =
    view.status === 'failed' ? 'badge bad' : view.status === 'skipped' || view.status === 'pending' ? 'badge warn' : 'badge ok-badge';
  return (
    <span className={tone} title={view.reason ?? undefined}>
      {t(`processing.${view.status}`)}
    </span>
  );
}
