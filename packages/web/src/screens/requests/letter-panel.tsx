// The letter of a request: a preview of what it will say (from the letter as data), the printed document as
// PDF or DOCX in English or Russian (downloaded, or the PDF shown in the page), and after sending, the hash of
// the document that went out.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../../api';
import { useFormatTime } from '../../format';
import { useApi } from '../../use-api';
import { ErrorNote, Loading } from '../../ui';
import { useFormatDate } from '../analysis/analysis-shared';
import { DataLinesTable } from './data-lines-table';
import { LegalBasisList } from './legal-basis-list';
import type { EvidenceRequest } from './request-model';

type Format = 'pdf' | 'docx';
type Language = 'en' | 'ru';
const MIME: Record<Format, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

function letterPath(r: EvidenceRequest, format: Format, language: Language): string {
  return `/api/cases/${encodeURIComponent(r.caseId)}/requests/${encodeURIComponent(r.id)}/letter?format=${format}&lang=${language}`;
}

export function LetterPanel({ request: r, version }: { request: EvidenceRequest; version: number }) {
  const { t } = useTranslation('requests');
  const [showPreview, setShowPreview] = useState(false);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pdf, setPdf] = useState<{ url: string; language: Language } | null>(null);
  useEffect(() => () => (pdf ? URL.revokeObjectURL(pdf.url) : undefined), [pdf]);

  async function fetchLetter(format: Format, language: Language): Promise<Blob> {
    const bytes = await api.raw(letterPath(r, format, language));
    return new Blob([bytes as BlobPart], { type: MIME[format] });
  }

  async function download(format: Format, language: Language) {
    setBusy(`${format}-${language}`);
    setError(null);
    try {
      const url = URL.createObjectURL(await fetchLetter(format, language));
      const anchor = document.createElement('a');
      anchor.href = url;
      anchor.download = `${r.reference.replace(/[^\w.-]+/g, '-')}-${language}.${format}`;
      document.body.appendChild(anchor);
      anchor.click();
      anchor.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(null);
    }
  }

  async function showPdf(language: Language) {
    setBusy(`show-${language}`);
    setError(null);
    try {
      setPdf({ url: URL.createObjectURL(await fetchLetter('pdf', language)), language });
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(null);
    }
  }

  const languageName = (l: string) => t(`letter.${l === 'ru' ? 'ru' : 'en'}`);
  return (
    <section className="card letter-panel" aria-labelledby="letter-title">
      <h2 id="letter-title">{t('letter.title')}</h2>
      <p className="muted">{t('letter.explain')}</p>
      {r.sentDocument && (
        <p className="small">
          {t('letter.sent', { format: r.sentDocument.format.toUpperCase(), language: languageName(r.sentDocument.language) })}{' '}
          <code>{r.sentDocument.sha256}</code>
        </p>
      )}
      <div className="letter-buttons">
        <button type="button" aria-expanded={showPreview} onClick={() => setShowPreview(!showPreview)}>
          {showPreview ? t('letter.hidePreview') : t('letter.preview')}
        </button>
        {(['pdf', 'docx'] as const).map((format) =>
          (['en', 'ru'] as const).map((language) => (
            <button
              key={`${format}-${language}`}
              type="button"
              disabled={busy !== null}
              onClick={() => void download(format, language)}
              aria-label={`${t('letter.download')} ${t('letter.downloadAs', { format: t(`letter.${format}`), language: languageName(language) })}`}
            >
              ↓ {t('letter.downloadAs', { format: t(`letter.${format}`), language: languageName(language) })}
            </button>
          )),
        )}
        {(['en', 'ru'] as const).map((language) => (
          <button key={`show-${language}`} type="button" disabled={busy !== null} onClick={() => void showPdf(language)}>
            {t('letter.showPdf', { language: languageName(language) })}
          </button>
        ))}
      </div>
      <ErrorNote message={error} />
      {showPreview && <LetterPreview request={r} version={version} />}
      {pdf && <iframe className="letter-pdf" src={pdf.url} title={t('letter.pdfTitle', { reference: r.reference })} key={pdf.url} />}
    </section>
  );
}

