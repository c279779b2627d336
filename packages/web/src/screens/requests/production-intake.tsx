// Taking in what an addressee produced: the file is uploaded (tus), then taken in as evidence answering this
// request, with the provider's reference and channel as provenance; files named as outside the request are
// sequestered at intake.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { ErrorNote, Field, Select, TextArea } from '../../ui';
import { sentFileTimes } from '../evidence/sent-file-times';
import { sendFile } from '../hash-banks/send-file';
import { CHANNELS, requestError, type Channel, type EvidenceRequest } from './request-model';

export function ProductionIntake({ request: r, onReceived }: { request: EvidenceRequest; onReceived: () => void }) {
  const { t } = useTranslation('requests');
  const [file, setFile] = useState<File | null>(null);
  const [providerReference, setProviderReference] = useState(r.addressee.reference ?? '');
  const [channel, setChannel] = useState<Channel>(r.addressee.channel);
  const [receivedAt, setReceivedAt] = useState('');
  const [exhibitNumber, setExhibitNumber] = useState('');
  const [outOfScope, setOutOfScope] = useState('');
  const [reason, setReason] = useState('');
  const [progress, setProgress] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [failure, setError] = useState<unknown>(null);
  const error = failure ? requestError(failure) : null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file || !providerReference.trim()) return;
    setError(null);
    setDone(null);
    try {
      setProgress(t('production.sending', { percent: 0 }));
      const uploadId = await sendFile(file, (sent) =>
        setProgress(t('production.sending', { percent: Math.floor((sent / Math.max(file.size, 1)) * 100) })),
      );
      setProgress(t('production.taking'));
      const names = outOfScope
        .split('\n')
        .map((n) => n.trim())
        .filter(Boolean);
      const at = receivedAt ? new Date(receivedAt) : null;
      const result = await api.call('receiveProduction', {
        params: { caseId: r.caseId, requestId: r.id },
        body: {
          uploadId,
          name: file.name,
          fileTimes: sentFileTimes(file),
          providerReference: providerReference.trim(),
          channel,
          ...(at && !Number.isNaN(at.getTime()) ? { receivedAt: at.toISOString() } : {}),
          ...(names.length ? { outOfScope: names, ...(reason.trim() ? { outOfScopeReason: reason.trim() } : {}) } : {}),
          ...(exhibitNumber.trim() ? { exhibitNumber: exhibitNumber.trim() } : {}),
        },
      });
      setDone(
        t('production.done', {
          exhibit: result.root.exhibitNumber,
          files: result.files.length,
          count: result.sequestered.length,
        }),
      );
      setFile(null);
      onReceived();
    } catch (failure) {
      setError(failure);
    } finally {
      setProgress(null);
    }
  }

  return (
    <form className="card production-form" onSubmit={(e) => void submit(e)} aria-labelledby="production-title">
      <h2 id="production-title">{t('production.title')}</h2>
      <p className="muted">{t('production.explain')}</p>
      <div className="form-grid">
        <Field label={t('production.file')} type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} required />
        <Field
          label={t('production.providerReference')}
          value={providerReference}
          onChange={(e) => setProviderReference(e.target.value)}
          required
          maxLength={300}
        />
        <Select label={t('production.channel')} value={channel} onChange={(e) => setChannel(e.target.value as Channel)}>
          {CHANNELS.map((c) => (
            <option key={c} value={c}>
              {t(`channels.${c}`)}
            </option>
          ))}
        </Select>
        <Field
          label={t('production.receivedAt')}
          type="datetime-local"
          value={receivedAt}
          onChange={(e) => setReceivedAt(e.target.value)}
        />
        <Field
          label={t('production.exhibitNumber')}
          value={exhibitNumber}
          onChange={(e) => setExhibitNumber(e.target.value)}
          maxLength={100}
        />
        <span />
        <TextArea label={t('production.outOfScope')} rows={3} value={outOfScope} onChange={(e) => setOutOfScope(e.target.value)} />
        <TextArea
          label={t('production.outOfScopeReason')}
          rows={3}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={2000}
        />
      </div>
      <ErrorNote message={error} />
      {progress && (
        <p className="muted" aria-live="polite">
          {progress}
        </p>
      )}
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={!file || !providerReference.trim() || progress !== null}>
          {t('production.submit')}
        </button>
      </div>
    </form>
  );
}
