// The exact bytes an artefact was read from. They are original evidence: the reader states why first (in a modal
// dialog), the read is recorded in the ledger with that reason, and the bytes are shown as text and as hex.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../../api';
import { ErrorNote, TextArea } from '../../ui';
import { useSize } from '../../format';
import { isJustified, MIN_JUSTIFICATION_LENGTH } from '../../justification';

const TEXT_LIMIT = 256 * 1024;
const HEX_STEP = 4096;

export function JustificationDialog({
  onConfirm,
  onCancel,
  busy,
  error,
}: {
  onConfirm: (justification: string) => void;
  onCancel: () => void;
  busy: boolean;
  error: string | null;
}) {
  const { t } = useTranslation('artifacts');
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [text, setText] = useState('');
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      opener?.focus();
    };
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (isJustified(text)) onConfirm(text.trim());
  };
  return (
    <dialog
      ref={ref}
      aria-labelledby={titleId}
      className="bytes-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form onSubmit={submit}>
        <h2 id={titleId}>{t('common:justification.title')}</h2>
        <p>{t('common:justification.explain')}</p>
        <TextArea
          label={t('common:justification.label')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          required
          minLength={MIN_JUSTIFICATION_LENGTH}
          maxLength={2000}
          rows={3}
          autoFocus
        />
        <ErrorNote message={error} />
        <div className="actions">
          <button type="submit" className="primary" disabled={busy || !isJustified(text)}>
            {t('common:justification.confirm')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('common:cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}

function hexDump(bytes: Uint8Array, base: number, limit: number): string {
  const lines: string[] = [];
  const end = Math.min(bytes.length, limit);
  for (let i = 0; i < end; i += 16) {
    const row = bytes.subarray(i, Math.min(i + 16, end));
    let hex = '';
    let ascii = '';
    for (let j = 0; j < 16; j++) {
      if (j < row.length) {
        hex += row[j]!.toString(16).padStart(2, '0') + (j === 7 ? '  ' : ' ');
        ascii += row[j]! >= 0x20 && row[j]! < 0x7f ? String.fromCharCode(row[j]!) : '.';
      } else hex += j === 7 ? '    ' : '   ';
    }
    lines.push(`${(base + i).toString(16).padStart(8, '0')}  ${hex} |${ascii}|`);
  }
  return lines.join('\n');
}

/** The "Show source bytes" button, its dialog, and the bytes once read. */
export function SourceBytes({ caseId, artifactId, offset }: { caseId: string; artifactId: string; offset: number }) {
  const { t, i18n } = useTranslation('artifacts');
  const size = useSize();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [bytes, setBytes] = useState<Uint8Array | null>(null);
  // Where in the item they are, as the server says (a database row's cell is found only when asked for).
  const [start, setStart] = useState(offset);
  // The member of the item they were inflated from, when the item holds it compressed (a chat inside a ZIP).
  const [member, setMember] = useState<string | null>(null);
  const [hexLimit, setHexLimit] = useState(HEX_STEP);

  const read = (justification: string) => {
    setBusy(true);
    setError(null);
    api
      .rawRange(
        `/api/cases/${encodeURIComponent(caseId)}/artifacts/${encodeURIComponent(artifactId)}/bytes?justification=${encodeURIComponent(justification)}`,
      )
      .then(
        (result) => {
          setBytes(result.bytes);
          setStart(result.range?.start ?? offset);
          setMember(result.member ?? null);
          setHexLimit(HEX_STEP);
          setBusy(false);
          setAsking(false);
        },
        (failure: unknown) => {
          setError(errorMessage(failure));
          setBusy(false);
        },
      );
  };

  const text = bytes ? new TextDecoder('utf-8', { fatal: false }).decode(bytes.subarray(0, TEXT_LIMIT)) : '';
  return (
    <div className="source-bytes">
      {!bytes && (
        <button type="button" onClick={() => setAsking(true)}>
          {t('bytes.show')}
        </button>
      )}
      {asking && (
        <JustificationDialog
          busy={busy}
          error={error}
          onConfirm={read}
          onCancel={() => {
            setAsking(false);
            setError(null);
          }}
        />
      )}
      {bytes && (
        <>
          <p className="muted">
            {t(member === null ? 'bytes.read' : 'bytes.readMember', {
              size: size(bytes.length),
              start: start.toLocaleString(i18n.language),
              end: (start + bytes.length).toLocaleString(i18n.language),
              member,
            })}
          </p>
          <div className="bytes-views">
            <div>
              <h3>{t('bytes.text')}</h3>
              {bytes.length > TEXT_LIMIT && <p className="muted">{t('bytes.textCut', { size: size(TEXT_LIMIT) })}</p>}
              <pre className="bytes-text" tabIndex={0} aria-label={t('bytes.text')}>
                {text}
              </pre>
            </div>
            <div>
              <h3>{t('bytes.hex')}</h3>
              <pre className="bytes-hex" tabIndex={0} aria-label={t('bytes.hex')}>
                {hexDump(bytes, start, hexLimit)}
              </pre>
              {hexLimit < bytes.length && (
                <button type="button" onClick={() => setHexLimit((n) => n + HEX_STEP * 4)}>
                  {t('bytes.more', { shown: size(hexLimit), size: size(bytes.length) })}
                </button>
              )}
            </div>
          </div>
        </>
      )}
    </div>
  );
}
