// Taking files and folders into a case from the browser: each file goes up over tus (resumable, in chunks,
// resumed after a dropped connection or a reload), then the server seals it as an exhibit and compares the
// SHA-256 we computed here with its own. Acquisition details are recorded with every file.
import { useEffect, useRef, useState, type DragEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Upload as TusUpload, type DetailedError } from 'tus-js-client';
import { ApiError } from '@tamga/api';
import { api, errorMessage } from '../../api';
import { formatBytes } from '../../format';
import { Link } from '../../router';
import { useSession } from '../../session';
import { useApi } from '../../use-api';
import { ErrorNote, Field, Select, TextArea } from '../../ui';
import { CaseFrame } from '../cases/case-frame';
import { ShortHash } from './evidence-shared';

const UPLOADS = '/api/uploads';
const CHUNK = 8 * 1024 * 1024;
/** Files hashed in the browser before they go (the Web Crypto digest needs the whole file in memory). */
const HASH_LIMIT = 512 * 1024 * 1024;
const PARALLEL = 2;
const METHODS = [
  'UPLOAD',
  'LOGICAL',
  'FILE_SYSTEM',
  'SELECTIVE',
  'PHYSICAL',
  'LIVE_VOLATILE',
  'MEMORY',
  'CLOUD_REMOTE',
  'OSINT_CAPTURE',
  'PROVIDER_PRODUCTION',
] as const;
type Method = (typeof METHODS)[number];

/** Thrown into a file's upload when the user pauses it, so the queue moves on to the next file. */
class Paused extends Error {}

type JobStatus = 'ready' | 'hashing' | 'uploading' | 'paused' | 'recording' | 'done' | 'failed';

interface Job {
  key: string;
  file: File;
  /** The path inside a chosen or dropped folder, or the file's name. */
  path: string;
  status: JobStatus;
  sent: number;
  sha256?: string;
  error?: string;
  result?: { id: string; exhibitNumber: string; alreadyPresent: boolean; verification: string };
}

/** The CSRF token of this session, which tus requests must carry like every changing request. */
export async function csrfToken(): Promise<string> {
  const { session } = await api.call('whoami');
  if (!session) throw new ApiError({ code: 'SESSION_EXPIRED', message: 'Session ended', status: 401 });
  return session.csrfToken;
}

async function sha256Hex(file: File): Promise<string | undefined> {
  if (!window.isSecureContext || !crypto.subtle || file.size > HASH_LIMIT) return undefined;
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** An error of the tus endpoint in the app's words: the server answers with its usual error body. */
function tusError(error: Error | DetailedError): string {
  const response = (error as DetailedError).originalResponse;
  if (response) {
    try {
      const body = JSON.parse(response.getBody()) as { error?: { code: string; message: string; status: number } };
      if (body.error) return errorMessage(new ApiError(body.error));
    } catch {
      // not JSON: fall through
    }
    return errorMessage(new ApiError({ code: 'HTTP_ERROR', message: `HTTP ${response.getStatus()}`, status: response.getStatus() }));
  }
  return errorMessage(error);
}

/** Every file under a dropped entry, with its path inside the drop. */
async function filesOf(entry: FileSystemEntry): Promise<Array<{ file: File; path: string }>> {
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject));
    return [{ file, path: entry.fullPath.replace(/^\//, '') }];
  }
  const reader = (entry as FileSystemDirectoryEntry).createReader();
  const out: Array<{ file: File; path: string }> = [];
  // readEntries answers in batches until it answers with none.
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0) break;
    for (const child of batch) out.push(...(await filesOf(child)));
  }
  return out;
}

