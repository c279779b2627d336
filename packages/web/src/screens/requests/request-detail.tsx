// One request: every field, its deadlines and preservation, the steps it can take, the letter, productions
// and their sequestered files, linked requests and its history.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useFormatTime } from '../../format';
import { Link } from '../../router';
import { useApi } from '../../use-api';
import { Empty, ErrorNote, Loading } from '../../ui';
import { useFormatDate } from '../analysis/analysis-shared';
import { CaseFrame } from '../cases/case-frame';
import { DueBadge, StatusBadge } from './due-badge';
import { LetterPanel } from './letter-panel';
import { ProductionIntake } from './production-intake';
import { RequestActions } from './request-actions';
import { instrumentName, RECEIVING, type RequestDetailData } from './request-model';
import { SequesteredItems } from './sequestered-items';
import { StatusHistory } from './status-history';
import './requests.css';

export function RequestDetail({ caseId, requestId }: { caseId: string; requestId: string }) {
  const { t } = useTranslation('requests');
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const detail = useApi(async () => {
    const [data, catalogue, authorizations, members] = await Promise.all([
      api.call('getRequest', { params: { caseId, requestId } }),
      api.call('requestCatalogue'),
      api.call('listAuthorizations', { params: { caseId } }),
      // Names for the approvals; a member who may not list members still sees the roles.
      api.call('listMembers', { params: { caseId } }).catch(() => []),
    ]);
    return { data, catalogue, authorizations, members };
  }, [caseId, requestId, version]);
  const changed = (text: string) => {
    setMessage(text);
    setVersion((n) => n + 1);
  };
  const d = detail.data;
  const type = d?.catalogue.types.find((x) => x.code === d.data.request.type);
  return (
    <CaseFrame caseId={caseId}>
      <div className="rq">
        <p>
          <Link to={`/cases/${caseId}/requests`}>← {t('detail.back')}</Link>
        </p>
        <ErrorNote message={detail.error} />
        {!d ? (
          detail.loading && <Loading />
        ) : (
          <>
            <div className="request-title">
              <h2>
                <span className="reference">{d.data.request.reference}</span> {t(`types.${d.data.request.type}`)}
              </h2>
              <div>
                <StatusBadge status={d.data.request.status} />
                {d.data.request.urgency !== 'ROUTINE' && <span className="badge bad">{t(`urgencies.${d.data.request.urgency}`)}</span>}
              </div>
            </div>
            {message && (
              <p className="notice" role="status">
                {t(message)}
              </p>
            )}
            <div className="detail-grid">
              <div>
                <RequestActions request={d.data.request} isPreservation={!!type?.preservation} onChanged={changed} />
                <Approvals detail={d.data} members={d.members} />
                <Deadlines detail={d.data} />
                <Fields detail={d.data} authorizationLabel={authorizationLabel(d.authorizations, d.data.request.authorizationId, t)} />
                <Items detail={d.data} />
                <LetterPanel request={d.data.request} version={version} />
                {type?.producesData && (
                  <>
                    <Productions detail={d.data} />
                    {RECEIVING.includes(d.data.request.status) && (
                      <ProductionIntake request={d.data.request} onReceived={() => setVersion((n) => n + 1)} />
                    )}
                    <SequesteredItems caseId={caseId} requestId={requestId} version={version} onDecided={() => setVersion((n) => n + 1)} />
                  </>
                )}
              </div>
              <div>
                <Linked detail={d.data} caseId={caseId} canFollow={!!type?.preservation} />
                <StatusHistory history={d.data.history} />
              </div>
            </div>
          </>
        )}
      </div>
    </CaseFrame>
  );
}

function authorizationLabel(
  list: Array<{ id: string; type: string; number: string; issuedBy: { body: string } }>,
  id: string,
  t: (key: string) => string,
): string {
  const a = list.find((x) => x.id === id);
  return a ? `${t(`authorizations:types.${a.type}`)} ${a.number} — ${a.issuedBy.body}` : id || '—';
}

