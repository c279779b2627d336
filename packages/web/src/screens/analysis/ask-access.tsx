// The dialog that asks the leads of other cases holding an entity for access to them, with a reason.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../../api';
import { Link } from '../../router';
import { ErrorNote, TextArea } from '../../ui';
import { Modal } from './analysis-shared';
import type { EntityView } from './entity-view';

export function AskAccess({ caseId, entity, onClose }: { caseId: string; entity: EntityView; onClose: () => void }) {
  const { t } = useTranslation('analysis');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [requested, setRequested] = useState<number | null>(null);
  const ready = reason.trim().length >= 10;
  const send = (event: FormEvent) => {
    event.preventDefault();
    if (!ready) return;
    setBusy(true);
    setError(null);
    api.call('requestAccess', { params: { caseId }, body: { entityKey: entity.key, reason: reason.trim() } }).then(
      (result) => {
        setRequested(result.requested);
        setBusy(false);
      },
      (failure: unknown) => {
        setError(errorMessage(failure));
        setBusy(false);
      },
    );
  };
  return (
    <Modal title={t('entities.ask.title')} onClose={onClose}>
      {requested !== null ? (
        <>
          <p className="ok-note" role="status">
            {t('entities.ask.sent', { count: requested })}
          </p>
          <div className="actions">
            <Link to="/access-requests">{t('entities.ask.seeOwn')}</Link>
            <button type="button" className="primary" onClick={onClose}>
              {t('common:close')}
            </button>
          </div>
        </>
      ) : (
        <form onSubmit={send}>
          <p>{t('entities.ask.explain', { count: entity.alsoIn.others, value: entity.value })}</p>
          <TextArea
            label={t('entities.ask.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            required
            minLength={10}
            maxLength={2000}
            aria-describedby="ask-reason-hint"
            autoFocus
          />
          <p id="ask-reason-hint" className="muted small">
            {t('entities.ask.reasonHint')}
          </p>
          <ErrorNote message={error} />
          <div className="actions">
            <button type="button" onClick={onClose}>
              {t('common:cancel')}
            </button>
            <button type="submit" className="primary" disabled={!ready || busy}>
              {t('entities.ask.send')}
            </button>
          </div>
        </form>
      )}
    </Modal>
  );
}
