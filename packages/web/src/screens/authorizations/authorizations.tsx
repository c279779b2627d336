// The legal authorisations of a case (warrants, prosecutor sanctions, consent, emergency orders): what each
// permits, for how long, and whether it is in force; checking a measure against them; recording a new one.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteOutput, Routes } from '@tamga/api';
import { api, errorMessage } from '../../api';
import { useFormatTime } from '../../format';
import { useLocation } from '../../router';
import { useApi } from '../../use-api';
import { Empty, ErrorNote, Loading, Select, TextArea } from '../../ui';
import { CaseFrame } from '../cases/case-frame';
import { AuthorizationForm } from './authorization-form';
import { CATEGORIES, MEASURES, authorizationStatus, type Authorization } from './authorization-model';
import './authorizations.css';

type Status = ReturnType<typeof authorizationStatus>;
const TONE: Record<Status, string> = {
  inForce: 'badge ok-badge',
  awaitingValidation: 'badge warn',
  notYetValid: 'badge warn',
  expired: 'badge',
  validationOverdue: 'badge bad',
  revoked: 'badge bad',
};

export function Authorizations({ caseId }: { caseId: string }) {
  const { t } = useTranslation('authorizations');
  const { query } = useLocation();
  const [version, setVersion] = useState(0);
  const list = useApi(() => api.call('listAuthorizations', { params: { caseId } }), [caseId, version]);
  const detail = useApi(() => api.call('getCase', { params: { caseId } }), [caseId]);
  const [recorded, setRecorded] = useState<Authorization | null>(null);
  const [open, setOpen] = useState<string | null>(query.get('open'));

  return (
    <CaseFrame caseId={caseId}>
      <div className="az">
        <ErrorNote message={list.error} />
        <section aria-labelledby="authorizations-title">
          <h2 id="authorizations-title" className="section-title">
            {t('title')}
          </h2>
          {list.loading && !list.data ? (
            <Loading />
          ) : list.data?.length === 0 ? (
            <Empty>{t('none')}</Empty>
          ) : (
            <div className="table-wrap">
              <table className="table authorizations-table">
                <thead>
                  <tr>
                    <th scope="col">{t('fields.type')}</th>
                    <th scope="col">{t('fields.number')}</th>
                    <th scope="col">{t('fields.issuer')}</th>
                    <th scope="col">{t('fields.validity')}</th>
                    <th scope="col">{t('fields.measures')}</th>
                    <th scope="col">{t('fields.status')}</th>
                    <th scope="col">
                      <span className="visually-hidden">{t('details')}</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {list.data?.map((a) => (
                    <AuthorizationRow
                      key={a.id}
                      caseId={caseId}
                      timeZone={detail.data?.case.timeZone}
                      authorization={a}
                      open={open === a.id}
                      highlight={recorded?.id === a.id}
                      onToggle={() => setOpen(open === a.id ? null : a.id)}
                      onChanged={() => setVersion((n) => n + 1)}
                    />
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
        <div className="grid-2 authorization-tools">
          <CheckCoverage caseId={caseId} />
          <div className="card">
            <h2>{t('explain.title')}</h2>
            <p className="muted">{t('explain.text')}</p>
          </div>
        </div>
        {detail.data && (
          <AuthorizationForm
            caseId={caseId}
            timeZone={detail.data.case.timeZone}
            country={detail.data.case.country}
            onRecorded={(a) => {
              setRecorded(a);
              setVersion((n) => n + 1);
            }}
          />
        )}
        {recorded && (
          <p className="notice ok-notice" role="status">
            {t('recorded', { type: t(`types.${recorded.type}`), number: recorded.number })}
          </p>
        )}
      </div>
    </CaseFrame>
  );
}

function AuthorizationRow({
  caseId,
  timeZone,
  authorization: a,
  open,
  highlight,
  onToggle,
  onChanged,
}: {
  caseId: string;
  /** The case's zone: authorisations are written and shown in it. */
  timeZone: string | undefined;
  authorization: Authorization;
  open: boolean;
  highlight: boolean;
  onToggle: () => void;
  onChanged: () => void;
}) {
  const { t } = useTranslation('authorizations');
  const formatTime = useFormatTime(timeZone);
  const status = authorizationStatus(a, new Date());
  const id = `authorization-${a.id}`;
  return (
    <>
      <tr className={highlight ? 'highlight' : undefined}>
        <td>{t(`types.${a.type}`)}</td>
        <td className="nowrap">
          <strong>{a.number}</strong>
        </td>
        <td>
          {a.issuedBy.body}
          <small className="muted block">
            {t(`issuerTypes.${a.issuerType}`)}
            {a.issuedBy.name && <> · {a.issuedBy.name}</>} · {a.issuedBy.country}
          </small>
        </td>
        <td className="validity">
          {formatTime(a.validFrom)} –<br />
          {formatTime(a.validUntil)}
        </td>
        <td>
          <ul className="chips compact">
            {a.measures.map((m) => (
              <li key={m}>{t(`measures.${m}`)}</li>
            ))}
          </ul>
        </td>
        <td>
          <span className={TONE[status]}>{t(`statuses.${status}`)}</span>
          {status === 'awaitingValidation' && a.validationDue && (
            <small className="block muted">{t('dueBy', { at: formatTime(a.validationDue) })}</small>
          )}
        </td>
        <td>
          <button type="button" aria-expanded={open} aria-controls={id} onClick={onToggle}>
            {open ? t('hide') : t('show')}
            <span className="visually-hidden"> {a.number}</span>
          </button>
        </td>
      </tr>
      {open && (
        <tr className="details-row" id={id}>
          <td colSpan={7}>
            <AuthorizationDetails caseId={caseId} timeZone={timeZone} id={a.id} onChanged={onChanged} />
          </td>
        </tr>
      )}
    </>
  );
}

function Pair({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** One authorisation in full, read through its own route so that opening it is recorded. */
function AuthorizationDetails({
  caseId,
  timeZone,
  id,
  onChanged,
}: {
  caseId: string;
  timeZone: string | undefined;
  id: string;
  onChanged: () => void;
}) {
  const { t } = useTranslation('authorizations');
  const formatTime = useFormatTime(timeZone);
  const [version, setVersion] = useState(0);
  const loaded = useApi(() => api.call('getAuthorization', { params: { caseId, authorizationId: id } }), [caseId, id, version]);
  const a = loaded.data;
  if (loaded.error) return <ErrorNote message={loaded.error} />;
  if (!a) return <Loading />;
  const scope = a.scope;
  return (
    <div className="authorization-details">
      <dl className="pairs two-columns">
        <Pair label={t('fields.issuedAt')}>{formatTime(a.issuedAt)}</Pair>
        <Pair label={t('fields.recorded')}>{formatTime(a.recordedAt)}</Pair>
        <Pair label={t('fields.categories')}>
          {scope.categories.length ? scope.categories.map((c) => t(`categories.${c}`)).join(', ') : t('notLimited')}
        </Pair>
        <Pair label={t('fields.exhibits')}>{scope.exhibits.length ? scope.exhibits.join(', ') : t('allExhibits')}</Pair>
        <Pair label={t('fields.selectors')}>
          {scope.selectors.length
            ? scope.selectors.map((s) => (
                <div key={`${s.type}:${s.value}`}>
                  {t(`selectorTypes.${s.type}`)}: <code>{s.value}</code>
                </div>
              ))
            : t('noSelectors')}
        </Pair>
        <Pair label={t('fields.period')}>
          {scope.period ? `${formatTime(scope.period.from)} – ${formatTime(scope.period.to)}` : t('notLimited')}
        </Pair>
        <Pair label={t('fields.legalBasis')}>
          {a.legalBasis.map((b, i) => (
            <div key={i}>
              {t(`instruments.${b.instrument}`, { defaultValue: b.instrument })}
              {b.article && <> {t('article', { article: b.article })}</>} — {b.domesticProvision}
              {b.treatyRef && <small className="muted"> ({b.treatyRef})</small>}
            </div>
          ))}
        </Pair>
        <Pair label={t('fields.grounds')}>
          <span className="pre">{a.grounds}</span>
        </Pair>
        {a.conditions.length > 0 && (
          <Pair label={t('fields.conditions')}>
            <ul>
              {a.conditions.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
          </Pair>
        )}
        {a.validationDue && <Pair label={t('fields.validationDue')}>{formatTime(a.validationDue)}</Pair>}
        {a.validatedAt && <Pair label={t('fields.validatedAt')}>{formatTime(a.validatedAt)}</Pair>}
        {a.revokedAt && <Pair label={t('fields.revokedAt')}>{formatTime(a.revokedAt)}</Pair>}
        {a.documentRef && <Pair label={t('fields.documentRef')}>{a.documentRef}</Pair>}
        {a.documentHash && (
          <Pair label={t('fields.documentHash')}>
            <code>{a.documentHash}</code>
          </Pair>
        )}
      </dl>
      {!a.revokedAt && (
        <Settle
          caseId={caseId}
          authorization={a}
          onSettled={() => {
            setVersion((n) => n + 1);
            onChanged();
          }}
        />
      )}
    </div>
  );
}

function Settle({ caseId, authorization, onSettled }: { caseId: string; authorization: Authorization; onSettled: () => void }) {
  const { t } = useTranslation('authorizations');
  const needsValidation = !!authorization.validationDue && !authorization.validatedAt;
  const [outcome, setOutcome] = useState<'validated' | 'revoked'>(needsValidation ? 'validated' : 'revoked');
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.call('settleAuthorization', {
        params: { caseId, authorizationId: authorization.id },
        body: { outcome, note: note.trim() },
      });
      setNote('');
      onSettled();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="settle" onSubmit={(e) => void submit(e)} aria-label={t('settle.title', { number: authorization.number })}>
      <h3>{t('settle.heading')}</h3>
      <div className="settle-grid">
        <Select label={t('settle.outcome')} value={outcome} onChange={(e) => setOutcome(e.target.value as 'validated' | 'revoked')}>
          {needsValidation && <option value="validated">{t('settle.validated')}</option>}
          <option value="revoked">{t('settle.revoked')}</option>
        </Select>
        <TextArea label={t('settle.note')} value={note} onChange={(e) => setNote(e.target.value)} required rows={2} maxLength={2000} />
        <button type="submit" className={outcome === 'revoked' ? 'danger' : 'primary'} disabled={busy || !note.trim()}>
          {outcome === 'revoked' ? t('settle.revoke') : t('settle.validate')}
        </button>
      </div>
      <ErrorNote message={error} />
    </form>
  );
}

type Checked = RouteOutput<Routes['checkAuthorization']>;

function CheckCoverage({ caseId }: { caseId: string }) {
  const { t } = useTranslation('authorizations');
  const [measure, setMeasure] = useState<(typeof MEASURES)[number]>('SEARCH_SEIZURE');
  const [category, setCategory] = useState('');
  const [exhibit, setExhibit] = useState('');
  const [result, setResult] = useState<Checked | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setResult(null);
    setRefusal(null);
    try {
      setResult(
        await api.call('checkAuthorization', {
          params: { caseId },
          body: {
            measure,
            ...(category ? { categories: [category as (typeof CATEGORIES)[number]] } : {}),
            ...(exhibit.trim() ? { exhibits: [exhibit.trim()] } : {}),
          },
        }),
      );
    } catch (failure) {
      setRefusal(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }
  return (
    <form className="card" onSubmit={(e) => void submit(e)} aria-labelledby="check-title">
      <h2 id="check-title">{t('check.title')}</h2>
      <div className="check-grid">
        <Select label={t('check.measure')} value={measure} onChange={(e) => setMeasure(e.target.value as (typeof MEASURES)[number])}>
          {MEASURES.map((m) => (
            <option key={m} value={m}>
              {t(`measures.${m}`)}
            </option>
          ))}
        </Select>
        <Select label={t('check.category')} value={category} onChange={(e) => setCategory(e.target.value)}>
          <option value="">{t('check.anyCategory')}</option>
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`categories.${c}`)}
            </option>
          ))}
        </Select>
        <div className="field">
          <label htmlFor="check-exhibit">{t('check.exhibit')}</label>
          <input id="check-exhibit" value={exhibit} onChange={(e) => setExhibit(e.target.value)} placeholder="EXH-001" maxLength={100} />
        </div>
      </div>
      <div className="actions">
        <button type="submit" disabled={busy}>
          {t('check.submit')}
        </button>
      </div>
      <div aria-live="polite">
        {result && <p className="notice ok-notice">{t('check.covered', { type: t(`types.${result.type}`), number: result.number })}</p>}
        {refusal && <p className="error">{t('check.refused', { reason: refusal })}</p>}
      </div>
      <p className="muted small">{t('check.recorded')}</p>
    </form>
  );
}
