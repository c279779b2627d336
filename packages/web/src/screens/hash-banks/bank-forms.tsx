// The administrator's forms on the hash banks screen: a new bank, and an import of a list into one.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteOutput, Routes } from '@tamga/api';
import { api, errorMessage } from '../../api';
import { ErrorNote, Field, Select, TextArea } from '../../ui';
import { sendFile } from './send-file';

type Bank = RouteOutput<Routes['listBanks']>['banks'][number];
type ImportResult = RouteOutput<Routes['importBankUpload']>;
const MEANINGS = ['known-illegal', 'known-terrorist', 'known-software', 'case-specific'] as const;

export function CreateBank({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation('hash-banks');
  const [name, setName] = useState('');
  const [meaning, setMeaning] = useState<(typeof MEANINGS)[number]>('known-terrorist');
  const [source, setSource] = useState('');
  const [licence, setLicence] = useState('');
  const [description, setDescription] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    setDone(null);
    api
      .call('createBank', {
        body: {
          name: name.trim(),
          meaning,
          source: source.trim(),
          licence: licence.trim(),
          ...(description.trim() ? { description: description.trim() } : {}),
        },
      })
      .then(
        (bank) => {
          setDone(t('banks.create.created', { name: bank.name }));
          setName('');
          setDescription('');
          onCreated();
        },
        (failure: unknown) => setError(errorMessage(failure)),
      );
  };
  return (
    <form className="card" aria-labelledby="new-bank-title" onSubmit={submit}>
      <h2 id="new-bank-title">{t('banks.create.title')}</h2>
      <div className="grid-2">
        <Field
          label={t('banks.create.name')}
          hint={t('banks.create.nameHint')}
          value={name}
          onChange={(e) => setName(e.target.value.toUpperCase())}
          required
          pattern="[A-Z0-9_]{2,64}"
        />
        <Select label={t('banks.meaning')} value={meaning} onChange={(e) => setMeaning(e.target.value as typeof meaning)}>
          {MEANINGS.map((m) => (
            <option key={m} value={m}>
              {t(`meanings.${m}`)}
            </option>
          ))}
        </Select>
        <Field label={t('banks.source')} value={source} onChange={(e) => setSource(e.target.value)} required maxLength={500} />
        <Field label={t('banks.licence')} value={licence} onChange={(e) => setLicence(e.target.value)} required maxLength={500} />
      </div>
      <TextArea
        label={t('banks.create.description')}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        rows={2}
        maxLength={2000}
      />
      <ErrorNote message={error} />
      {done && (
        <p className="ok-note" role="status">
          {done}
        </p>
      )}
      <div className="actions">
        <button type="submit" className="primary">
          {t('banks.create.submit')}
        </button>
      </div>
    </form>
  );
}

export function ImportHashes({ banks, onImported }: { banks: Bank[]; onImported: () => void }) {
  const { t } = useTranslation('hash-banks');
  const [bankId, setBankId] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [pdq, setPdq] = useState(false);
  const [progress, setProgress] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const chosen = bankId || banks[0]?.id || '';
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file || !chosen) return;
    setError(null);
    setResult(null);
    try {
      setProgress(t('banks.import.sending', { percent: 0 }));
      const uploadId = await sendFile(file, (sent) =>
        setProgress(t('banks.import.sending', { percent: file.size ? Math.floor((sent / file.size) * 100) : 100 })),
      );
      setProgress(t('banks.import.importing'));
      const imported = await api.call('importBankUpload', {
        params: { bankId: chosen },
        body: { uploadId, name: file.name.slice(0, 500), ...(pdq ? { signal: 'pdq' as const } : {}) },
      });
      setResult(imported);
      onImported();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setProgress(null);
    }
  };
  return (
    <form className="card" aria-labelledby="import-title" onSubmit={(e) => void submit(e)}>
      <h2 id="import-title">{t('banks.import.title')}</h2>
      <div className="grid-2">
        <Select label={t('banks.import.bank')} value={chosen} onChange={(e) => setBankId(e.target.value)}>
          {banks.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </Select>
        <Select label={t('banks.import.signal')} value={pdq ? 'pdq' : 'auto'} onChange={(e) => setPdq(e.target.value === 'pdq')}>
          <option value="auto">{t('banks.import.signalAuto')}</option>
          <option value="pdq">{t('banks.import.signalPdq')}</option>
        </Select>
      </div>
      <div className="field">
        <label htmlFor="import-file">{t('banks.import.file')}</label>
        <input id="import-file" type="file" onChange={(e) => setFile(e.target.files?.[0] ?? null)} aria-describedby="import-file-hint" />
        <small id="import-file-hint">{t('banks.import.fileHint')}</small>
      </div>
      <ErrorNote message={error} />
      {progress && (
        <p role="status" className="muted">
          {progress}
        </p>
      )}
      {result && (
        <div role="status" className="ok-note">
          <p>
            {t('banks.import.done', {
              version: result.version,
              name: result.bank.name,
              count: result.added,
              duplicates: result.duplicates,
              invalid: result.invalid,
            })}
          </p>
          {result.invalidLines.length > 0 && (
            <details>
              <summary>{t('banks.import.invalidLines')}</summary>
              <ul className="small">
                {result.invalidLines.slice(0, 50).map((l) => (
                  <li key={l.line}>{t('banks.import.line', { line: l.line, reason: l.reason })}</li>
                ))}
              </ul>
            </details>
          )}
        </div>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={!file || !chosen || progress !== null}>
          {t('banks.import.submit')}
        </button>
      </div>
    </form>
  );
}
