// A UTC time typed the way the tables write it (`2024-03-05 14:00:00`, or just a date): copied from a row and
// pasted here, it means the same instant. The browser's date picker would follow the computer's language and
// local zone instead.
import { useId, useState, type InputHTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';

/** `2024-03-05`, `2024-03-05 14:00` or `2024-03-05T14:00:00` → the form kept in the address; null if not a time. */
export function parseUtc(text: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(text.trim());
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d)) return null;
  if (Number(h ?? 0) > 23 || Number(mi ?? 0) > 59 || Number(s ?? 0) > 59) return null;
  return h === undefined ? `${y}-${mo}-${d}` : `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}`;
}

/** The address form shown to people: `2024-03-05 14:00:00`. */
export function showUtc(value: string | null): string {
  return value ? value.replace('T', ' ') : '';
}

export function UtcField({
  label,
  text,
  onText,
  error,
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  label: string;
  text: string;
  onText: (text: string) => void;
  /** What is wrong with a well-formed time (a range's end before its start), said beneath the field. */
  error?: string | null;
}) {
  const { t } = useTranslation('artifacts');
  const id = useId();
  // A malformed time is pointed out once the reader leaves the field or presses Enter, not while typing.
  const [touched, setTouched] = useState(false);
  const message = error || (touched && text.trim() !== '' && parseUtc(text) === null ? t('utc.invalid') : null);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        value={text}
        inputMode="numeric"
        spellCheck={false}
        autoComplete="off"
        placeholder={t('utc.placeholder')}
        aria-invalid={message ? true : undefined}
        aria-describedby={message ? `${id}-error` : undefined}
        {...input}
        onChange={(e) => {
          setTouched(false);
          onText(e.target.value);
        }}
        onBlur={(e) => {
          setTouched(true);
          input.onBlur?.(e);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter') setTouched(true);
          input.onKeyDown?.(e);
        }}
      />
      {message && (
        <small id={`${id}-error`} className="field-error" role="alert">
          {message}
        </small>
      )}
    </div>
  );
}
