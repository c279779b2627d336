// A case's trusted mail hosts: the recipient side's own MX and relays, past which an e-mail's origin IP is found
// (FORMATS.md §4.3). The lead names them; e-mails already read count as outdated until they are read again.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@tamga/api';
import { api, errorMessage } from '../../api';
import { ErrorNote } from '../../ui';

export function TrustedMailHosts({
  caseId,
  hosts,
  canEdit,
  onSaved,
}: {
  caseId: string;
  hosts: string[];
  canEdit: boolean;
  onSaved: () => void;
}) {
  const { t } = useTranslation('cases');
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const edit = () => {
    setText(hosts.join('\n'));
    setError(null);
    setEditing(true);
  };
  const save = () => {
    setSaving(true);
    setError(null);
    // By line (or comma): a line with a space in it is one bad entry to name, not several words to take.
    const entries = text
      .split(/[\r\n,]+/)
      .map((entry) => entry.trim())
      .filter(Boolean);
    api
      .call('updateCase', { params: { caseId }, body: { trustedMailHosts: entries } })
      .then(
        () => {
          setEditing(false);
          onSaved();
        },
        (failure: unknown) => {
          // The entry refused, by name: the generic message would leave the lead to guess which line.
          const details = failure instanceof ApiError ? failure.details : undefined;
          if (typeof details?.entry === 'string') setError(t('mailHosts.badEntry', { entry: details.entry }));
          else if (typeof details?.max === 'number') setError(t('mailHosts.tooMany', { max: details.max }));
          else setError(errorMessage(failure));
        },
      )
      .finally(() => setSaving(false));
  };

  return (
    <div className="card span-2">
      <h2>{t('mailHosts.title')}</h2>
      <p className="muted small">{t('mailHosts.explain')}</p>
      {editing ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            save();
          }}
        >
          <div className="field">
            <label htmlFor="mail-hosts">{t('mailHosts.entries')}</label>
            <textarea
              id="mail-hosts"
              value={text}
              rows={5}
              onChange={(event) => setText(event.target.value)}
              spellCheck={false}
              aria-describedby="mail-hosts-hint"
            />
            <small id="mail-hosts-hint">{t('mailHosts.format')}</small>
          </div>
          <ErrorNote message={error} />
          <div className="actions">
            <button type="submit" className="primary" disabled={saving}>
              {t('mailHosts.save')}
            </button>
            <button type="button" onClick={() => setEditing(false)} disabled={saving}>
              {t('mailHosts.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <>
          {hosts.length > 0 ? (
            <ul className="inline-list">
              {hosts.map((host) => (
                <li key={host}>
                  <code>{host}</code>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('mailHosts.none')}</p>
          )}
          {canEdit && (
            <button type="button" onClick={edit}>
              {t('mailHosts.edit')}
            </button>
          )}
        </>
      )}
    </div>
  );
}
