// The ledger for auditors: every event newest first, in pages, optionally of one case; verification of the
// chain, checkpoints and evidence; and a signed checkpoint on demand. Administrators verify and sign only.
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteOutput, Routes } from '@tamga/api';
import { api, errorMessage } from '../../api';
import { useSize, useFormatTime } from '../../format';
import { navigate, useLocation } from '../../router';
import { useSession } from '../../session';
import { useApi } from '../../use-api';
import { Empty, ErrorNote, Field, Loading, PageTitle } from '../../ui';
import './admin.css';

type Report = RouteOutput<Routes['verifyLedger']>;
type Checkpoint = RouteOutput<Routes['checkpoint']>;
type LedgerEvent = RouteOutput<Routes['ledger']>['events'][number];

const PAGE = 50;

export function Ledger() {
  const { t } = useTranslation('admin');
  const { user } = useSession();
  const role = user?.role;
  if (role !== 'auditor' && role !== 'admin') {
    return (
      <section>
        <PageTitle>{t('ledger.title')}</PageTitle>
        <ErrorNote message={t('errors:ROLE_FORBIDDEN')} />
      </section>
    );
  }
  return (
    <section>
      <PageTitle>{t('ledger.title')}</PageTitle>
      <p className="muted">{t('ledger.explain')}</p>
      <Verification />
      {role === 'auditor' ? <Events /> : <p className="notice">{t('ledger.adminNote')}</p>}
    </section>
  );
}

function short(hash: string): string {
  return `${hash.slice(0, 12)}…`;
}

