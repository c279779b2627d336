// The members of one case: change a member's access level, remove a member, or add one by username.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AccessLevel } from '@tamga/api';
import { api, errorMessage } from '../../api';
import { ErrorNote, Field, Select } from '../../ui';

export type Level = (typeof AccessLevel.options)[number];

export function MemberEditor({
  caseId,
  reference,
  members,
  onChanged,
}: {
  caseId: string;
  reference: string;
  members: Array<{ userId: string; username: string; level: Level }>;
  onChanged: () => void;
}) {
  const { t } = useTranslation('admin');
  const [username, setUsername] = useState('');
  const [level, setLevel] = useState<Level>('contribute');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState<{ key: string; username: string; level?: Level } | null>(null);

  async function act(action: () => Promise<{ key: string; username: string; level?: Level }>) {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      setStatus(await action());
      onChanged();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const setMember = (userId: string, name: string, next: Level) =>
    act(async () => {
      await api.call('setMember', { params: { caseId, userId }, body: { level: next } });
      return { key: 'users.added', username: name, level: next };
    });

  const add = (event: FormEvent) => {
    event.preventDefault();
    void act(async () => {
      const found = await api.call('lookupUser', { query: { username: username.trim().toLowerCase() } });
      await api.call('setMember', { params: { caseId, userId: found.id }, body: { level } });
      setUsername('');
      return { key: 'users.added', username: found.username, level };
    });
  };

  return (
    <div className="member-editor" role="group" aria-label={t('users.membersOf', { reference })}>
      <h3>{t('users.membersOf', { reference })}</h3>
      <ul className="plain member-list">
        {members.map((m) => (
          <li key={m.userId}>
            <code>{m.username}</code>
            <select
              aria-label={t('users.levelOf', { username: m.username })}
              value={m.level}
              disabled={busy}
              onChange={(e) => void setMember(m.userId, m.username, e.target.value as Level)}
            >
              {AccessLevel.options.map((l) => (
                <option key={l} value={l}>
                  {t(`common:levels.${l}`)}
                </option>
              ))}
            </select>
            <button
              type="button"
              className="danger"
              disabled={busy}
              aria-label={t('users.removeOf', { username: m.username, reference })}
              onClick={() =>
                void act(async () => {
                  await api.call('removeMember', { params: { caseId, userId: m.userId } });
                  return { key: 'users.removed', username: m.username };
                })
              }
            >
              {t('users.remove')}
            </button>
          </li>
        ))}
      </ul>
      <form className="inline-add" onSubmit={add} aria-label={t('users.addMember')}>
        <Field
          label={t('users.memberUsername')}
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          required
          autoComplete="off"
        />
        <Select label={t('users.level')} value={level} onChange={(e) => setLevel(e.target.value as Level)}>
          {AccessLevel.options.map((l) => (
            <option key={l} value={l}>
              {t(`common:levels.${l}`)}
            </option>
          ))}
        </Select>
        <button type="submit" disabled={busy} className="add-button">
          {t('users.add')}
        </button>
      </form>
      <ErrorNote message={error ? errorMessage(error) : null} />
      {status && (
        <p role="status" className="notice">
          {t(status.key, { username: status.username, reference, level: status.level ? t(`common:levels.${status.level}`) : '' })}
        </p>
      )}
    </div>
  );
}
