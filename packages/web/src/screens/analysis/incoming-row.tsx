// One request for access to a case: who asked, from which case, for which entity and why; the lead approves or
// refuses it here with an optional note, or sees how it was decided.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteOutput, Routes } from '@tamga/api';
import { api, errorMessage } from '../../api';
import { ErrorNote } from '../../ui';

export type Incoming = RouteOutput<Routes['incomingAccessRequests']>['requests'][number];

export function IncomingRow({
  caseId,
  request: r,
  onDecided,
  formatTime,
  typeName,
}: {
  caseId: string;
  request: Incoming;
  onDecided: () => void;
  formatTime: (iso: string | null) => string;
  typeName: (type: string) => string;
}) {
  const { t } = useTranslation('analysis');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const name = r.requesterDisplayName || r.requesterUsername;
  const at = r.entityKey.indexOf(':');
  const decide = (decision: 'approve' | 'refuse') => {
    setBusy(true);
    setError(null);
    api
      .call('decideAccessRequest', {
        params: { caseId, requestId: r.id },
        body: { decision, ...(note.trim() ? { note: note.trim() } : {}) },
      })
      .then(
        () => {
          setBusy(false);
          onDecided();
        },
        (failure: unknown) => {
          setError(errorMessage(failure));
          setBusy(false);
        },
      );
  };
  return (
    <tr>
      <td>
        {r.requesterDisplayName}
        <br />
        <span className="muted small">{r.requesterUsername}</span>
      </td>
      <td className="nowrap">{r.fromCaseReference}</td>
      <td>
        <span className="entity-type">{typeName(r.entityKey.slice(0, at))}</span>
        <code>{r.entityKey.slice(at + 1)}</code>
      </td>
      <td className="reason">{r.reason}</td>
      <td className="small nowrap">{formatTime(r.createdAt)}</td>
      <td>
        {r.status === 'pending' ? (
          <>
            <label className="visually-hidden" htmlFor={`note-${r.id}`}>
              {t('entities.incoming.noteFor', { name })}
            </label>
            <input
              id={`note-${r.id}`}
              value={note}
              maxLength={2000}
              placeholder={t('entities.incoming.note')}
              onChange={(e) => setNote(e.target.value)}
            />
            <div className="decide">
              <button
                type="button"
                className="primary"
                disabled={busy}
                onClick={() => decide('approve')}
                aria-label={t('entities.incoming.approveFor', { name })}
              >
                {t('entities.incoming.approve')}
              </button>
              <button
                type="button"
                className="danger"
                disabled={busy}
                onClick={() => decide('refuse')}
                aria-label={t('entities.incoming.refuseFor', { name })}
              >
                {t('entities.incoming.refuse')}
              </button>
            </div>
            <ErrorNote message={error} />
          </>
        ) : (
          <>
            <span className={`badge ${r.status === 'approved' ? 'good' : 'bad'}`}>{t(`status.${r.status}`)}</span>
            <br />
            <span className="muted small">{formatTime(r.decidedAt)}</span>
            {r.decisionNote && (
              <>
                <br />
                <span className="small">{r.decisionNote}</span>
              </>
            )}
          </>
        )}
      </td>
    </tr>
  );
}
