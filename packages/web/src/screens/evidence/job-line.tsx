// One file's line on the upload screen: its path, size and progress, its state, the exhibit it became, and
// the buttons to pause, resume or remove it.
import { useTranslation } from 'react-i18next';
import { useSize } from '../../format';
import { Link } from '../../router';
import { ShortHash } from './evidence-shared';
import { type Job } from './job';

export function JobLine({
  caseId,
  job,
  onPause,
  onResume,
  onRemove,
}: {
  caseId: string;
  job: Job;
  onPause: () => void;
  onResume: () => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('evidence');
  const formatSize = useSize();
  const size = job.file.size;
  const sent = job.status === 'done' || job.status === 'recording' ? size : job.sent;
  const percent = size ? Math.floor((sent / size) * 100) : 100;
  return (
    <li className={`upload-item ${job.status}`}>
      <div className="upload-name">
        <span className="path" title={job.path}>
          {job.path}
        </span>
        <span className="muted small">{formatSize(size)}</span>
      </div>
      <progress max={size || 1} value={sent} aria-label={t('upload.progressOf', { name: job.path })} />
      <div className="upload-state">
        <span className={job.status === 'failed' ? 'badge bad' : job.status === 'done' ? 'badge ok-badge' : 'badge'}>
          {t(`upload.status.${job.status}`)}
        </span>{' '}
        {(job.status === 'uploading' || job.status === 'paused') && (
          <span className="small">{t('upload.bytes', { sent: formatSize(sent), size: formatSize(size), percent })}</span>
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
