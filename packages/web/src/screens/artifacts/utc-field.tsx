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
  ...input
}: Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & { label: string; text: string; onText: (text: string) => void }) {
  const { t } = useTranslation('artifacts');
  const id = useId();
  const [touched, setTouched] = useState(false);
  const invalid = text.trim() !== '' && parseUtc(text) === null;
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
        aria-invalid={invalid && touched ? true : undefined}
        aria-describedby={invalid && touched ? `${id}-error` : undefined}
        {...input}
        onChange={(e) => onText(e.target.value)}
        onBlur={(e) => {
          setTouched(true);
          input.onBlur?.(e);
        }}
      />
      {invalid && touched && (
        <small id={`${id}-error`} className="field-error">
          {t('utc.invalid')}
        </small>
      )}
    </div>
  );
}
