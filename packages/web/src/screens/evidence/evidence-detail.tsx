// One exhibit: its digests in full, how it was acquired or derived, where processing stands, its chain of
// custody from the ledger, and the custody steps a holder records (verify, seal, check out/in, transfer …).
import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../../api';
import { formatBytes, useFormatTime } from '../../format';
import { Link } from '../../router';
import { useSession } from '../../session';
import { useApi } from '../../use-api';
import { Empty, ErrorNote, Field, Loading, Select, TextArea } from '../../ui';
import { CaseFrame } from '../cases/case-frame';
import {
  actorLabel,
  CustodyBadges,
  EventFacts,
  EventTime,
  HashLine,
  JustificationDialog,
  memberName,
  parentExhibit,
  READ_ACTIONS,
  ShortHash,
  useActionLabel,
  type EvidenceItem,
  type Incident,
  type LedgerEvent,
  type Member,
} from './evidence-shared';

/** Above this size the original goes straight to the browser's downloads instead of through memory. */
const IN_MEMORY_LIMIT = 256 * 1024 * 1024;

export function EvidenceDetail({ caseId, itemId }: { caseId: string; itemId: string }) {
  const { t } = useTranslation('evidence');
  const [version, setVersion] = useState(0);
  const detail = useApi(() => api.call('getEvidence', { params: { caseId, itemId } }), [caseId, itemId, version]);
  const report = useApi(() => api.call('custodyReport', { params: { caseId }, query: { itemId } }), [caseId, itemId, version]);
  const members = useApi(() => api.call('listMembers', { params: { caseId } }), [caseId]);
  const summary = useApi(() => api.call('processingSummary', { params: { caseId } }), [caseId, version]);
  const reload = () => setVersion((n) => n + 1);

  const item = detail.data?.item;
  const entry = report.data?.items.find((i) => i.item.id === itemId);
  const events = entry?.events ?? [];
  const children = report.data?.items.filter((i) => i.item.parentId === itemId).map((i) => i.item) ?? [];
  const processed = [...events].reverse().find((e) => e.action === 'evidence.processed' || e.action === 'evidence.processing_failed');
  const problem = summary.data?.problems.find((p) => p.itemId === itemId);
  const waiting = !!item?.digests && !processed && !problem;

  // Follow processing while this item still waits: the summary leaves no trace; reload once all is done.
  const finished = summary.data?.finished ?? true;
  useEffect(() => {
    if (!waiting || finished) return;
    const timer = setInterval(() => {
      api.call('processingSummary', { params: { caseId } }).then(
        (next) => next.finished && setVersion((n) => n + 1),
        () => {},
      );
    }, 4000);
    return () => clearInterval(timer);
  }, [waiting, finished, caseId]);

  return (
    <CaseFrame caseId={caseId}>
      <div className="ev">
        <p className="breadcrumbs">
          <Link to={`/cases/${caseId}/evidence`}>{t('detail.back')}</Link>
          {item?.parentId && (
            <>
              {' / '}
              <Link to={`/cases/${caseId}/evidence/${item.parentId}`}>{parentExhibit(item.exhibitNumber) ?? t('detail.parent')}</Link>
            </>
          )}
        </p>
        <ErrorNote message={detail.error} />
        {!item ? (
          !detail.error && <Loading />
        ) : (
          <>
            <Header caseId={caseId} item={item} members={members.data} onChanged={reload} />
            {detail.data!.incidents.length > 0 && <Incidents caseId={caseId} incidents={detail.data!.incidents} onChanged={reload} />}
            <div className="grid-2 detail-grid">
              <Identity caseId={caseId} item={item} />
              <Custody caseId={caseId} item={item} members={members.data} onChanged={reload} />
              <Acquisition item={item} />
              <div className="card">
                <h2>{t('detail.processingTitle')}</h2>
                <Processing
                  caseId={caseId}
                  item={item}
                  event={processed}
                  problem={problem}
                  waiting={waiting && !finished}
                  error={summary.error}
                />
                <Derivation caseId={caseId} item={item} />
                <Children caseId={caseId} count={detail.data!.children} items={children} />
              </div>
              <Timeline events={events} members={members.data} loading={report.loading && !report.data} error={report.error} />
            </div>
          </>
        )}
      </div>
    </CaseFrame>
  );
}

