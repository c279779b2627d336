// Every field of a request as label and value: authority, addressee, legal basis, authorisation, offence,
// statements, confidentiality, emergency, outcome and the times of its steps.
import { useTranslation } from 'react-i18next';
import { useFormatTime } from '../../format';
import { Link } from '../../router';
import { useFormatDate } from '../analysis/analysis-shared';
import { LegalBasisList } from './legal-basis-list';
import type { RequestDetailData } from './request-model';

export function RequestFields({ detail, authorizationLabel }: { detail: RequestDetailData; authorizationLabel: string }) {
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
          <LegalBasisList bases={r.legalBasis} />
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
