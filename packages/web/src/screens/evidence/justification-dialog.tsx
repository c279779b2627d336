// Asks a reader of original evidence why they need it, before the read; the reason goes to the ledger.
import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorNote } from '../../ui';
import { isJustified, MIN_JUSTIFICATION_LENGTH } from '../../justification';

/**
 * Asks why the reader needs original evidence before reading it; the reason goes to the ledger with the read.
 * Opens as a modal dialog; Escape or Cancel closes it without reading.
 */
export function JustificationDialog({
  open,
  onCancel,
  onConfirm,
  busy,
  error,
  detail,
  confirmLabel,
}: {
  open: boolean;
  confirmLabel?: string;
  onCancel: () => void;
  onConfirm: (justification: string) => void;
  busy?: boolean;
  error?: string | null;
  detail?: ReactNode;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  const [text, setText] = useState('');
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setText('');
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (isJustified(text)) onConfirm(text.trim());
  };
  return (
    <dialog ref={ref} aria-labelledby={`${id}-title`} onCancel={onCancel} onClose={() => open && onCancel()}>
      <form onSubmit={submit}>
        <h2 id={`${id}-title`}>{t('justification.title')}</h2>
        <p className="muted">{t('justification.explain')}</p>
        {detail}
        <div className="field">
          <label htmlFor={`${id}-text`}>{t('justification.label')}</label>
          <textarea
            id={`${id}-text`}
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={3}
            required
            minLength={MIN_JUSTIFICATION_LENGTH}
            maxLength={2000}
            autoFocus
          />
        </div>
        <ErrorNote message={error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || !isJustified(text)}>
            {confirmLabel ?? t('justification.confirm')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