export function Upload({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation('evidence');
  const { user } = useSession();
  const authorizations = useApi(() => api.call('listAuthorizations', { params: { caseId } }), [caseId]);
  const [jobs, setJobs] = useState<Job[]>([]);
  const [dragging, setDragging] = useState(false);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [scanning, setScanning] = useState(false);
  const uploads = useRef(new Map<string, TusUpload>());
  const pauses = useRef(new Map<string, () => void>());
  const token = useRef<string | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const folderInput = useRef<HTMLInputElement>(null);

  // Acquisition: what the examiner states about where the files came from.
  const [device, setDevice] = useState('');
  const [make, setMake] = useState('');
  const [model, setModel] = useState('');
  const [serial, setSerial] = useState('');
  const [method, setMethod] = useState<Method>('UPLOAD');
  const [location, setLocation] = useState('');
  const [setting, setSetting] = useState<'' | 'ON_SITE' | 'LAB'>('');
  const [toolName, setToolName] = useState('');
  const [toolVersion, setToolVersion] = useState('');
  const [writeBlocker, setWriteBlocker] = useState('');
  const [notes, setNotes] = useState('');
  const [exhibitNumber, setExhibitNumber] = useState('');
  const [authorizationId, setAuthorizationId] = useState('');
  const [production, setProduction] = useState(false);
  const [provider, setProvider] = useState('');
  const [providerReference, setProviderReference] = useState('');
  const [channel, setChannel] = useState('');

  const update = (key: string, change: Partial<Job>) => setJobs((all) => all.map((j) => (j.key === key ? { ...j, ...change } : j)));

  const active = jobs.some((j) => j.status === 'hashing' || j.status === 'uploading' || j.status === 'recording');
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
  // Leaving the screen pauses what is on its way; coming back with the same files resumes it.
  useEffect(() => {
    const map = uploads.current;
    return () => {
      for (const upload of map.values()) void upload.abort();
    };
  }, []);

  const folderRef = (input: HTMLInputElement | null) => {
    folderInput.current = input;
    input?.setAttribute('webkitdirectory', '');
  };

  function add(found: Array<{ file: File; path: string }>) {
    setJobs((all) => {
      const known = new Set(all.map((j) => j.key));
      const next = [...all];
      for (const { file, path } of found) {
        const key = `${path}|${file.size}|${file.lastModified}`;
        if (known.has(key)) continue;
        known.add(key);
        next.push({ key, file, path, status: 'ready', sent: 0 });
      }
      return next;
    });
  }

  function onDrop(event: DragEvent<HTMLDivElement>) {
    event.preventDefault();
    setDragging(false);
    // Entries must be taken while the drop event lasts; reading them may take longer.
    const entries = [...event.dataTransfer.items].map((i) => i.webkitGetAsEntry?.()).filter((e): e is FileSystemEntry => !!e);
    if (entries.length === 0) {
      add([...event.dataTransfer.files].map((file) => ({ file, path: file.name })));
      return;
    }
    setScanning(true);
    Promise.all(entries.map(filesOf))
      .then((lists) => add(lists.flat()))
      .catch(() => setError(t('upload.dropFailed')))
      .finally(() => setScanning(false));
  }

  function acquisition() {
    const sourceDevice = {
      ...(device.trim() ? { description: device.trim() } : {}),
      ...(make.trim() ? { make: make.trim() } : {}),
      ...(model.trim() ? { model: model.trim() } : {}),
      ...(serial.trim() ? { serial: serial.trim() } : {}),
    };
    return {
      method: production && method === 'UPLOAD' ? ('PROVIDER_PRODUCTION' as const) : method,
      ...(Object.keys(sourceDevice).length ? { sourceDevice } : {}),
      ...(location.trim() ? { location: location.trim() } : {}),
      ...(setting ? { setting } : {}),
      ...(toolName.trim() ? { tool: { name: toolName.trim(), version: toolVersion.trim() } } : {}),
      ...(writeBlocker.trim() ? { writeBlocker: writeBlocker.trim() } : {}),
      ...(notes.trim() ? { notes: notes.trim() } : {}),
      ...(production
        ? {
            production: {
              provider: provider.trim(),
              reference: providerReference.trim(),
              channel: channel.trim(),
              receivedAt: new Date().toISOString(),
            },
          }
        : {}),
    };
  }

  /** Sends one file over tus (resuming an earlier upload of the same file) and records it as an exhibit. */
  async function run(job: Job, single: boolean): Promise<void> {
    try {
      let sha256 = job.sha256;
      if (!sha256 && job.file.size <= HASH_LIMIT) {
        update(job.key, { status: 'hashing', error: undefined });
        sha256 = await sha256Hex(job.file);
      }
      update(job.key, { status: 'uploading', sha256, error: undefined });
      token.current ??= await csrfToken();
      const uploadId = await new Promise<string>((resolve, reject) => {
        const upload = new TusUpload(job.file, {
          endpoint: UPLOADS,
          chunkSize: CHUNK,
          retryDelays: [0, 1000, 3000, 5000, 10000, 20000],
          headers: { 'x-csrf-token': token.current ?? '' },
          metadata: { filename: job.path, filetype: job.file.type || 'application/octet-stream' },
          // The path inside the folder tells apart files of the same name and size; the user, whose upload it is.
          fingerprint: async () => ['tamga', user?.id ?? '', job.path, job.file.size, job.file.lastModified].join('|'),
          removeFingerprintOnSuccess: true,
          onShouldRetry: (err) => {
            const status = err.originalResponse?.getStatus() ?? 0;
            return status === 0 || status === 409 || status === 423 || status >= 500;
          },
          onProgress: (sent) => update(job.key, { sent }),
          onSuccess: () => resolve((upload.url ?? '').split('/').pop() ?? ''),
          onError: (err) => reject(new Error(tusError(err))),
        });
        uploads.current.set(job.key, upload);
        pauses.current.set(job.key, () => reject(new Paused()));
        upload.findPreviousUploads().then(
          (previous) => {
            if (previous[0]) upload.resumeFromPreviousUpload(previous[0]);
            upload.start();
          },
          () => upload.start(),
        );
      });
      uploads.current.delete(job.key);
      pauses.current.delete(job.key);
      update(job.key, { status: 'recording', sent: job.file.size });
      const result = await api.call('completeUpload', {
        params: { caseId },
        body: {
          uploadId,
          name: job.path.slice(0, 1000),
          acquisition: { ...acquisition(), ...(sha256 ? { sourceHashes: [{ algorithm: 'SHA256' as const, value: sha256 }] } : {}) },
          ...(single && exhibitNumber.trim() ? { exhibitNumber: exhibitNumber.trim() } : {}),
          ...(authorizationId ? { authorizationId } : {}),
          ...(production ? { production: true } : {}),
        },
      });
      update(job.key, {
        status: 'done',
        result: {
          id: result.root.id,
          exhibitNumber: result.root.exhibitNumber,
          alreadyPresent: result.alreadyPresent > 0,
          verification: result.root.acquisition.verification.result,
        },
      });
    } catch (failure) {
      uploads.current.delete(job.key);
      pauses.current.delete(job.key);
      if (failure instanceof Paused) return;
      // A pause aborts the upload without an error; anything else is shown on the file's line.
      setJobs((all) =>
        all.map((j) =>
          j.key === job.key && j.status !== 'paused'
            ? {
                ...j,
                status: 'failed',
                error: failure instanceof ApiError ? errorMessage(failure) : (failure as Error).message || errorMessage(failure),
              }
            : j,
        ),
      );
      if (failure instanceof ApiError && (failure.code === 'CSRF_REJECTED' || failure.code === 'SESSION_EXPIRED')) token.current = null;
    }
  }

  async function start(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const todo = jobs.filter((j) => j.status === 'ready' || j.status === 'failed');
    if (todo.length === 0) return;
    setRunning(true);
    const single = jobs.length === 1;
    const queue = [...todo];
    const worker = async () => {
      for (let job = queue.shift(); job; job = queue.shift()) await run(job, single);
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, queue.length) }, worker));
    setRunning(false);
  }

  function pause(job: Job) {
    update(job.key, { status: 'paused' });
    void uploads.current.get(job.key)?.abort();
    pauses.current.get(job.key)?.();
  }

  /** Starts the file again: tus asks the server how far it got and sends only the rest. */
  function resume(job: Job) {
    void run(job, jobs.length === 1);
  }

  const total = jobs.reduce((n, j) => n + j.file.size, 0);
  const sent = jobs.reduce((n, j) => n + (j.status === 'done' ? j.file.size : j.sent), 0);
  const waiting = jobs.filter((j) => j.status === 'ready' || j.status === 'failed').length;
  const done = jobs.filter((j) => j.status === 'done');
  const usable =
    authorizations.data?.filter((a) => !a.revokedAt && a.measures.includes(production ? 'PRODUCTION' : 'SEARCH_SEIZURE')) ?? [];
  const language = i18n.language;

  return (
    <CaseFrame caseId={caseId}>
      <div className="ev">
        <form className="upload" onSubmit={(e) => void start(e)}>
          <section className="card" aria-labelledby="upload-files-title">
            <h2 id="upload-files-title">{t('upload.files')}</h2>
            <div
              className={dragging ? 'drop-zone dragging' : 'drop-zone'}
              onDragOver={(e) => {
                e.preventDefault();
                setDragging(true);
              }}
              onDragLeave={() => setDragging(false)}
              onDrop={onDrop}
              aria-describedby="drop-hint"
            >
              <p id="drop-hint">{t('upload.dropHint')}</p>
              <div className="actions">
                <button type="button" onClick={() => fileInput.current?.click()} disabled={running}>
                  {t('upload.chooseFiles')}
                </button>
                <button type="button" onClick={() => folderInput.current?.click()} disabled={running}>
                  {t('upload.chooseFolder')}
                </button>
              </div>
              <input
                ref={fileInput}
                type="file"
                multiple
                hidden
                aria-label={t('upload.chooseFiles')}
                onChange={(e) => {
                  add([...(e.target.files ?? [])].map((file) => ({ file, path: file.name })));
                  e.target.value = '';
                }}
              />
              <input
                ref={folderRef}
                type="file"
                multiple
                hidden
                aria-label={t('upload.chooseFolder')}
                onChange={(e) => {
                  add([...(e.target.files ?? [])].map((file) => ({ file, path: file.webkitRelativePath || file.name })));
                  e.target.value = '';
                }}
              />
              {scanning && <p className="muted">{t('upload.scanning')}</p>}
            </div>
            <p className="muted small">{t('upload.eachFile')}</p>
            {jobs.length > 0 && (
              <>
                <div className="upload-total" role="status" aria-live="polite">
                  {t('upload.total', {
                    count: jobs.length,
                    size: formatBytes(total, language),
                    sent: formatBytes(sent, language),
                    percent: total ? Math.floor((sent / total) * 100) : 100,
                  })}
                </div>
                <ul className="upload-list">
                  {jobs.map((job) => (
                    <JobLine
                      key={job.key}
                      caseId={caseId}
                      job={job}
                      language={language}
                      onPause={() => pause(job)}
                      onResume={() => resume(job)}
                      onRemove={() => setJobs((all) => all.filter((j) => j.key !== job.key))}
                    />
                  ))}
                </ul>
              </>
            )}
          </section>

          <section className="card form-grid" aria-labelledby="acquisition-form-title">
            <h2 id="acquisition-form-title" className="wide">
              {t('upload.acquisition')}
            </h2>
            <p className="muted small wide">{t('upload.acquisitionHint')}</p>
            <Field
              label={t('device.description')}
              value={device}
              onChange={(e) => setDevice(e.target.value)}
              maxLength={500}
              hint={t('upload.deviceHint')}
            />
            <Select label={t('detail.method')} value={method} onChange={(e) => setMethod(e.target.value as Method)}>
              {METHODS.map((m) => (
                <option key={m} value={m}>
                  {t(`methods.${m}`)}
                </option>
              ))}
            </Select>
            <Field label={t('device.make')} value={make} onChange={(e) => setMake(e.target.value)} maxLength={200} />
            <Field label={t('device.model')} value={model} onChange={(e) => setModel(e.target.value)} maxLength={200} />
            <Field label={t('device.serial')} value={serial} onChange={(e) => setSerial(e.target.value)} maxLength={200} />
            <Field label={t('detail.location')} value={location} onChange={(e) => setLocation(e.target.value)} maxLength={500} />
            <Select label={t('detail.setting')} value={setting} onChange={(e) => setSetting(e.target.value as '' | 'ON_SITE' | 'LAB')}>
              <option value="">{t('upload.notStated')}</option>
              <option value="ON_SITE">{t('settings.ON_SITE')}</option>
              <option value="LAB">{t('settings.LAB')}</option>
            </Select>
            <Field
              label={t('detail.writeBlocker')}
              value={writeBlocker}
              onChange={(e) => setWriteBlocker(e.target.value)}
              maxLength={200}
            />
            <Field
              label={t('upload.toolName')}
              value={toolName}
              onChange={(e) => setToolName(e.target.value)}
              maxLength={200}
              hint={t('upload.toolHint')}
            />
            <Field label={t('upload.toolVersion')} value={toolVersion} onChange={(e) => setToolVersion(e.target.value)} maxLength={100} />
            <div className="wide">
              <TextArea label={t('detail.notes')} value={notes} onChange={(e) => setNotes(e.target.value)} rows={3} maxLength={10000} />
            </div>
            <Select label={t('upload.authorization')} value={authorizationId} onChange={(e) => setAuthorizationId(e.target.value)}>
              <option value="">{t('upload.anyAuthorization')}</option>
              {usable.map((a) => (
                <option key={a.id} value={a.id}>
                  {t(`upload.authorizationOption`, { number: a.number, body: a.issuedBy.body })}
                </option>
              ))}
            </Select>
            {jobs.length <= 1 ? (
              <Field
                label={t('upload.exhibitNumber')}
                value={exhibitNumber}
                onChange={(e) => setExhibitNumber(e.target.value)}
                maxLength={100}
                hint={t('upload.exhibitHint')}
              />
            ) : (
              <p className="muted small">{t('upload.exhibitsNumbered')}</p>
            )}
            <ErrorNote message={authorizations.error} />
            <fieldset className="wide">
              <legend>{t('upload.productionTitle')}</legend>
              <div className="field inline">
                <input id="upload-production" type="checkbox" checked={production} onChange={(e) => setProduction(e.target.checked)} />
                <label htmlFor="upload-production">{t('upload.production')}</label>
              </div>
              {production && (
                <div className="form-grid">
                  <Field
                    label={t('upload.provider')}
                    value={provider}
                    onChange={(e) => setProvider(e.target.value)}
                    required
                    maxLength={200}
                  />
                  <Field
                    label={t('upload.providerReference')}
                    value={providerReference}
                    onChange={(e) => setProviderReference(e.target.value)}
                    maxLength={200}
                  />
                  <Field label={t('upload.channel')} value={channel} onChange={(e) => setChannel(e.target.value)} maxLength={200} />
                </div>
              )}
            </fieldset>
          </section>

          <ErrorNote message={error} />
          <div className="actions upload-actions">
            <button type="submit" className="primary" disabled={running || waiting === 0}>
              {running ? t('upload.uploading') : waiting === 0 ? t('upload.startNone') : t('upload.start', { count: waiting })}
            </button>
            {done.length > 0 && (
              <Link to={`/cases/${caseId}/evidence`} className="button">
                {t('upload.toExhibits')}
              </Link>
            )}
          </div>
        </form>
      </div>
    </CaseFrame>
  );
}