function Verification() {
  const { t, i18n } = useTranslation('admin');
  const formatSize = useSize();
  const formatTime = useFormatTime();
  const [deep, setDeep] = useState(false);
  const [busy, setBusy] = useState<'verify' | 'checkpoint' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [report, setReport] = useState<{ value: Report; deep: boolean } | null>(null);
  const [checkpoint, setCheckpoint] = useState<{ value: Checkpoint } | null>(null);

  async function run(kind: 'verify' | 'checkpoint') {
    setBusy(kind);
    setError(null);
    try {
      if (kind === 'verify') setReport({ value: await api.call('verifyLedger', { body: { deep } }), deep });
      else setCheckpoint({ value: await api.call('checkpoint') });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(null);
    }
  }

  const kind = (k: string, message: string) => (i18n.exists(`admin:ledger.report.kinds.${k}`) ? t(`ledger.report.kinds.${k}`) : message);
  const number = (n: number) => new Intl.NumberFormat(i18n.language).format(n);

  return (
    <div className="card">
      <div className="verify-bar">
        <button type="button" className="primary" disabled={busy !== null} onClick={() => void run('verify')}>
          {busy === 'verify' ? t('ledger.verifying') : t('ledger.verify')}
        </button>
        <label className="check">
          <input type="checkbox" checked={deep} onChange={(e) => setDeep(e.target.checked)} /> {t('ledger.deep')}
        </label>
        <span className="spacer" />
        <button type="button" disabled={busy !== null} onClick={() => void run('checkpoint')}>
          {busy === 'checkpoint' ? t('ledger.signing') : t('ledger.checkpoint')}
        </button>
      </div>
      <ErrorNote message={error ? errorMessage(error) : null} />
      {report && (
        <section aria-labelledby="verify-title" className="report">
          <h2 id="verify-title">{t('ledger.report.title')}</h2>
          <p role="status" className={report.value.ok ? 'ok verdict' : 'error verdict'}>
            {report.value.ok ? t('ledger.report.ok') : t('ledger.report.bad')}
          </p>
          <dl className="counts">
            <div>
              <dt>{t('ledger.report.events')}</dt>
              <dd>{number(report.value.events)}</dd>
            </div>
            <div>
              <dt>{t('ledger.report.checkpoints')}</dt>
              <dd>{number(report.value.checkpoints)}</dd>
            </div>
            <div>
              <dt>{t('ledger.report.lastSeq')}</dt>
              <dd>{number(report.value.lastSeq)}</dd>
            </div>
            <div>
              <dt>{t('ledger.report.evidenceItems')}</dt>
              <dd>{number(report.value.evidence.items)}</dd>
            </div>
            {report.deep && (
              <>
                <div>
                  <dt>{t('ledger.report.blobsChecked')}</dt>
                  <dd>{number(report.value.evidence.blobsChecked)}</dd>
                </div>
                <div>
                  <dt>{t('ledger.report.bytesChecked')}</dt>
                  <dd>{formatSize(report.value.evidence.bytesChecked)}</dd>
                </div>
              </>
            )}
            <div>
              <dt>{t('ledger.report.unreferenced')}</dt>
              <dd>{number(report.value.evidence.unreferencedBlobs)}</dd>
            </div>
          </dl>
          <p>
            <span className="label">{t('ledger.report.headHash')}:</span> <code>{report.value.headHash}</code>
          </p>
          {report.value.firstProblem && (
            <p className="error">
              <strong>{t('ledger.report.firstProblem')}:</strong>{' '}
              {t('ledger.report.problemAt', {
                seq: report.value.firstProblem.seq,
                kind: kind(report.value.firstProblem.kind, report.value.firstProblem.message),
              })}
            </p>
          )}
          {report.value.problems.length > 1 && (
            <details>
              <summary>{t('ledger.report.problems')}</summary>
              <ul>
                {report.value.problems.map((p, i) => (
                  <li key={i}>{t('ledger.report.problemAt', { seq: p.seq, kind: kind(p.kind, p.message) })}</li>
                ))}
              </ul>
            </details>
          )}
          {report.value.evidence.findings.length > 0 && (
            <>
              <h3>{t('ledger.report.findings')}</h3>
              <ul>
                {report.value.evidence.findings.map((f, i) => (
                  <li key={i}>{t('ledger.report.finding', { exhibit: f.exhibitNumber, kind: kind(f.kind, f.message) })}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
      {checkpoint && (
        <section aria-labelledby="checkpoint-title" className="report">
          <h2 id="checkpoint-title">{t('ledger.signed.title')}</h2>
          {checkpoint.value === null ? (
            <p role="status">{t('ledger.signed.none')}</p>
          ) : (
            <dl className="pairs" role="status">
              <dt>{t('ledger.signed.treeSize')}</dt>
              <dd>{number(checkpoint.value.treeSize)}</dd>
              <dt>{t('ledger.signed.at')}</dt>
              <dd>{formatTime(checkpoint.value.at)}</dd>
              <dt>{t('ledger.signed.rootHash')}</dt>
              <dd>
                <code>{checkpoint.value.rootHash}</code>
              </dd>
              <dt>{t('ledger.signed.keyId')}</dt>
              <dd>
                <code>{checkpoint.value.keyId}</code>
              </dd>
              <dt>{t('ledger.signed.signature')}</dt>
              <dd>
                <code>{checkpoint.value.signature}</code>
              </dd>
            </dl>
          )}
        </section>
      )}
    </div>
  );
}

function Events() {
  const { t } = useTranslation('admin');
  const { query } = useLocation();
  const caseId = query.get('case') ?? '';
  const beforeSeq = Number(query.get('before')) || undefined;
  const [draftCase, setDraftCase] = useState(caseId);
  // The address is the truth (back and forward move through filters too); the field follows it.
  useEffect(() => setDraftCase(caseId), [caseId]);
  // Cursors of the pages seen before this one, so "Newer events" steps back exactly.
  const [trail, setTrail] = useState<Array<number | undefined>>([]);
  const page = useApi(
    () => api.call('ledger', { query: { limit: PAGE, ...(beforeSeq ? { beforeSeq } : {}), ...(caseId ? { caseId } : {}) } }),
    [caseId, beforeSeq],
  );

  const go = (next: { case?: string; before?: number }) => {
    const params = new URLSearchParams();
    if (next.case) params.set('case', next.case);
    if (next.before) params.set('before', String(next.before));
    const search = params.toString();
    navigate(`/ledger${search ? `?${search}` : ''}`);
  };
  const filter = (event: FormEvent) => {
    event.preventDefault();
    setTrail([]);
    go({ case: draftCase.trim() });
  };
  const byCase = (id: string) => {
    setDraftCase(id);
    setTrail([]);
    go({ case: id });
  };

  return (
    <>
      <form className="card filter-bar" onSubmit={filter} aria-label={t('ledger.filter')}>
        <Field label={t('ledger.caseId')} hint={t('ledger.caseIdHint')} value={draftCase} onChange={(e) => setDraftCase(e.target.value)} />
        <button type="submit">{t('ledger.apply')}</button>
        {caseId && (
          <button
            type="button"
            onClick={() => {
              setDraftCase('');
              setTrail([]);
              go({});
            }}
          >
            {t('ledger.clear')}
          </button>
        )}
      </form>
      <ErrorNote message={page.error} />
      {page.loading && !page.data ? (
        <Loading />
      ) : page.data?.events.length === 0 ? (
        <Empty>{t('ledger.none')}</Empty>
      ) : (
        page.data && (
          <>
            <EventTable events={page.data.events} onCase={byCase} />
            <nav className="pager" aria-label={t('ledger.title')}>
              <span className="muted">{t('ledger.events', { count: page.data.events.length })}</span>
              <button
                type="button"
                disabled={!beforeSeq}
                onClick={() => {
                  setTrail([]);
                  go({ case: caseId });
                }}
              >
                {t('ledger.newest')}
              </button>
              <button
                type="button"
                disabled={!beforeSeq}
                onClick={() => {
                  const previous = trail[trail.length - 1];
                  setTrail(trail.slice(0, -1));
                  go({ case: caseId, ...(previous ? { before: previous } : {}) });
                }}
              >
                {t('ledger.newer')}
              </button>
              <button
                type="button"
                disabled={page.data.nextBeforeSeq === null}
                onClick={() => {
                  setTrail([...trail, beforeSeq]);
                  go({ case: caseId, before: page.data!.nextBeforeSeq! });
                }}
              >
                {t('ledger.older')}
              </button>
            </nav>
          </>
        )
      )}
    </>
  );
}

function EventTable({ events, onCase }: { events: LedgerEvent[]; onCase: (caseId: string) => void }) {
  const { t } = useTranslation('admin');
  const formatTime = useFormatTime();
  return (
    <div className="table-scroll">
      <table className="table admin-table ledger-table" aria-label={t('ledger.title')}>
        <thead>
          <tr>
            <th scope="col">{t('ledger.seq')}</th>
            <th scope="col">{t('ledger.time')}</th>
            <th scope="col">{t('ledger.actor')}</th>
            <th scope="col">{t('ledger.action')}</th>
            <th scope="col">{t('ledger.case')}</th>
            <th scope="col">{t('ledger.target')}</th>
            <th scope="col">{t('ledger.justification')}</th>
            <th scope="col">{t('ledger.details')}</th>
            <th scope="col">{t('ledger.hash')}</th>
          </tr>
        </thead>
        <tbody>
          {events.map((e) => {
            const hasDetails = Object.keys(e.details).length > 0;
            return (
              <tr key={e.seq}>
                <th scope="row">{e.seq}</th>
                <td className="nowrap">
                  {formatTime(e.at)}
                  <br />
                  <small className="muted">{t('ledger.zone', { tz: e.tz })}</small>
                </td>
                <td>{e.actorName}</td>
                <td>
                  <code>{e.action}</code>
                </td>
                <td>
                  {e.caseId && (
                    <button
                      type="button"
                      className="link"
                      title={e.caseId}
                      onClick={() => onCase(e.caseId!)}
                      aria-label={t('ledger.filterCase', { caseId: e.caseId })}
                    >
                      <code>{short(e.caseId)}</code>
                    </button>
                  )}
                </td>
                <td>
                  {e.targetType && (
                    <>
                      <code>{e.targetType}</code>
                      {e.targetId && (
                        <>
                          <br />
                          <code className="muted" title={e.targetId}>
                            {short(e.targetId)}
                          </code>
                        </>
                      )}
                    </>
                  )}
                </td>
                <td className="justification">{e.justification}</td>
                <td>
                  {(hasDetails || e.authorizationId) && (
                    <details>
                      <summary>{t('ledger.showDetails')}</summary>
                      {e.authorizationId && (
                        <p>
                          {t('ledger.authorization')}: <code>{e.authorizationId}</code>
                        </p>
                      )}
                      {hasDetails && <pre className="json">{JSON.stringify(e.details, null, 2)}</pre>}
                    </details>
                  )}
                </td>
                <td>
                  <details>
                    <summary>
                      <code>{short(e.hash)}</code>
                    </summary>
                    <dl className="pairs">
                      <dt>{t('ledger.fullHash')}</dt>
                      <dd>
                        <code>{e.hash}</code>
                      </dd>
                      <dt>{t('ledger.previousHash')}</dt>
                      <dd>
                        <code>{e.prevHash}</code>
                      </dd>
                    </dl>
                  </details>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