/** G6, G8: the approvals so far and whose approval comes next. */
function Approvals({ detail, members }: { detail: RequestDetailData; members: Array<{ userId: string; displayName: string }> }) {
  const { t } = useTranslation('requests');
  const formatTime = useFormatTime();
  const approvals = detail.request.approvals ?? [];
  const plan = detail.approval;
  if (approvals.length === 0 && !plan.next && plan.higherApprovalReasons.length === 0) return null;
  const name = (id: string) => members.find((m) => m.userId === id)?.displayName ?? '';
  return (
    <section className="card" aria-labelledby="approvals-title">
      <h2 id="approvals-title">{t('detail.approvals')}</h2>
      {approvals.length === 0 ? (
        <p className="muted">{t('detail.noApprovals')}</p>
      ) : (
        <ol className="approvals">
          {approvals.map((a) => (
            <li key={`${a.by}-${a.at}`}>
              {t('detail.approvedBy', {
                stage: t(`detail.approvalStage.${a.stage}`),
                role: t(`common:roles.${a.role}`, { defaultValue: a.role }),
                by: name(a.by),
                at: formatTime(a.at),
              })}
            </li>
          ))}
        </ol>
      )}
      {plan.higherApprovalReasons.length > 0 && (
        <p className="muted small">{t('detail.higherBecause', { reasons: plan.higherApprovalReasons.join('; ') })}</p>
      )}
      {plan.next === 'SUPERVISOR' && <p role="note">{t('detail.nextSupervisor')}</p>}
      {plan.next === 'HIGHER' && (
        <p role="note">
          {t('detail.nextHigher', {
            roles: plan.higherApproverRoles.map((r) => t(`common:roles.${r}`, { defaultValue: r })).join(', '),
          })}
        </p>
      )}
    </section>
  );
}

