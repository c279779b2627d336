// The steps a request can take from where it stands (DOMAIN.md §4.5), as buttons, each confirmed in a dialog
// that asks for what the step needs: a note, the addressee's reference, the outcome with every line's status.
// Approval is offered to supervisors other than the author; the server's guards decide, and a refusal is
// shown in words in the dialog.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Link, navigate } from '../../router';
import { useSession } from '../../session';
import { ErrorNote, Field, Select, TextArea } from '../../ui';
import { Modal } from '../analysis/analysis-shared';
import {
  isTerminal,
  ITEM_STATUSES,
  letterLanguage,
  OUTCOMES,
  REFUSAL_REASONS,
  requestError,
  type EvidenceRequest,
  type ItemStatus,
} from './request-model';

type Step =
  'submit' | 'approve' | 'return' | 'send' | 'acknowledge' | 'clarify' | 'close' | 'withdraw' | 'extend' | 'renew' | 'correct' | 'validate';

export function RequestActions({
  request: r,
  isPreservation,
  onChanged,
}: {
  request: EvidenceRequest;
  isPreservation: boolean;
  /** Called with the translation key of what was done. */
  onChanged: (message: string) => void;
}) {
  const { t } = useTranslation('requests');
  const { user } = useSession();
  const [open, setOpen] = useState<Step | null>(null);
  const [clarifyState, setClarifyState] = useState<'requested' | 'answered'>('requested');
  const supervisor = user?.role === 'supervisor';
  // The higher approver of G6/G8 (by default the prosecutor; the server's rules decide) and validator of G7.
  const prosecutor = user?.role === 'prosecutor';
  const author = user?.id === r.createdBy;
  const approvals = r.approvals ?? [];
  const approvedAlready = approvals.some((a) => a.by === user?.id);
  const validationOpen = !r.validation && r.timers.some((x) => x.kind === 'VALIDATION_DUE' && !x.clearedAt);
  const base = `/cases/${r.caseId}/requests/${r.id}`;
  const s = r.status;
  const buttons: ReactNode[] = [];
  const button = (step: Step, label: string, primary = false, danger = false) => (
    <button
      key={`${step}-${label}`}
      type="button"
      className={primary ? 'primary' : danger ? 'danger' : undefined}
      onClick={() => setOpen(step)}
    >
      {label}
    </button>
  );
  if (s === 'DRAFT') {
    buttons.push(
      <Link key="edit" to={`${base}/edit`} className="button">
        {t('actions.edit')}
      </Link>,
      button('submit', t('actions.submit'), true),
    );
  }
  if (s === 'IN_REVIEW' && !author && !approvedAlready && (supervisor || (prosecutor && approvals.length > 0)))
    buttons.push(button('approve', t('actions.approve'), true));
  if (s === 'IN_REVIEW' && supervisor && !author) buttons.push(button('return', t('actions.return')));
  if (validationOpen && (supervisor || prosecutor)) buttons.push(button('validate', t('actions.validate'), true));
  if (s === 'AUTHORIZED') buttons.push(button('send', t('actions.send'), true));
  if (s === 'SENT') buttons.push(button('acknowledge', t('actions.acknowledge'), true), button('close', t('actions.close')));
  if (s === 'ACKNOWLEDGED') {
    if (isPreservation && r.preservation && ['ACTIVE', 'EXTENDED', 'EXTENSION_REQUESTED'].includes(r.preservation.state)) {
      // Asking the addressee comes first (EXTENSION_REQUESTED); their confirmation moves the expiry.
      if (r.preservation.state !== 'EXTENSION_REQUESTED') buttons.push(button('extend', t('actions.extend')));
      buttons.push(button('renew', t('actions.renew'), true));
    }
    buttons.push(
      button('close', t('actions.close'), !isPreservation),
      <button
        key="clarify-requested"
        type="button"
        onClick={() => {
          setClarifyState('requested');
          setOpen('clarify');
        }}
      >
        {t('actions.clarifyRequested')}
      </button>,
    );
  }
  if (s === 'CLARIFICATION_REQUESTED') {
    buttons.push(
      <button
        key="clarify-answered"
        type="button"
        className="primary"
        onClick={() => {
          setClarifyState('answered');
          setOpen('clarify');
        }}
      >
        {t('actions.clarifyAnswered')}
      </button>,
      button('close', t('actions.close')),
    );
  }
  if (!isTerminal(s) && s !== 'DRAFT' && s !== 'IN_REVIEW') buttons.push(button('correct', t('actions.correct')));
  if (isTerminal(s)) buttons.push(button('correct', t('actions.correct'), true));
  if (!isTerminal(s)) buttons.push(button('withdraw', t('actions.withdraw'), false, true));

  return (
    <section className="card request-actions" aria-labelledby="request-actions-title">
      <h2 id="request-actions-title">{t('actions.title')}</h2>
      {s === 'IN_REVIEW' && (
        <p className="muted" role="note">
          {supervisor && author ? t('actions.ownRequest') : !supervisor && !prosecutor ? t('actions.awaitingApproval') : null}
        </p>
      )}
      <div className="actions">{buttons}</div>
      {open && (
        <StepDialog
          step={open}
          request={r}
          clarifyState={clarifyState}
          isPreservation={isPreservation}
          onClose={() => setOpen(null)}
          onDone={(message, goTo) => {
            setOpen(null);
            if (goTo) navigate(goTo);
            else onChanged(message);
          }}
        />
      )}
    </section>
  );
}

