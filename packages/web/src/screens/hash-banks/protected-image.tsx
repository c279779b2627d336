// An image item as the viewer may show it: a matched known-illegal or terrorist image blurred until an
// entitled person reveals it with a reason (a ledger event); any other image shown as it is.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@tamga/api';
import { api, errorMessage } from '../../api';
import { isJustified, MIN_JUSTIFICATION_LENGTH } from '../../justification';
import { useSession } from '../../session';
import { useApi } from '../../use-api';
import { ErrorNote, TextArea } from '../../ui';
import { Modal } from '../analysis/analysis-shared';

// The roles core grants 'flagged.reveal' (core/src/roles.ts); the server checks again on every reveal.
const MAY_REVEAL = new Set(['supervisor', 'investigator', 'examiner']);

interface Picture {
  contentType: string;
  width: number;
  height: number;
  base64: string;
}

const source = (image: Picture) => `data:${image.contentType};base64,${image.base64}`;

export function ProtectedImage({ caseId, itemId, name, meanings }: { caseId: string; itemId: string; name: string; meanings: string[] }) {
  const { t } = useTranslation('hash-banks');
  const { user } = useSession();
  const placeholder = useApi(() => api.call('imagePlaceholder', { params: { caseId, itemId } }), [caseId, itemId]);
  const [asking, setAsking] = useState(false);
  const [revealed, setRevealed] = useState<Picture | null>(null);
  const entitled = MAY_REVEAL.has(user?.role ?? '');
  const words = meanings.map((m) => t(`meanings.${m}`)).join(', ');
  if (revealed)
    return (
      <figure className="protected-image revealed">
        <img src={source(revealed)} alt={t('viewer.revealedAlt', { name })} width={revealed.width} height={revealed.height} />
        <button type="button" onClick={() => setRevealed(null)}>
          {t('viewer.hide')}
        </button>
      </figure>
    );
  return (
    <figure className="protected-image">
      {placeholder.data ? (
        <img src={source(placeholder.data.image)} alt={t('viewer.blurred', { meanings: words })} className="blurred" />
      ) : (
        <div className="blurred-empty" aria-hidden="true" />
      )}
      <figcaption>
        <span className="small">{t('viewer.blurred', { meanings: words })}</span>
        {entitled ? (
          <button type="button" onClick={() => setAsking(true)} aria-label={t('viewer.revealOf', { name })}>
            {t('viewer.reveal')}
          </button>
        ) : (
          <span className="muted small">{t('viewer.notEntitled')}</span>
        )}
      </figcaption>
      <ErrorNote message={placeholder.error} />
      {asking && (
        <RevealDialog
          caseId={caseId}
          itemId={itemId}
          onClose={() => setAsking(false)}
          onRevealed={(image) => {
            setRevealed(image);
            setAsking(false);
          }}
        />
      )}
    </figure>
  );
}

function RevealDialog({
  caseId,
  itemId,
  onClose,
  onRevealed,
}: {
  caseId: string;
  itemId: string;
  onClose: () => void;
  onRevealed: (image: Picture) => void;
}) {
  const { t } = useTranslation('hash-banks');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const ruleId = useId();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isJustified(reason)) return;
    setBusy(true);
    setError(null);
    api.call('revealImage', { params: { caseId, itemId }, body: { justification: reason.trim() } }).then(
      (result) => onRevealed(result.image),
      (failure: unknown) => {
        // The server's refusal of a reason, in this dialog's words: the shared message speaks of original evidence.
        const refused = failure instanceof ApiError && failure.code === 'JUSTIFICATION_REQUIRED';
        setError(refused ? t('viewer.tooShort', { count: MIN_JUSTIFICATION_LENGTH }) : errorMessage(failure));
        setBusy(false);
      },
    );
  };
  return (
    <Modal title={t('viewer.title')} onClose={onClose}>
      <form onSubmit={submit}>
        <p>{t('viewer.explain')}</p>
        <TextArea
          label={t('viewer.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          required
          minLength={MIN_JUSTIFICATION_LENGTH}
          maxLength={2000}
          aria-describedby={ruleId}
          autoFocus
        />
        <p id={ruleId} className="muted small">
          {t('viewer.minimum', { count: MIN_JUSTIFICATION_LENGTH })}
        </p>
        <ErrorNote message={error} />
        <div className="actions">
          <button type="button" onClick={onClose}>
            {t('common:cancel')}
          </button>
          <button type="submit" className="primary" disabled={!isJustified(reason) || busy}>
            {t('viewer.submit')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
