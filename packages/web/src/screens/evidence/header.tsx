// The exhibit's title line: its number, name, kind, size and custody badges, and the actions on it (verify
// the stored bytes against the recorded hash; download the original after giving a justification).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../../api';
import { useSize } from '../../format';
import { useSession } from '../../session';
import { CustodyBadges, type ItemPanelProps } from './evidence-shared';
import { JustificationDialog } from './justification-dialog';

/** Above this size the original goes straight to the browser's downloads instead of through memory. */
const IN_MEMORY_LIMIT = 256 * 1024 * 1024;
export function Header({ caseId, item, members, onChanged }: ItemPanelProps) {
  const { t } = useTranslation('evidence');
  const formatSize = useSize();
  const { user } = useSession();
  const [verifying, setVerifying] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const [asking, setAsking] = useState(false);
  const [downloading, setDownloading] = useState(false);
  const [downloadError, setDownloadError] = useState<string | null>(null);
  const canAct = user?.role === 'supervisor' || user?.role === 'examiner';

  async function verify() {
    setVerifying(true);
    setOutcome(null);
    try {
      const result = await api.call('recordCustody', { params: { caseId, itemId: item.id }, body: { type: 'verified' } });
      setOutcome(
        result.hashMatch === false
          ? { ok: false, text: t('detail.verifyMismatch') }
          : result.hashMatch === true
            ? { ok: true, text: t('detail.verifyMatch') }
            : { ok: true, text: t('detail.verifyNothing') },
      );
      onChanged();
    } catch (failure) {
      setOutcome({ ok: false, text: errorMessage(failure) });
    } finally {
      setVerifying(false);
    }
  }

  async function download(justification: string) {
    const path = `/api/cases/${encodeURIComponent(caseId)}/evidence/${encodeURIComponent(item.id)}/content?justification=${encodeURIComponent(justification)}`;
    setDownloading(true);
    setDownloadError(null);
    try {
      const anchor = document.createElement('a');
      anchor.download = item.name.split('/').pop() || item.exhibitNumber;
      let objectUrl: string | null = null;
      if ((item.digests?.size ?? 0) > IN_MEMORY_LIMIT) {
        // Too big to hold in the page: the browser streams it to disk (errors then show in its downloads).
        anchor.href = path;
      } else {
        const bytes = await api.raw(path);
        objectUrl = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/octet-stream' }));
        anchor.href = objectUrl;
      }
      document.body.appendChild(anchor);
      anchor.click();
      anchor.remove();
      if (objectUrl) setTimeout(() => URL.revokeObjectURL(objectUrl), 60_000);
      setAsking(false);
      onChanged();
    } catch (failure) {
      setDownloadError(errorMessage(failure));
    } finally {
      setDownloading(false);
    }
  }

  return (
    <div className="item-header">
      <div>
        <h2 className="item-title">
          <span className="reference">{item.exhibitNumber}</span> {item.name}
        </h2>
        <p className="muted">
          {t(`kinds.${item.kind}`)}
          {item.digests && <> · {formatSize(item.digests.size)}</>} · <CustodyBadges item={item} members={members} />
        </p>
      </div>
      <div className="actions">
        {canAct && !item.custody.disposedAt && (
          <button type="button" onClick={() => void verify()} disabled={verifying} aria-describedby="verify-hint">
            {verifying ? t('detail.verifying') : t('detail.verify')}
          </button>
        )}
        {item.digests && !item.custody.disposedAt && (
          <button type="button" className="primary" onClick={() => setAsking(true)}>
            {t('detail.download')}
          </button>
        )}
      </div>
      {canAct && (
        <p id="verify-hint" className="visually-hidden">
          {t('detail.verifyHint')}
        </p>
      )}
      {outcome && (
        <p className={outcome.ok ? 'notice ok-notice' : 'error'} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      )}
      <JustificationDialog
        open={asking}
        busy={downloading}
        error={downloadError}
        onCancel={() => {
          setAsking(false);
          setDownloadError(null);
        }}
        onConfirm={(justification) => void download(justification)}
        confirmLabel={t('detail.downloadConfirm')}
        detail={
          <p className="dialog-detail">
            {t('detail.downloadWhat', { exhibit: item.exhibitNumber, name: item.name })}
            {item.digests && (
              <small className="block muted">
                SHA-256 <code>{item.digests.sha256}</code>
              </small>
            )}
          </p>
        }
      />
    </div>
  );
}
