// What the evidence screens share: shapes from the API, hashes that copy, custody badges and the words for
// ledger actions. The justification dialog and processing states have files of their own.
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteOutput, Routes } from '@tamga/api';
import { useFormatTime } from '../../format';
import { ProcessingReason } from './processing-reason';
import { dateOrderOf, type ReadingChoices } from './reading-choices';
import './evidence.css';

export type EvidenceItem = RouteOutput<Routes['getEvidence']>['item'];
/** An exhibit as the list gives it: with where its processing stands. */
export type ListedItem = RouteOutput<Routes['listEvidence']>[number];
/** An exhibit's processing state in full (its page), null for a folder or an item not yet started. */
export type ItemProcessing = RouteOutput<Routes['getEvidence']>['processing'];
export type LedgerEvent = RouteOutput<Routes['caseLedger']>['events'][number];
export type Member = RouteOutput<Routes['listMembers']>[number];
export type ProcessingSummary = RouteOutput<Routes['processingSummary']>;
export type Incident = RouteOutput<Routes['getEvidence']>['incidents'][number];

/** What the exhibit page gives the panels that can record a step on the item (its header, its custody). */
export interface ItemPanelProps {
  caseId: string;
  item: EvidenceItem;
  members: Member[] | undefined;
  onChanged: () => void;
}

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
  // How the item is to be read, as chosen (evidence.reading_chosen): the date order, or the parser's rule again.
  if (event.action === 'evidence.reading_chosen' && isReading(d.reading))
    add('dateOrder', t('facts.dateOrder'), t(`detail.dateOrder.${dateOrderOf(d.reading)}`));
  if (typeof d.artifacts === 'number') add('artifacts', t('facts.artifacts'), d.artifacts);
  if (typeof d.children === 'number' && d.children > 0) add('children', t('facts.children'), d.children);
  if (typeof d.warnings === 'number' && d.warnings > 0) add('warnings', t('facts.warnings'), d.warnings);
  // A processing failure's reason has a code worded in the reader's language; a person's reason is their own words.
  if (text('reason'))
    add(
      'reason',
      t('facts.reason'),
      text('reasonCode') ? <ProcessingReason code={text('reasonCode')} reason={text('reason')} /> : text('reason'),
    );
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

function isReading(value: unknown): value is ReadingChoices {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
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