function Header({
  caseId,
  item,
  members,
  onChanged,
}: {
  caseId: string;
  item: EvidenceItem;
  members: Member[] | undefined;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation('evidence');
  const { user } = useSession();
  const [verifying, setVerifying] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [asking, setAsking] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const canAct = user?.role === 'supervisor' || user?.role === 'examiner';

  async function verify() {
    setVerifying(true);
    setOutcome(null);
    try {
      const result = await api.call('recordCustody', { params: { caseId, itemId: item.id }, body: { type: 'verified' } });
      setOutcome(
        result.hashMatch === false
          ? { ok: false, text: t('detail.verifyMismatch') }
          : result.hashMatch === true
            ? { ok: true, text: t('detail.verifyMatch') }
            : { ok: true, text: t('detail.verifyNothing') },
      );
      onChanged();
    } catch (failure) {
      setOutcome({ ok: false, text: errorMessage(failure) });
    } finally {
      setVerifying(false);
    }
  }

  async function download(justification: string) {
    const path = `/api/cases/${encodeURIComponent(caseId)}/evidence/${encodeURIComponent(item.id)}/content?justification=${encodeURIComponent(justification)}`;
    setDownloading(true);
    setDownloadError(null);
    try {
      const anchor = document.createElement('a');
      anchor.download = item.name.split('/').pop() || item.exhibitNumber;
      let objectUrl: string | null = null;
      if ((item.digests?.size ?? 0) > IN_MEMORY_LIMIT) {
        // Too big to hold in the page: the browser streams it to disk (errors then show in its downloads).
        anchor.href = path;
      } else {
        const bytes = await api.raw(path);
        objectUrl = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/octet-stream' }));
        anchor.href = objectUrl;
      }
      document.body.appendChild(anchor);
      anchor.click();
      anchor.remove();
      if (objectUrl) setTimeout(() => URL.revokeObjectURL(objectUrl), 60_000);
      setAsking(false);
      onChanged();
    } catch (failure) {
      setDownloadError(errorMessage(failure));
    } finally {
      setDownloading(false);
    }
  }

  return (
    <div className="item-header">
      <div>
        <h2 className="item-title">
          <span className="reference">{item.exhibitNumber}</span> {item.name}
        </h2>
        <p className="muted">
          {t(`kinds.${item.kind}`)}
          {item.digests && <> · {formatBytes(item.digests.size, i18n.language)}</>} · <CustodyBadges item={item} members={members} />
        </p>
      </div>
      <div className="actions">
        {canAct && !item.custody.disposedAt && (
          <button type="button" onClick={() => void verify()} disabled={verifying} aria-describedby="verify-hint">
            {verifying ? t('detail.verifying') : t('detail.verify')}
          </button>
        )}
        {item.digests && !item.custody.disposedAt && (
          <button type="button" className="primary" onClick={() => setAsking(true)}>
            {t('detail.download')}
          </button>
        )}
      </div>
      {canAct && (
        <p id="verify-hint" className="visually-hidden">
          {t('detail.verifyHint')}
        </p>
      )}
      {outcome && (
        <p className={outcome.ok ? 'notice ok-notice' : 'error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      )}
      <JustificationDialog
        open={asking}
        busy={downloading}
        error={downloadError}
        onCancel={() => {
          setAsking(false);
          setDownloadError(null);
        }}
        onConfirm={(justification) => void download(justification)}
        confirmLabel={t('detail.downloadConfirm')}
        detail={
          <p className="dialog-detail">
            {t('detail.downloadWhat', { exhibit: item.exhibitNumber, name: item.name })}
            {item.digests && (
              <small className="block muted">
                SHA-256 <code>{item.digests.sha256}</code>
              </small>
            )}
          </p>
        }
      />
    </div>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

function Identity({ caseId, item }: { caseId: string; item: EvidenceItem }) {
  const { t } = useTranslation('evidence');
  const formatTime = useFormatTime();
  const times = item.fileTimes;
  return (
    <section className="card" aria-labelledby="identity-title">
      <h2 id="identity-title">{t('detail.identity')}</h2>
      <dl className="pairs">
        <Row label={t('detail.exhibitNumber')}>{item.exhibitNumber}</Row>
        {item.rootExhibitNumber !== item.exhibitNumber && <Row label={t('detail.rootExhibit')}>{item.rootExhibitNumber}</Row>}
        <Row label={t('detail.originalPath')}>
          <code>{item.originalPath}</code>
        </Row>
        <Row label={t('detail.recorded')}>{formatTime(item.createdAt)}</Row>
        <Row label={t('detail.authorization')}>
          <Link to={`/cases/${caseId}/authorizations?open=${encodeURIComponent(item.authorizationId)}`}>
            {t('detail.viewAuthorization')}
          </Link>
        </Row>
        {item.status === 'ingesting' && <Row label={t('detail.intake')}>{t('list.ingesting')}</Row>}
      </dl>
      {item.digests ? (
        <>
          <h3>{t('detail.hashes')}</h3>
          <dl className="hashes">
            <HashLine algorithm="SHA-256" value={item.digests.sha256} />
            <HashLine algorithm="SHA-1" value={item.digests.sha1} />
            <HashLine algorithm="MD5" value={item.digests.md5} />
          </dl>
        </>
      ) : (
        <p className="muted">{t('detail.noBytes')}</p>
      )}
      {(times.modifiedAt || times.accessedAt || times.changedAt || times.bornAt) && (
        <>
          <h3>{t('detail.fileTimes')}</h3>
          <dl className="pairs">
            {times.bornAt && <Row label={t('detail.bornAt')}>{formatTime(times.bornAt)}</Row>}
            {times.modifiedAt && <Row label={t('detail.modifiedAt')}>{formatTime(times.modifiedAt)}</Row>}
            {times.changedAt && <Row label={t('detail.changedAt')}>{formatTime(times.changedAt)}</Row>}
            {times.accessedAt && <Row label={t('detail.accessedAt')}>{formatTime(times.accessedAt)}</Row>}
          </dl>
        </>
      )}
    </section>
  );
}

function Acquisition({ item }: { item: EvidenceItem }) {
  const { t } = useTranslation('evidence');
  const formatTime = useFormatTime();
  const a = item.acquisition;
  const device = a.sourceDevice;
  const deviceFields = device
    ? (['description', 'make', 'model', 'serial', 'imei', 'capacity', 'powerState', 'isolation'] as const).filter((k) => device[k])
    : [];
  return (
    <section className="card" aria-labelledby="acquisition-title">
      <h2 id="acquisition-title">{item.derivation ? t('detail.acquisitionOfSource') : t('detail.acquisition')}</h2>
      <dl className="pairs">
        <Row label={t('detail.performedBy')}>
          {a.performedBy.name} (
          {a.performedBy.role === 'DES' ? 'DES' : t(`common:roles.${a.performedBy.role}`, { defaultValue: a.performedBy.role })})
        </Row>
        <Row label={t('detail.when')}>
          {formatTime(a.startedAt)}
          {formatTime(a.endedAt) !== formatTime(a.startedAt) && <> – {formatTime(a.endedAt)}</>}
        </Row>
        <Row label={t('detail.method')}>{t(`methods.${a.method}`)}</Row>
        {a.location && <Row label={t('detail.location')}>{a.location}</Row>}
        {a.setting && <Row label={t('detail.setting')}>{t(`settings.${a.setting}`)}</Row>}
        {deviceFields.map((k) => (
          <Row key={k} label={t(`device.${k}`)}>
            {device![k]}
          </Row>
        ))}
        <Row label={t('detail.tool')}>
          {a.tool.name} {a.tool.version}
          {a.tool.vendor && <> ({a.tool.vendor})</>}
          {a.tool.configuration && <small className="block muted">{a.tool.configuration}</small>}
        </Row>
        {a.writeBlocker && <Row label={t('detail.writeBlocker')}>{a.writeBlocker}</Row>}
        {a.sourceHashes.length > 0 && (
          <Row label={t('detail.sourceHashes')}>
            {a.sourceHashes.map((h) => (
              <div key={`${h.algorithm}:${h.value}`}>
                {h.algorithm} <ShortHash value={h.value} />
              </div>
            ))}
          </Row>
        )}
        <Row label={t('detail.verification')}>
          <span
            className={a.verification.result === 'MISMATCH' ? 'badge bad' : a.verification.result === 'MATCH' ? 'badge ok-badge' : 'badge'}
          >
            {t(`verification.${a.verification.result}`)}
          </span>{' '}
          <small className="muted">
            {t(`verificationMethods.${a.verification.method}`, { defaultValue: a.verification.method })} · {a.verification.by} ·{' '}
            {formatTime(a.verification.at)}
          </small>
        </Row>
        {a.production && (
          <Row label={t('detail.production')}>
            {a.production.provider}
            {a.production.reference && <> · {a.production.reference}</>}
            {a.production.channel && <> · {a.production.channel}</>} · {formatTime(a.production.receivedAt)}
          </Row>
        )}
        {a.notes && (
          <Row label={t('detail.notes')}>
            <span className="pre">{a.notes}</span>
          </Row>
        )}
      </dl>
    </section>
  );
}

function Derivation({ caseId, item }: { caseId: string; item: EvidenceItem }) {
  const { t } = useTranslation('evidence');
  const d = item.derivation;
  if (!d) return null;
  const locator = Object.entries(d.locator).filter(([, v]) => v !== undefined && v !== null && v !== '');
  return (
    <>
      <h3>{t('detail.derivation')}</h3>
      <dl className="pairs">
        <Row label={t('detail.parent')}>
          <Link to={`/cases/${caseId}/evidence/${d.fromItemId}`}>{parentExhibit(item.exhibitNumber) ?? t('detail.parent')}</Link>
        </Row>
        <Row label={t('detail.parser')}>
          <code>
            {d.parserId}@{d.parserVersion}
          </code>
        </Row>
        {locator.length > 0 && (
          <Row label={t('detail.locator')}>
            {locator.map(([k, v]) => (
              <div key={k}>
                <span className="fact-label">{t(`locator.${k}`, { defaultValue: k })}:</span>{' '}
                <code>{typeof v === 'string' ? v : JSON.stringify(v)}</code>
              </div>
            ))}
          </Row>
        )}
        <Row label={t('detail.depth')}>{d.depth}</Row>
      </dl>
    </>
  );
}

function Processing({
  caseId,
  item,
  event,
  problem,
  waiting,
  error,
}: {
  caseId: string;
  item: EvidenceItem;
  event: LedgerEvent | undefined;
  problem:
    | {
        status: string;
        parserId: string | null;
        parserVersion: string | null;
        artifacts: number;
        warnings: string[];
        reason: string | null;
      }
    | undefined;
  waiting: boolean;
  error: string | null;
}) {
  const { t } = useTranslation('evidence');
  const formatTime = useFormatTime();
  if (!item.digests) return <p className="muted">{t('detail.folderNotProcessed')}</p>;
  const d = event?.details ?? {};
  const status = problem
    ? problem.status === 'skipped'
      ? 'skipped'
      : 'failed'
    : event
      ? event.action === 'evidence.processed'
        ? 'done'
        : 'failed'
      : 'pending';
  const parser = problem?.parserId ? `${problem.parserId}@${problem.parserVersion ?? ''}` : typeof d.parser === 'string' ? d.parser : null;
  const artifacts = problem?.artifacts ?? (typeof d.artifacts === 'number' ? d.artifacts : null);
  const warningCount = problem?.warnings.length ?? (typeof d.warnings === 'number' ? d.warnings : 0);
  const reason = problem?.reason ?? (typeof d.reason === 'string' ? d.reason : null);
  return (
    <>
      <ErrorNote message={error} />
      <dl className="pairs">
        <Row label={t('detail.status')}>
          <span className={status === 'failed' ? 'badge bad' : status === 'done' ? 'badge ok-badge' : 'badge warn'}>
            {t(`processing.${status}`)}
          </span>
          {waiting && <small className="muted"> {t('detail.following')}</small>}
          {event && <small className="muted block">{formatTime(event.at)}</small>}
        </Row>
        {parser && (
          <Row label={t('detail.parser')}>
            <code>{parser}</code>
          </Row>
        )}
        {artifacts !== null && (
          <Row label={t('detail.artifacts')}>
            {artifacts > 0 ? (
              <Link to={`/cases/${caseId}/artifacts?itemId=${encodeURIComponent(item.id)}`}>
                {t('list.artifacts', { count: artifacts })}
              </Link>
            ) : (
              t('list.artifacts', { count: 0 })
            )}
          </Row>
        )}
        {typeof d.outputSha256 === 'string' && (
          <Row label={t('detail.outputDigest')}>
            <ShortHash value={d.outputSha256} />
          </Row>
        )}
        {warningCount > 0 && (
          <Row label={t('detail.warnings')}>
            {problem?.warnings.length ? (
              <ul className="warnings">
                {problem.warnings.map((w, i) => (
                  <li key={i}>{w}</li>
                ))}
              </ul>
            ) : (
              t('detail.warningCount', { count: warningCount })
            )}
          </Row>
        )}
        {reason && (
          <Row label={t('detail.reason')}>
            <span className="error-text">{reason}</span>
          </Row>
        )}
      </dl>
    </>
  );
}

function Children({ caseId, count, items }: { caseId: string; count: number; items: EvidenceItem[] }) {
  const { t, i18n } = useTranslation('evidence');
  const [shown, setShown] = useState(50);
  if (count === 0) return null;
  return (
    <>
      <h3>{t('detail.children', { count })}</h3>
      <ul className="children">
        {items.slice(0, shown).map((child) => (
          <li key={child.id}>
            <Link to={`/cases/${caseId}/evidence/${child.id}`}>{child.exhibitNumber}</Link> {child.name}{' '}
            {child.digests && <small className="muted">{formatBytes(child.digests.size, i18n.language)}</small>}
          </li>
        ))}
      </ul>
      {items.length > shown && (
        <button type="button" onClick={() => setShown(shown + 200)}>
          {t('list.showMore', { count: Math.min(200, items.length - shown), total: items.length })}
        </button>
      )}
    </>
  );
}

type CustodyType =
  | 'sealed'
  | 'unsealed'
  | 'checked_out'
  | 'checked_in'
  | 'transfer_released'
  | 'transfer_received'
  | 'transfer_cancelled'
  | 'copied'
  | 'disposed';

/** The steps that fit the item's custody now and the user's role (the server checks again). */
function possibleSteps(item: EvidenceItem, role: string | undefined, userId: string | undefined): CustodyType[] {
  const c = item.custody;
  if (c.disposedAt || c.openIncidentId) return [];
  if (c.pendingTransferTo) {
    if (c.pendingTransferTo === userId) return ['transfer_received'];
    // A transfer to the wrong person, or one that will not happen, is cancelled with a reason.
    return role === 'supervisor' || role === 'examiner' ? ['transfer_cancelled'] : [];
  }
  if (role !== 'supervisor' && role !== 'examiner') return [];
  const steps: CustodyType[] = [];
  steps.push(c.sealed ? 'unsealed' : 'sealed');
  steps.push(c.checkedOutTo ? 'checked_in' : 'checked_out');
  if (!c.checkedOutTo) steps.push('transfer_released');
  if (item.digests) steps.push('copied');
  if (role === 'supervisor') steps.push('disposed');
  return steps;
}

function Custody({
  caseId,
  item,
  members,
  onChanged,
}: {
  caseId: string;
  item: EvidenceItem;
  members: Member[] | undefined;
  onChanged: () => void;
}) {
  const { t } = useTranslation('evidence');
  const formatTime = useFormatTime();
  const { user } = useSession();
  const c = item.custody;
  const steps = possibleSteps(item, user?.role, user?.id);
  return (
    <section className="card" aria-labelledby="custody-title">
      <h2 id="custody-title">{t('detail.custodyNow')}</h2>
      <dl className="pairs">
        <Row label={t('detail.holder')}>{memberName(members, c.holderId)}</Row>
        <Row label={t('detail.storedAt')}>{c.location ?? '—'}</Row>
        <Row label={t('detail.seal')}>{c.sealed ? t('detail.sealedWith', { seal: c.sealNumber ?? '' }) : t('detail.notSealed')}</Row>
        {c.checkedOutTo && <Row label={t('detail.checkedOutTo')}>{memberName(members, c.checkedOutTo)}</Row>}
        {c.pendingTransferTo && <Row label={t('detail.transferTo')}>{memberName(members, c.pendingTransferTo)}</Row>}
        {c.disposedAt && <Row label={t('detail.disposedAt')}>{formatTime(c.disposedAt)}</Row>}
      </dl>
      {steps.length > 0 ? (
        <CustodyForm caseId={caseId} item={item} steps={steps} members={members} onChanged={onChanged} />
      ) : (
        <p className="muted">
          {c.disposedAt
            ? t('detail.noStepsDisposed')
            : c.openIncidentId
              ? t('detail.noStepsIncident')
              : c.pendingTransferTo
                ? t('detail.noStepsTransfer', { name: memberName(members, c.pendingTransferTo) })
                : t('detail.noStepsRole')}
        </p>
      )}
    </section>
  );
}

function CustodyForm({
  caseId,
  item,
  steps,
  members,
  onChanged,
}: {
  caseId: string;
  item: EvidenceItem;
  steps: CustodyType[];
  members: Member[] | undefined;
  onChanged: () => void;
}) {
  const { t } = useTranslation('evidence');
  const { user } = useSession();
  const [type, setType] = useState<CustodyType>(steps[0]!);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [sealIntact, setSealIntact] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const current = steps.includes(type) ? type : steps[0]!;
  const value = (key: string) => fields[key] ?? '';
  const set = (key: string) => (e: { target: { value: string } }) => setFields({ ...fields, [key]: e.target.value });
  const optional = (key: string) => (value(key).trim() ? { [key]: value(key).trim() } : {});
  const receivers = (members ?? []).filter((m) => m.userId !== user?.id && m.level !== 'read');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    const body = (() => {
      switch (current) {
        case 'sealed':
          return { type: current, sealNumber: value('sealNumber').trim(), ...optional('note') };
        case 'unsealed':
        case 'transfer_cancelled':
          return { type: current, reason: value('reason').trim() };
        case 'checked_out':
        case 'copied':
          return { type: current, purpose: value('purpose').trim() };
        case 'checked_in':
          return { type: current, ...optional('note') };
        case 'transfer_released':
          return {
            type: current,
            toUserId: value('toUserId') || receivers[0]?.userId || '',
            purpose: value('purpose').trim(),
            ...optional('location'),
            ...optional('transport'),
          };
        case 'transfer_received':
          return { type: current, sealIntact, ...optional('location'), ...optional('note') };
        case 'disposed':
          return { type: current, retentionRule: value('retentionRule').trim(), certificate: value('certificate').trim() };
      }
    })();
    try {
      const result = await api.call('recordCustody', { params: { caseId, itemId: item.id }, body });
      setFields({});
      setDone(
        result.hashMatch === false
          ? t('detail.stepMismatch', { step: t(`steps.${current}`) })
          : t('detail.stepDone', { step: t(`steps.${current}`) }),
      );
      onChanged();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="custody-form" onSubmit={(e) => void submit(e)} aria-labelledby="custody-form-title">
      <h3 id="custody-form-title">{t('detail.recordStep')}</h3>
      <Select label={t('detail.step')} value={current} onChange={(e) => setType(e.target.value as CustodyType)}>
        {steps.map((s) => (
          <option key={s} value={s}>
            {t(`steps.${s}`)}
          </option>
        ))}
      </Select>
      <p className="muted small">{t(`stepHints.${current}`)}</p>
      {current === 'sealed' && (
        <>
          <Field label={t('form.sealNumber')} value={value('sealNumber')} onChange={set('sealNumber')} required maxLength={100} />
          <Field label={t('form.note')} value={value('note')} onChange={set('note')} maxLength={2000} />
        </>
      )}
      {(current === 'unsealed' || current === 'transfer_cancelled') && (
        <TextArea label={t('form.reason')} value={value('reason')} onChange={set('reason')} required rows={2} maxLength={2000} />
      )}
      {(current === 'checked_out' || current === 'copied') && (
        <TextArea label={t('form.purpose')} value={value('purpose')} onChange={set('purpose')} required rows={2} maxLength={2000} />
      )}
      {current === 'checked_in' && <Field label={t('form.note')} value={value('note')} onChange={set('note')} maxLength={2000} />}
      {current === 'transfer_released' &&
        (receivers.length === 0 ? (
          <p className="error">{t('form.noReceivers')}</p>
        ) : (
          <>
            <Select label={t('form.receiver')} value={value('toUserId') || receivers[0]?.userId} onChange={set('toUserId')} required>
              {receivers.map((m) => (
                <option key={m.userId} value={m.userId}>
                  {m.displayName || m.username} ({t(`common:roles.${m.role}`)})
                </option>
              ))}
            </Select>
            <TextArea label={t('form.purpose')} value={value('purpose')} onChange={set('purpose')} required rows={2} maxLength={2000} />
            <Field label={t('form.location')} value={value('location')} onChange={set('location')} maxLength={500} />
            <Field label={t('form.transport')} value={value('transport')} onChange={set('transport')} maxLength={500} />
          </>
        ))}
      {current === 'transfer_received' && (
        <>
          <Field label={t('form.location')} value={value('location')} onChange={set('location')} maxLength={500} />
          <div className="field inline">
            <input id="seal-intact" type="checkbox" checked={sealIntact} onChange={(e) => setSealIntact(e.target.checked)} />
            <label htmlFor="seal-intact">{t('form.sealIntact')}</label>
          </div>
          <Field label={t('form.note')} value={value('note')} onChange={set('note')} maxLength={2000} />
        </>
      )}
      {current === 'disposed' && (
        <>
          <Field label={t('form.retentionRule')} value={value('retentionRule')} onChange={set('retentionRule')} required maxLength={200} />
          <Field label={t('form.certificate')} value={value('certificate')} onChange={set('certificate')} required maxLength={500} />
          <p className="error">{t('form.disposeWarning')}</p>
        </>
      )}
      <ErrorNote message={error} />
      {done && (
        <p className="notice ok-notice" role="status">
          {done}
        </p>
      )}
      <div className="actions">
        <button
          type="submit"
          className={current === 'disposed' ? 'danger' : 'primary'}
          disabled={busy || (current === 'transfer_released' && receivers.length === 0)}
        >
          {t(`stepSubmit.${current}`)}
        </button>
      </div>
    </form>
  );
}

function Incidents({ caseId, incidents, onChanged }: { caseId: string; incidents: Incident[]; onChanged: () => void }) {
  const { t } = useTranslation('evidence');
  const formatTime = useFormatTime();
  const { user } = useSession();
  const [resolution, setResolution] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  async function resolve(event: FormEvent, incidentId: string) {
    event.preventDefault();
    setError(null);
    try {
      await api.call('resolveIncident', { params: { caseId, incidentId }, body: { resolution: (resolution[incidentId] ?? '').trim() } });
      onChanged();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }
  return (
    <section className="card incidents" aria-labelledby="incidents-title">
      <h2 id="incidents-title">{t('detail.incidents')}</h2>
      <ErrorNote message={error} />
      {incidents.map((incident) => (
        <div key={incident.id} className={incident.resolvedAt ? 'incident' : 'incident open'}>
          <p>
            <span className={incident.resolvedAt ? 'badge' : 'badge bad'}>
              {incident.resolvedAt ? t('detail.resolved') : t('detail.open')}
            </span>{' '}
            {formatTime(incident.openedAt)} — {incident.context}
          </p>
          <p className="muted small">
            {t('detail.expected')} <ShortHash value={incident.expectedSha256} /> · {t('detail.found')}{' '}
            {incident.foundSha256 ? <ShortHash value={incident.foundSha256} /> : t('detail.missing')}
          </p>
          {incident.resolvedAt ? (
            <p className="small">
              {t('detail.resolution')}: {incident.resolution} ({formatTime(incident.resolvedAt)})
            </p>
          ) : user?.role === 'supervisor' ? (
            <form onSubmit={(e) => void resolve(e, incident.id)} className="inline-add">
              <TextArea
                label={t('detail.resolution')}
                value={resolution[incident.id] ?? ''}
                onChange={(e) => setResolution({ ...resolution, [incident.id]: e.target.value })}
                required
                rows={2}
              />
              <button type="submit">{t('detail.resolve')}</button>
            </form>
          ) : (
            <p className="muted small">{t('detail.supervisorResolves')}</p>
          )}
        </div>
      ))}
    </section>
  );
}

function Timeline({
  events,
  members,
  loading,
  error,
}: {
  events: LedgerEvent[];
  members: Member[] | undefined;
  loading: boolean;
  error: string | null;
}) {
  const { t } = useTranslation('evidence');
  const label = useActionLabel();
  const [reads, setReads] = useState(false);
  const shown = events.filter((e) => reads || !READ_ACTIONS.has(e.action));
  const hidden = events.length - events.filter((e) => !READ_ACTIONS.has(e.action)).length;
  return (
    <section className="card span-2" aria-labelledby="timeline-title">
      <div className="card-head">
        <h2 id="timeline-title">{t('detail.timeline')}</h2>
        <div className="field inline">
          <input id="timeline-reads" type="checkbox" checked={reads} onChange={(e) => setReads(e.target.checked)} />
          <label htmlFor="timeline-reads">{t('detail.showReads', { count: hidden })}</label>
        </div>
      </div>
      <ErrorNote message={error} />
      {loading ? (
        <Loading />
      ) : shown.length === 0 ? (
        <Empty>{t('detail.noEvents')}</Empty>
      ) : (
        <ol className="timeline">
          {shown.map((event) => (
            <li key={event.seq} className={event.action.startsWith('custody.') ? 'custody-step' : undefined}>
              <div className="when">
                <EventTime event={event} />
              </div>
              <div className="what">
                <strong>{label(event.action)}</strong> <span className="muted">· {actorLabel(event, members, t('detail.system'))}</span>
                <EventFacts event={event} members={members} />
              </div>
              <div className="seq muted" title={event.hash}>
                #{event.seq}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