function StepDialog({
  step,
  request: r,
  clarifyState,
  isPreservation,
  onClose,
  onDone,
}: {
  step: Step;
  request: EvidenceRequest;
  clarifyState: 'requested' | 'answered';
  isPreservation: boolean;
  onClose: () => void;
  onDone: (message: string, goTo?: string) => void;
}) {
  const { t, i18n } = useTranslation('requests');
  const [note, setNote] = useState('');
  const [reference, setReference] = useState('');
  const [preservationRef, setPreservationRef] = useState('');
  const [format, setFormat] = useState<'pdf' | 'docx'>('pdf');
  const [language, setLanguage] = useState<'en' | 'ru'>(letterLanguage(r.language || i18n.language));
  const [outcome, setOutcome] = useState<(typeof OUTCOMES)[number]>('FULFILLED');
  const [itemStatuses, setItemStatuses] = useState<ItemStatus[]>(r.items.map(() => 'FULFILLED'));
  const [refusalReason, setRefusalReason] = useState<(typeof REFUSAL_REASONS)[number]>('LEGAL_INSUFFICIENCY');
  const [failure, setError] = useState<unknown>(null);
  const error = failure ? requestError(failure) : null;
  const [busy, setBusy] = useState(false);
  const params = { caseId: r.caseId, requestId: r.id };
  const ref = { reference: r.reference };

  const titles: Record<Step, string> = {
    submit: t('actions.submit'),
    approve: t('actions.approve'),
    return: t('actions.returnTitle', ref),
    send: t('actions.sendTitle', ref),
    acknowledge: t('actions.ackTitle', ref),
    clarify: t('actions.clarifyTitle', ref),
    close: t('actions.closeTitle', ref),
    withdraw: t('actions.withdrawTitle', ref),
    extend: t('actions.extendTitle', ref),
    renew: t('actions.renewTitle', ref),
    correct: t('actions.correctTitle', ref),
    validate: t('actions.validateTitle', ref),
  };
  const needsNote = step === 'return' || step === 'withdraw' || step === 'correct' || step === 'clarify';

  async function run(event: FormEvent) {
    event.preventDefault();
    if (needsNote && !note.trim()) return;
    setBusy(true);
    setError(null);
    const optionalNote = note.trim() ? { note: note.trim() } : {};
    try {
      switch (step) {
        case 'submit':
          await api.call('submitRequest', { params, body: {} });
          break;
        case 'approve':
          await api.call('approveRequest', { params, body: optionalNote });
          break;
        case 'return':
          await api.call('returnRequest', { params, body: { note: note.trim() } });
          break;
        case 'send':
          await api.call('sendRequest', { params, body: { letter: { format, language }, ...optionalNote } });
          break;
        case 'acknowledge':
          await api.call('acknowledgeRequest', {
            params,
            body: { reference: reference.trim(), ...(preservationRef.trim() ? { preservationRef: preservationRef.trim() } : {}) },
          });
          break;
        case 'clarify':
          await api.call('clarifyRequest', { params, body: { state: clarifyState, note: note.trim() } });
          break;
        case 'close':
          await api.call('closeRequest', {
            params,
            body: {
              outcome,
              itemStatuses,
              ...(outcome === 'REFUSED' ? { refusalReason } : {}),
              ...optionalNote,
            },
          });
          break;
        case 'withdraw':
          await api.call('withdrawRequest', { params, body: { reason: note.trim() } });
          break;
        case 'extend':
          await api.call('requestExtension', { params, body: optionalNote });
          break;
        case 'renew':
          await api.call('renewPreservation', { params, body: optionalNote });
          break;
        case 'validate':
          await api.call('validateRequest', { params, body: { orderReference: reference.trim(), ...optionalNote } });
          break;
        case 'correct': {
          const copy = await api.call('correctRequest', { params, body: { reason: note.trim() } });
          onDone('', `/cases/${r.caseId}/requests/${copy.id}/edit`);
          return;
        }
      }
      onDone(`actions.done.${step}`);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const noteLabel =
    step === 'return'
      ? t('actions.returnNote')
      : step === 'withdraw' || step === 'correct'
        ? t('actions.reason')
        : needsNote
          ? t('actions.note')
          : t('actions.noteOptional');
  return (
    <Modal title={titles[step]} onClose={onClose}>
      <form onSubmit={(e) => void run(e)} className="step-form">
        {step === 'submit' && <p>{t('actions.submitConfirm', ref)}</p>}
        {step === 'approve' && (
          <p>{(r.approvals ?? []).length > 0 ? t('actions.higherApproveConfirm', ref) : t('actions.approveConfirm', ref)}</p>
        )}
        {step === 'validate' && (
          <>
            <p>{t('actions.validateExplain')}</p>
            <Field
              label={t('actions.validateOrder')}
              value={reference}
              onChange={(e) => setReference(e.target.value)}
              required
              maxLength={300}
              autoFocus
            />
          </>
        )}
        {step === 'send' && (
          <>
            <p>{t('actions.sendExplain')}</p>
            <div className="pair">
              <Select label={t('actions.sendFormat')} value={format} onChange={(e) => setFormat(e.target.value as 'pdf' | 'docx')}>
                <option value="pdf">PDF</option>
                <option value="docx">DOCX</option>
              </Select>
              <Select label={t('actions.sendLanguage')} value={language} onChange={(e) => setLanguage(e.target.value as 'en' | 'ru')}>
                <option value="en">{t('letter.en')}</option>
                <option value="ru">{t('letter.ru')}</option>
              </Select>
            </div>
          </>
        )}
        {step === 'acknowledge' && (
          <>
            <Field
              label={t('actions.ackReference')}
              hint={t('actions.ackReferenceHint')}
              value={reference}
              onChange={(e) => setReference(e.target.value)}
              required
              maxLength={300}
              autoFocus
            />
            {isPreservation && (
              <Field
                label={t('actions.ackPreservationRef')}
                value={preservationRef}
                onChange={(e) => setPreservationRef(e.target.value)}
                maxLength={300}
              />
            )}
          </>
        )}
        {step === 'close' && (
          <>
            <Select label={t('actions.outcome')} value={outcome} onChange={(e) => setOutcome(e.target.value as (typeof OUTCOMES)[number])}>
              {OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {t(`statuses.${o}`)}
                </option>
              ))}
            </Select>
            {outcome === 'REFUSED' && (
              <Select
                label={t('actions.refusalReason')}
                value={refusalReason}
                onChange={(e) => setRefusalReason(e.target.value as (typeof REFUSAL_REASONS)[number])}
              >
                {REFUSAL_REASONS.map((reason) => (
                  <option key={reason} value={reason}>
                    {t(`refusalReasons.${reason}`)}
                  </option>
                ))}
              </Select>
            )}
            {r.items.map((item, index) => (
              <Select
                key={index}
                label={t('actions.itemStatus', { n: index + 1, selector: item.selectorValue })}
                value={itemStatuses[index]}
                onChange={(e) => setItemStatuses(itemStatuses.map((v, i) => (i === index ? (e.target.value as ItemStatus) : v)))}
              >
                {ITEM_STATUSES.map((status) => (
                  <option key={status} value={status}>
                    {t(`itemStatuses.${status}`)}
                  </option>
                ))}
              </Select>
            ))}
          </>
        )}
        {step === 'withdraw' && <p>{t('actions.withdrawExplain')}</p>}
        {step === 'renew' && <p>{t('actions.renewExplain')}</p>}
        {step === 'extend' && <p>{t('actions.extendExplain')}</p>}
        {step === 'correct' && <p>{t('actions.correctExplain')}</p>}
        {step !== 'submit' && step !== 'acknowledge' && (
          <TextArea
            label={noteLabel}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            rows={3}
            required={needsNote}
            maxLength={10_000}
          />
        )}
        <ErrorNote message={error} />
        <div className="actions">
          <button
            type="submit"
            className={step === 'withdraw' ? 'danger' : 'primary'}
            disabled={busy || (needsNote && !note.trim()) || ((step === 'acknowledge' || step === 'validate') && !reference.trim())}
          >
            {titles[step] === t('actions.submit') || step === 'approve' ? titles[step] : t('actions.confirm')}
          </button>
          <button type="button" onClick={onClose}>
            {t('actions.cancel')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