function Deadlines({ detail }: { detail: RequestDetailData }) {
  const { t } = useTranslation('requests');
  const formatTime = useFormatTime();
  const p = detail.request.preservation;
  // The preservation's own expiry is shown with the preservation, not again in the list.
  const expiryTimer = detail.deadlines.find((d) => d.kind === 'PRESERVATION_EXPIRY' && p?.expiresAt === d.dueAt);
  const others = detail.deadlines.filter((d) => d !== expiryTimer);
  return (
    <section className="card" aria-labelledby="deadlines-title">
      <h2 id="deadlines-title">{t('detail.deadlines')}</h2>
      {p && (
        <dl className="pairs">
          <dt>{t('detail.preservation')}</dt>
          <dd>
            {t(`preservationStates.${p.state}`)}
            {p.renewals > 0 && <> · {t('detail.renewals', { count: p.renewals })}</>} · {t('detail.rule')} <code>{p.ruleId}</code>
          </dd>
          {p.preservationRef && (
            <>
              <dt>{t('detail.preservationRef')}</dt>
              <dd>{p.preservationRef}</dd>
            </>
          )}
          {p.expiresAt && (
            <>
              <dt>{t('detail.expiresAt')}</dt>
              <dd className="expiry">
                <DueBadge at={p.expiresAt} />
                {expiryTimer && !expiryTimer.verified && <span className="badge warn">{t('detail.unverified')}</span>}
              </dd>
            </>
          )}
        </dl>
      )}
      {others.length === 0 ? (
        !p?.expiresAt && <p className="muted">{t('detail.noDeadlines')}</p>
      ) : (
        <ul className="deadline-list">
          {others.map((d) => (
            <li key={`${d.kind}-${d.dueAt}`}>
              <DueBadge at={d.dueAt} label={t(`timerKinds.${d.kind}`)} />{' '}
              <small className="muted">
                {t('detail.rule')} <code>{d.ruleId}</code>
                {!d.verified && <span className="badge warn">{t('detail.unverified')}</span>}
              </small>
            </li>
          ))}
        </ul>
      )}
      {detail.reminders.length > 0 && (
        <>
          <h3>{t('detail.reminders')}</h3>
          <ul>
            {detail.reminders.map((r) => (
              <li key={`${r.expiresAt}-${r.daysBefore}`}>{t('detail.reminder', { count: r.daysBefore, at: formatTime(r.at) })}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function Fields({ detail, authorizationLabel }: { detail: RequestDetailData; authorizationLabel: string }) {
  const { t } = useTranslation('requests');
  const formatTime = useFormatTime();
  const formatDate = useFormatDate();
  const r = detail.request;
  const a = r.requestingAuthority;
  const officer = [a.officer.name, a.officer.position, a.officer.email, a.officer.phone].filter(Boolean).join(', ');
  return (
    <section className="card" aria-labelledby="fields-title">
      <h2 id="fields-title">{t('detail.summary')}</h2>
      <dl className="pairs">
        <dt>{t('fields.requestingAuthority')}</dt>
        <dd>
          {[a.name, a.unit, a.country].filter(Boolean).join(', ') || '—'}
          {a.contact247 && <small className="muted block">24/7: {a.contact247}</small>}
        </dd>
        <dt>{t('fields.officer')}</dt>
        <dd>{officer || '—'}</dd>
        <dt>{t('fields.addressee')}</dt>
        <dd>
          {r.addressee.name || '—'}
          {r.addressee.legalEntity && ` — ${r.addressee.legalEntity}`} ({t(`addresseeKinds.${r.addressee.kind}`)},{' '}
          {r.addressee.country || '—'}, {t(`channels.${r.addressee.channel}`)})
        </dd>
        {r.addressee.reference && (
          <>
            <dt>{t('fields.addresseeReference')}</dt>
            <dd>
              <strong>{r.addressee.reference}</strong>
            </dd>
          </>
        )}
        <dt>{t('fields.legalBasis')}</dt>
        <dd>
          {r.legalBasis.length === 0 ? (
            '—'
          ) : (
            <ul>
              {r.legalBasis.map((b, i) => (
                <li key={i}>
                  {instrumentName(b.instrument)}
                  {b.article && `, ${b.article}`}; {b.domesticProvision}
                </li>
              ))}
            </ul>
          )}
        </dd>
        <dt>{t('fields.authorization')}</dt>
        <dd>
          <Link to={`/cases/${r.caseId}/authorizations?open=${r.authorizationId}`}>{authorizationLabel}</Link>
        </dd>
        <dt>{t('fields.offence')}</dt>
        <dd>
          {r.offence.nationalArticle || '—'}
          {r.offence.codes.length > 0 && <small className="muted"> ({r.offence.codes.join(', ')})</small>}
          {r.offence.maxPenaltyYears !== undefined && (
            <small className="block">
              {t('fields.maxPenalty')}: {t('fields.years', { count: r.offence.maxPenaltyYears })}
            </small>
          )}
        </dd>
        <dt>{t('fields.summaryOfFacts')}</dt>
        <dd className="pre">{r.offence.summaryOfFacts || '—'}</dd>
        <dt>{t('fields.necessity')}</dt>
        <dd className="pre">{r.necessityStatement || '—'}</dd>
        <dt>{t('fields.proportionality')}</dt>
        <dd className="pre">{r.proportionalityStatement || '—'}</dd>
        {r.lessIntrusiveAlternatives && (
          <>
            <dt>{t('fields.lessIntrusive')}</dt>
            <dd className="pre">{r.lessIntrusiveAlternatives}</dd>
          </>
        )}
        <dt>{t('fields.relation')}</dt>
        <dd className="pre">{r.relationToOffence || '—'}</dd>
        {Object.entries(r.extra)
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k} className="contents">
              <dt>{t(`extra.${k}`, { defaultValue: k })}</dt>
              <dd className="pre">{v}</dd>
            </div>
          ))}
        <dt>{t('fields.confidentiality')}</dt>
        <dd>
          {r.confidentiality.nonDisclosureRequested ? t('fields.nonDisclosureAsked') : t('fields.nonDisclosureNotAsked')}
          {r.confidentiality.reason && ` — ${r.confidentiality.reason}`}
          {r.confidentiality.until && ` (${t('fields.until', { date: formatDate(r.confidentiality.until) })})`}
        </dd>
        {r.emergency && (
          <>
            <dt>{t('fields.emergency')}</dt>
            <dd>
              <p className="pre">{r.emergency.natureOfThreat}</p>
              <p className="pre">{r.emergency.howDataAverts}</p>
              <small className="block">
                {t('fields.attestedBy')}: {r.emergency.attestedBy.name}
                {r.emergency.attestedBy.position && `, ${r.emergency.attestedBy.position}`} · {t('fields.followUpDue')}:{' '}
                {formatTime(r.emergency.followUpProcessDue)}
              </small>
            </dd>
          </>
        )}
        {r.privilegeRisk && (
          <>
            <dt>{t('fields.privilegeRisk')}</dt>
            <dd>
              {t(`privilegeRisks.${r.privilegeRisk.kind}`)}
              {r.privilegeRisk.note && ` — ${r.privilegeRisk.note}`}
            </dd>
          </>
        )}
        {r.validation && (
          <>
            <dt>{t('fields.validation')}</dt>
            <dd>
              {r.validation.state === 'VALIDATED'
                ? t('fields.validated', { at: formatTime(r.validation.at), order: r.validation.orderReference ?? '' })
                : t('fields.validationLapsed', { at: formatTime(r.validation.at) })}
            </dd>
          </>
        )}
        <dt>{t('fields.language')}</dt>
        <dd>
          {r.language === 'ru' ? 'Русский' : r.language === 'en' ? 'English' : r.language}
          {r.translationAttached && ` · ${t('fields.translation')}`}
        </dd>
        {r.useRestrictions && r.useRestrictions.length > 0 && (
          <>
            <dt>{t('fields.useRestrictions')}</dt>
            <dd>{r.useRestrictions.join('; ')}</dd>
          </>
        )}
        {r.refusalReason && (
          <>
            <dt>{t('fields.refusalReason')}</dt>
            <dd>{t(`refusalReasons.${r.refusalReason}`)}</dd>
          </>
        )}
        {r.outcomeNote && (
          <>
            <dt>{t('fields.outcomeNote')}</dt>
            <dd className="pre">{r.outcomeNote}</dd>
          </>
        )}
        <dt>{t('fields.created')}</dt>
        <dd>{formatTime(r.createdAt)}</dd>
        {r.approvedAt && (
          <>
            <dt>{t('fields.approved')}</dt>
            <dd>{formatTime(r.approvedAt)}</dd>
          </>
        )}
        {r.sentAt && (
          <>
            <dt>{t('fields.sent')}</dt>
            <dd>{formatTime(r.sentAt)}</dd>
          </>
        )}
        {r.acknowledgedAt && (
          <>
            <dt>{t('fields.acknowledged')}</dt>
            <dd>{formatTime(r.acknowledgedAt)}</dd>
          </>
        )}
        {r.closedAt && (
          <>
            <dt>{t('fields.closed')}</dt>
            <dd>{formatTime(r.closedAt)}</dd>
          </>
        )}
      </dl>
    </section>
  );
}

function Items({ detail }: { detail: RequestDetailData }) {
  const { t } = useTranslation('requests');
  const formatTime = useFormatTime();
  const r = detail.request;
  return (
    <section className="card" aria-labelledby="items-title">
      <h2 id="items-title">{t('detail.items')}</h2>
      {r.items.length === 0 ? (
        <Empty>{t('form.noItems')}</Empty>
      ) : (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('form.selectorType')}</th>
                <th scope="col">{t('form.selectorValue')}</th>
                <th scope="col">{t('form.category')}</th>
                <th scope="col">{t('detail.window')}</th>
                <th scope="col">{t('detail.itemStatus')}</th>
              </tr>
            </thead>
            <tbody>
              {r.items.map((item, i) => (
                <tr key={i}>
                  <td>{t(`authorizations:selectorTypes.${item.selectorType}`)}</td>
                  <td>
                    <code>{item.selectorValue}</code>
                    {item.service && <small className="muted block">{item.service}</small>}
                  </td>
                  <td>{t(`authorizations:categories.${item.category}`)}</td>
                  <td>
                    {formatTime(item.windowFrom)} –<br />
                    {formatTime(item.windowTo)}
                    <small className="muted block">
                      <code>{item.windowFrom}</code>
                    </small>
                  </td>
                  <td>{t(`itemStatuses.${item.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function Productions({ detail }: { detail: RequestDetailData }) {
  const { t } = useTranslation('requests');
  const formatTime = useFormatTime();
  const list = detail.request.productions;
  return (
    <section className="card" aria-labelledby="productions-title">
      <h2 id="productions-title">{t('detail.productions')}</h2>
      {list.length === 0 ? (
        <p className="muted">{t('detail.noProductions')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('detail.exhibit')}</th>
              <th scope="col">{t('detail.providerReference')}</th>
              <th scope="col">{t('detail.receivedAt')}</th>
              <th scope="col">{t('detail.files')}</th>
              <th scope="col">{t('detail.sequesteredCount')}</th>
            </tr>
          </thead>
          <tbody>
            {list.map((p) => (
              <tr key={p.itemId}>
                <td>
                  <Link to={`/cases/${detail.request.caseId}/evidence/${p.itemId}`}>{p.exhibitNumber}</Link>
                </td>
                <td>
                  {p.providerReference} <small className="muted">({t(`channels.${p.channel}`)})</small>
                </td>
                <td>{formatTime(p.receivedAt)}</td>
                <td>{p.files}</td>
                <td>{p.sequestered > 0 ? <span className="badge warn">{p.sequestered}</span> : 0}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function Linked({ detail, caseId, canFollow }: { detail: RequestDetailData; caseId: string; canFollow: boolean }) {
  const { t } = useTranslation('requests');
  const r = detail.request;
  return (
    <section className="card" aria-labelledby="linked-title">
      <h2 id="linked-title">{t('detail.linked')}</h2>
      {detail.linked.length === 0 ? (
        <p className="muted">{t('list.noDeadline')}</p>
      ) : (
        <ul className="linked">
          {detail.linked.map((l) => (
            <li key={l.id}>
              <Link to={`/cases/${caseId}/requests/${l.id}`}>{l.reference}</Link> {t(`types.${l.type}`, { defaultValue: l.type })}{' '}
              <StatusBadge status={l.status} />
              {r.correctsRequestId === l.id && <small className="muted"> · {t('fields.corrects')}</small>}
            </li>
          ))}
        </ul>
      )}
      {canFollow && !['DRAFT', 'IN_REVIEW', 'AUTHORIZED', 'WITHDRAWN'].includes(r.status) && !r.preservation?.followUpRequestId && (
        <Link to={`/cases/${caseId}/requests/new?follows=${r.id}`} className="button">
          {t('detail.followUp')}
        </Link>
      )}
    </section>
  );
}
