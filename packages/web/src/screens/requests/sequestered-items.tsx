// Production files sequestered as outside their request: listed with the reason; a supervisor releases one
// into processing or disposes of it, with a note for the ledger.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useFormatTime } from '../../format';
import { useSession } from '../../session';
import { useApi } from '../../use-api';
import { Empty, ErrorNote, Loading, TextArea } from '../../ui';
import { Modal } from '../analysis/analysis-shared';
import { requestError } from './request-model';

type Decision = { itemId: string; name: string; decision: 'release' | 'dispose' };

export function SequesteredItems({
  caseId,
  requestId,
  version,
  onDecided,
}: {
  caseId: string;
  requestId?: string;
  version: number;
  onDecided: () => void;
}) {
  const { t } = useTranslation('requests');
  const { user } = useSession();
  const formatTime = useFormatTime();
  const list = useApi(() => api.call('listSequestered', { params: { caseId } }), [caseId, version]);
  const [deciding, setDeciding] = useState<Decision | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const supervisor = user?.role === 'supervisor';
  const items = (list.data?.items ?? []).filter((i) => !requestId || i.sequestration?.requestId === requestId);
  return (
    <section className="card" aria-labelledby="sequestered-title">
      <h2 id="sequestered-title">{t('sequestered.title')}</h2>
      <p className="muted">{t('sequestered.explain')}</p>
      <ErrorNote message={list.error} />
      {list.loading && !list.data ? (
        <Loading />
      ) : items.length === 0 ? (
        <Empty>{t('sequestered.none')}</Empty>
      ) : (
        <>
          {!supervisor && <p className="muted small">{t('sequestered.supervisorOnly')}</p>}
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('sequestered.file')}</th>
                <th scope="col">{t('sequestered.reason')}</th>
                <th scope="col">{t('detail.receivedAt')}</th>
                {supervisor && (
                  <th scope="col">
                    <span className="visually-hidden">{t('actions.title')}</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td>
                    <span className="reference">{item.exhibitNumber}</span> {item.name}
                    {item.digests && <code className="block small">{item.digests.sha256}</code>}
                  </td>
                  <td>{item.sequestration?.reason}</td>
                  <td className="nowrap">{formatTime(item.sequestration?.at ?? item.createdAt)}</td>
                  {supervisor && (
                    <td className="nowrap">
                      <button
                        type="button"
                        aria-label={t('sequestered.releaseOf', { name: item.name })}
                        onClick={() => setDeciding({ itemId: item.id, name: item.name, decision: 'release' })}
                      >
                        {t('sequestered.release')}
                      </button>{' '}
                      <button
                        type="button"
                        className="danger"
                        aria-label={t('sequestered.disposeOf', { name: item.name })}
                        onClick={() => setDeciding({ itemId: item.id, name: item.name, decision: 'dispose' })}
                      >
                        {t('sequestered.dispose')}
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {done && (
        <p className="notice" role="status">
          {done}
        </p>
      )}
      {deciding && (
        <DecisionDialog
          caseId={caseId}
          decision={deciding}
          onClose={() => setDeciding(null)}
          onDone={() => {
            setDeciding(null);
            setDone(t('sequestered.decided'));
            onDecided();
          }}
        />
      )}
    </section>
  );
}

function DecisionDialog({
  caseId,
  decision,
  onClose,
  onDone,
}: {
  caseId: string;
  decision: Decision;
  onClose: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation('requests');
  const [note, setNote] = useState('');
  const [failure, setError] = useState<unknown>(null);
  const error = failure ? requestError(failure) : null;
  const [busy, setBusy] = useState(false);
  const title =
    decision.decision === 'release'
      ? t('sequestered.releaseOf', { name: decision.name })
      : t('sequestered.disposeOf', { name: decision.name });
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!note.trim()) return;
    setBusy(true);
    setError(null);
    try {
      await api.call('decideSequestration', {
        params: { caseId, itemId: decision.itemId },
        body: { decision: decision.decision, note: note.trim() },
      });
      onDone();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Modal title={title} onClose={onClose}>
      <form onSubmit={(e) => void submit(e)}>
        <TextArea label={t('sequestered.note')} value={note} onChange={(e) => setNote(e.target.value)} rows={3} required autoFocus />
        <ErrorNote message={error} />
        <div className="actions">
          <button type="submit" className={decision.decision === 'dispose' ? 'danger' : 'primary'} disabled={busy || !note.trim()}>
            {decision.decision === 'release' ? t('sequestered.release') : t('sequestered.dispose')}
          </button>
          <button type="button" onClick={onClose}>
            {t('actions.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