function JobLine({
  caseId,
  job,
  language,
  onPause,
  onResume,
  onRemove,
}: {
  caseId: string;
  job: Job;
  language: string;
  onPause: () => void;
  onResume: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('evidence');
  const size = job.file.size;
  const sent = job.status === 'done' || job.status === 'recording' ? size : job.sent;
  const percent = size ? Math.floor((sent / size) * 100) : 100;
  return (
    <li className={`upload-item ${job.status}`}>
      <div className="upload-name">
        <span className="path" title={job.path}>
          {job.path}
        </span>
        <span className="muted small">{formatBytes(size, language)}</span>
      </div>
      <progress max={size || 1} value={sent} aria-label={t('upload.progressOf', { name: job.path })} />
      <div className="upload-state">
        <span className={job.status === 'failed' ? 'badge bad' : job.status === 'done' ? 'badge ok-badge' : 'badge'}>
          {t(`upload.status.${job.status}`)}
        </span>{' '}
        {(job.status === 'uploading' || job.status === 'paused') && (
          <span className="small">
            {t('upload.bytes', { sent: formatBytes(sent, language), size: formatBytes(size, language), percent })}
          </span>
        )}
        {job.result && (
          <>
            <Link to={`/cases/${caseId}/evidence/${job.result.id}`}>{job.result.exhibitNumber}</Link>
            {job.result.alreadyPresent && <span className="muted small"> {t('upload.alreadyPresent')}</span>}
            {job.result.verification === 'MATCH' && <span className="badge ok-badge">{t('upload.hashConfirmed')}</span>}
            {job.result.verification === 'MISMATCH' && <span className="badge bad">{t('upload.hashMismatch')}</span>}
          </>
        )}
        {job.sha256 && job.status !== 'done' && (
          <span className="small muted">
            {' '}
            SHA-256 <ShortHash value={job.sha256} />
          </span>
        )}
        {job.error && <span className="error-text small"> {job.error}</span>}
      </div>
      <div className="upload-buttons">
        {job.status === 'uploading' && (
          <button type="button" onClick={onPause} aria-label={t('upload.pauseNamed', { name: job.path })}>
            {t('upload.pause')}
          </button>
        )}
        {job.status === 'paused' && (
          <button type="button" onClick={onResume} aria-label={t('upload.resumeNamed', { name: job.path })}>
            {t('upload.resume')}
          </button>
        )}
        {(job.status === 'ready' || job.status === 'failed') && (
          <button type="button" onClick={onRemove} aria-label={t('upload.removeNamed', { name: job.path })}>
            {t('upload.remove')}
          </button>
        )}
      </div>
    </li>
  );
}
