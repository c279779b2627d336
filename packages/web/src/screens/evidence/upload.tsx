// Taking files and folders into a case from the browser: each file goes up over tus (resumable, in chunks,
// resumed after a dropped connection or a reload), then the server seals it as an exhibit and compares the
// SHA-256 we computed here with its own. Acquisition details are recorded with every file.
import { useRef, useState, type DragEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useSize } from '../../format';
import { Link } from '../../router';
import { useApi } from '../../use-api';
import { ErrorNote, Field, Select, TextArea } from '../../ui';
import { CaseFrame } from '../cases/case-frame';
import { filesOf } from './files-of';
import { JobLine } from './job-line';
import { useUploads } from './use-uploads';

export { csrfToken } from './csrf-token';

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

export function Upload({ caseId }: { caseId: string }) {
  const { t } = useTranslation('evidence');
  const formatSize = useSize();
  const authorizations = useApi(() => api.call('listAuthorizations', { params: { caseId } }), [caseId]);
  const [dragging, setDragging] = useState(false);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [scanning, setScanning] = useState(false);
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

  const { jobs, setJobs, add, run, pause, resume } = useUploads(caseId, { acquisition, exhibitNumber, authorizationId, production });

  const folderRef = (input: HTMLInputElement | null) => {
    folderInput.current = input;
    input?.setAttribute('webkitdirectory', '');
  };

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

  const total = jobs.reduce((n, j) => n + j.file.size, 0);
  const sent = jobs.reduce((n, j) => n + (j.status === 'done' ? j.file.size : j.sent), 0);
  const waiting = jobs.filter((j) => j.status === 'ready' || j.status === 'failed').length;
  const done = jobs.filter((j) => j.status === 'done');
  const usable =
    authorizations.data?.filter((a) => !a.revokedAt && a.measures.includes(production ? 'PRODUCTION' : 'SEARCH_SEIZURE')) ?? [];

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
                    size: formatSize(total),
                    sent: formatSize(sent),
                    percent: total ? Math.floor((sent / total) * 100) : 100,
                  })}
                </div>
                <ul className="upload-list">
                  {jobs.map((job) => (
                    <JobLine
                      key={job.key}
                      caseId={caseId}
                      job={job}
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
