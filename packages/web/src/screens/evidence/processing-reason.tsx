// Why an item failed or was skipped: the kind of reason in the reader's language, then the full account as it
// was recorded (in English, with the names, sizes and limits it gives).
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { reasonDetail, shownAsIs } from './warning-text';

type Params = Record<string, string | number> | null | undefined;

/** The kind of reason in the reader's language, or null for a code it has no words for. */
export function reasonKind(t: TFunction, code: string | null | undefined): string | null {
  return code ? t(`evidence:reasonCodes.${code}`, { defaultValue: '' }) || null : null;
}

export function ProcessingReason({
  code,
  reason,
  params,
}: {
  code: string | null | undefined;
  reason: string | null | undefined;
  params?: Params;
}) {
  const { t } = useTranslation('evidence');
  // A passed limit with its figures is said whole; the English account follows only when it says something else.
  const kind = reasonDetail(t, code, params) ?? reasonKind(t, code);
  // The recorded reason may name a member of hostile evidence: its control and bidirectional characters show escaped.
  if (!kind) return <span className="error-text">{reason && shownAsIs(reason)}</span>;
  return (
    <>
      <span className="error-text">{kind}</span>
      {reason && reason !== kind && (
        <small className="muted block" lang="en">
          {shownAsIs(reason)}
        </small>
      )}
    </>
  );
}

/** The same as one line, for a tooltip. */
export function reasonTitle(
  t: TFunction,
  code: string | null | undefined,
  reason: string | null | undefined,
  params?: Params,
): string | null {
  const kind = reasonDetail(t, code, params) ?? reasonKind(t, code);
  return [...new Set([kind, reason && shownAsIs(reason)])].filter(Boolean).join(' — ') || null;
}
