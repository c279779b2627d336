// The form that records one custody step (seal, unseal, check out/in, transfer, copy, dispose) with the
// fields that step asks for.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../../api';
import { useSession } from '../../session';
import { ErrorNote, Field, Select, TextArea } from '../../ui';
import { type EvidenceItem, type Member } from './evidence-shared';
import { type CustodyType } from './possible-steps';

export function CustodyForm({
  caseId,
  item,
  steps,
  members,
  onChanged,
}: {
  caseId: string;
  item: EvidenceItem;
  steps: CustodyType[];
  members: Member[] | undefined;
  onChanged: () => void;
}) {
  const { t } = useTranslation('evidence');
  const { user } = useSession();
  const [type, setType] = useState<CustodyType>(steps[0]!);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [sealIntact, setSealIntact] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const current = steps.includes(type) ? type : steps[0]!;
  const value = (key: string) => fields[key] ?? '';
  const set = (key: string) => (e: { target: { value: string } }) => setFields({ ...fields, [key]: e.target.value });
  const optional = (key: string) => (value(key).trim() ? { [key]: value(key).trim() } : {});
  const receivers = (members ?? []).filter((m) => m.userId !== user?.id && m.level !== 'read');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    setDone(null);
    const body = (() => {
      switch (current) {
        case 'sealed':
          return { type: current, sealNumber: value('sealNumber').trim(), ...optional('note') };
        case 'unsealed':
        case 'transfer_cancelled':
          return { type: current, reason: value('reason').trim() };
        case 'checked_out':
        case 'copied':
          return { type: current, purpose: value('purpose').trim() };
        case 'checked_in':
          return { type: current, ...optional('note') };
        case 'transfer_released':
          return {
            type: current,
            toUserId: value('toUserId') || receivers[0]?.userId || '',
            purpose: value('purpose').trim(),
            ...optional('location'),
            ...optional('transport'),
          };
        case 'transfer_received':
          return { type: current, sealIntact, ...optional('location'), ...optional('note') };
        case 'disposed':
          return { type: current, retentionRule: value('retentionRule').trim(), certificate: value('certificate').trim() };
      }
    })();
    try {
      const result = await api.call('recordCustody', { params: { caseId, itemId: item.id }, body });
      setFields({});
      setDone(
        result.hashMatch === false
          ? t('detail.stepMismatch', { step: t(`steps.${current}`) })
          : t('detail.stepDone', { step: t(`steps.${current}`) }),
      );
      onChanged();
    } catch (failure) {
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="custody-form" onSubmit={(e) => void submit(e)} aria-labelledby="custody-form-title">
      <h3 id="custody-form-title">{t('detail.recordStep')}</h3>
      <Select label={t('detail.step')} value={current} onChange={(e) => setType(e.target.value as CustodyType)}>
        {steps.map((s) => (
          <option key={s} value={s}>
            {t(`steps.${s}`)}
          </option>
        ))}
      </Select>
      <p className="muted small">{t(`stepHints.${current}`)}</p>
      {current === 'sealed' && (
        <>
          <Field label={t('form.sealNumber')} value={value('sealNumber')} onChange={set('sealNumber')} required maxLength={100} />
          <Field label={t('form.note')} value={value('note')} onChange={set('note')} maxLength={2000} />
        </>
      )}
      {(current === 'unsealed' || current === 'transfer_cancelled') && (
        <TextArea label={t('form.reason')} value={value('reason')} onChange={set('reason')} required rows={2} maxLength={2000} />
      )}
      {(current === 'checked_out' || current === 'copied') && (
        <TextArea label={t('form.purpose')} value={value('purpose')} onChange={set('purpose')} required rows={2} maxLength={2000} />
      )}
      {current === 'checked_in' && <Field label={t('form.note')} value={value('note')} onChange={set('note')} maxLength={2000} />}
      {current === 'transfer_released' &&
        (receivers.length === 0 ? (
          <p className="error">{t('form.noReceivers')}</p>
        ) : (
          <>
            <Select label={t('form.receiver')} value={value('toUserId') || receivers[0]?.userId} onChange={set('toUserId')} required>
              {receivers.map((m) => (
                <option key={m.userId} value={m.userId}>
                  {m.displayName || m.username} ({t(`common:roles.${m.role}`)})
                </option>
              ))}
            </Select>
            <TextArea label={t('form.purpose')} value={value('purpose')} onChange={set('purpose')} required rows={2} maxLength={2000} />
            <Field label={t('form.location')} value={value('location')} onChange={set('location')} maxLength={500} />
            <Field label={t('form.transport')} value={value('transport')} onChange={set('transport')} maxLength={500} />
          </>
        ))}
      {current === 'transfer_received' && (
        <>
          <Field label={t('form.location')} value={value('location')} onChange={set('location')} maxLength={500} />
          <div className="field inline">
            <input id="seal-intact" type="checkbox" checked={sealIntact} onChange={(e) => setSealIntact(e.target.checked)} />
            <label htmlFor="seal-intact">{t('form.sealIntact')}</label>
          </div>
          <Field label={t('form.note')} value={value('note')} onChange={set('note')} maxLength={2000} />
        </>
      )}
      {current === 'disposed' && (
        <>
          <Field label={t('form.retentionRule')} value={value('retentionRule')} onChange={set('retentionRule')} required maxLength={200} />
          <Field label={t('form.certificate')} value={value('certificate')} onChange={set('certificate')} required maxLength={500} />
          <p className="error">{t('form.disposeWarning')}</p>
        </>
      )}
      <ErrorNote message={error} />
      {done && (
        <p className="notice ok-notice" role="status">
          {done}
        </p>
      )}
      <div className="actions">
        <button
          type="submit"
          className={current === 'disposed' ? 'danger' : 'primary'}
          disabled={busy || (current === 'transfer_released' && receivers.length === 0)}
        >
          {t(`stepSubmit.${current}`)}
        </button>
      </div>
    </form>
  );
}