function LetterPreview({ request: r, version }: { request: EvidenceRequest; version: number }) {
  const { t } = useTranslation('requests');
  const formatDate = useFormatDate();
  const formatTime = useFormatTime();
  const letter = useApi(() => api.call('requestLetter', { params: { caseId: r.caseId, requestId: r.id } }), [r.caseId, r.id, version]);
  if (letter.error) return <ErrorNote message={letter.error} />;
  if (!letter.data) return <Loading />;
  const l = letter.data;
  return (
    <article className="letter" aria-label={t('letter.preview')}>
      <header>
        <p className="letter-ref">
          <strong>{l.reference}</strong> · {t(`types.${l.type}`)} · {t(`urgencies.${l.urgency}`)}
        </p>
        <dl className="pairs">
          <dt>{t('letter.issued')}</dt>
          <dd>{formatDate(l.issuedAt)}</dd>
          <dt>{t('letter.caseReference')}</dt>
          <dd>{l.caseReference}</dd>
          <dt>{t('letter.from')}</dt>
          <dd>
            {l.requestingAuthority.name}, {l.requestingAuthority.unit} ({l.requestingAuthority.country}) —{' '}
            {l.requestingAuthority.officer.name}
            {l.requestingAuthority.officer.position && `, ${l.requestingAuthority.officer.position}`}
          </dd>
          <dt>{t('letter.to')}</dt>
          <dd>
            {l.addressee.name}
            {l.addressee.legalEntity && ` — ${l.addressee.legalEntity}`} ({l.addressee.country})
            {l.addressee.reference && ` · ${l.addressee.reference}`}
          </dd>
          <dt>{t('fields.legalBasis')}</dt>
          <dd>
            <LegalBasisList bases={l.legalBasis} />
          </dd>
          {l.authorization && (
            <>
              <dt>{t('fields.authorization')}</dt>
              <dd>
                {t(`authorizations:types.${l.authorization.type}`)} {l.authorization.number}, {l.authorization.issuedBy},{' '}
                {formatDate(l.authorization.issuedAt)}
              </dd>
            </>
          )}
          <dt>{t('fields.offence')}</dt>
          <dd>
            {l.offence.nationalArticle}
            {l.offence.summaryOfFacts && <p className="pre">{l.offence.summaryOfFacts}</p>}
          </dd>
          <dt>{t('fields.necessity')}</dt>
          <dd className="pre">{l.necessityStatement}</dd>
          <dt>{t('fields.proportionality')}</dt>
          <dd className="pre">{l.proportionalityStatement}</dd>
          <dt>{t('fields.relation')}</dt>
          <dd className="pre">{l.relationToOffence}</dd>
          {Object.entries(l.extra).map(([k, v]) => (
            <div key={k} className="contents">
              <dt>{t(`extra.${k}`, { defaultValue: k })}</dt>
              <dd className="pre">{v}</dd>
            </div>
          ))}
          <dt>{t('fields.confidentiality')}</dt>
          <dd>
            {l.confidentiality.nonDisclosureRequested ? t('fields.nonDisclosureAsked') : t('fields.nonDisclosureNotAsked')}
            {l.confidentiality.reason && ` — ${l.confidentiality.reason}`}
          </dd>
          {l.emergency && (
            <>
              <dt>{t('fields.emergency')}</dt>
              <dd className="pre">
                {l.emergency.natureOfThreat}
                {'\n'}
                {l.emergency.howDataAverts}
                {'\n'}
                {t('fields.attestedBy')}: {l.emergency.attestedBy.name} · {t('fields.followUpDue')}:{' '}
                {formatTime(l.emergency.followUpProcessDue)}
              </dd>
            </>
          )}
          {l.linkedReferences.length > 0 && (
            <>
              <dt>{t('letter.linkedReferences')}</dt>
              <dd>{l.linkedReferences.join(', ')}</dd>
            </>
          )}
        </dl>
      </header>
      <h3>{t('letter.items')}</h3>
      <DataLinesTable lines={l.items} />
    </article>
  );
}
