// The accounts: a form to create one with a one-time password, and the table to change a role or name, disable,
// reset a password or unlock.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Role, type UserView } from '@tamga/api';
import { api, errorMessage } from '../../api';
import { useFormatTime } from '../../format';
import { useApi } from '../../use-api';
import { Empty, ErrorNote, Field, Loading, Select } from '../../ui';
import { ConfirmDialog } from './confirm-dialog';
import { OneTimePassword } from './one-time-password';

type RoleName = (typeof Role.options)[number];

/** What the last action did: kept as a key, so it follows a change of language. */
type Notice = { kind: 'oneTime'; username: string; password: string } | { kind: 'text'; key: string; values: Record<string, string> };

export function Accounts({ selfId }: { selfId: string }) {
  const { t } = useTranslation('admin');
  const formatTime = useFormatTime();
  const users = useApi(() => api.call('listUsers'), []);
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<RoleName>('investigator');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [editing, setEditing] = useState<{ id: string; displayName: string; role: RoleName; disabled: boolean } | null>(null);
  const [resetting, setResetting] = useState<UserView | null>(null);

  async function act(action: () => Promise<Notice | null>) {
    setBusy(true);
    setError(null);
    try {
      setNotice(await action());
      users.reload();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const create = (event: FormEvent) => {
    event.preventDefault();
    void act(async () => {
      const created = await api.call('createUser', { body: { username: username.trim().toLowerCase(), displayName, role } });
      setUsername('');
      setDisplayName('');
      return created.oneTimePassword
        ? { kind: 'oneTime', username: created.user.username, password: created.oneTimePassword }
        : { kind: 'text', key: 'users.noOneTime', values: { username: created.user.username } };
    });
  };

  const save = (target: UserView) => {
    if (!editing) return;
    const body = {
      ...(editing.displayName !== target.displayName ? { displayName: editing.displayName } : {}),
      ...(editing.role !== target.role ? { role: editing.role } : {}),
      ...(editing.disabled !== target.disabled ? { disabled: editing.disabled } : {}),
    };
    void act(async () => {
      await api.call('updateUser', { params: { userId: target.id }, body });
      setEditing(null);
      return { kind: 'text', key: 'users.saved', values: { username: target.username } };
    });
  };

  const now = Date.now();
  return (
    <>
      <form className="card form-grid" onSubmit={create} aria-labelledby="new-account-title">
        <h2 id="new-account-title" className="wide">
          {t('users.create')}
        </h2>
        <Field
          label={t('users.username')}
          hint={t('users.usernameHint')}
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          required
          minLength={2}
          maxLength={63}
          pattern="[A-Za-z0-9._\-]{2,63}"
          autoComplete="off"
        />
        <Field
          label={t('users.displayName')}
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
          maxLength={200}
          autoComplete="off"
        />
        <Select label={t('users.role')} value={role} onChange={(e) => setRole(e.target.value as RoleName)}>
          {Role.options.map((r) => (
            <option key={r} value={r}>
              {t(`common:roles.${r}`)}
            </option>
          ))}
        </Select>
        <div className="actions align-end">
          <button type="submit" className="primary" disabled={busy}>
            {t('users.createSubmit')}
          </button>
        </div>
      </form>

      <ErrorNote message={error ? errorMessage(error) : users.error} />
      {notice?.kind === 'oneTime' && (
        <OneTimePassword username={notice.username} password={notice.password} onDone={() => setNotice(null)} />
      )}
      {notice?.kind === 'text' && (
        <p role="status" className="notice">
          {t(notice.key, notice.values)}
        </p>
      )}

      <h2>{t('users.accounts')}</h2>
      {users.loading && !users.data ? (
        <Loading />
      ) : users.data?.length === 0 ? (
        <Empty>{t('users.none')}</Empty>
      ) : (
        <table className="table admin-table" aria-label={t('users.accounts')}>
          <thead>
            <tr>
              <th scope="col">{t('users.username')}</th>
              <th scope="col">{t('users.displayName')}</th>
              <th scope="col">{t('users.role')}</th>
              <th scope="col">{t('users.status')}</th>
              <th scope="col">{t('users.created')}</th>
              <th scope="col">{t('users.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {users.data?.map((u) => {
              const locked = u.lockedUntil !== null && Date.parse(u.lockedUntil) > now;
              const draft = editing?.id === u.id ? editing : null;
              return (
                <tr key={u.id}>
                  <th scope="row">
                    <code>{u.username}</code>
                  </th>
                  <td>
                    {draft ? (
                      <input
                        aria-label={t('users.displayNameOf', { username: u.username })}
                        autoFocus
                        value={draft.displayName}
                        maxLength={200}
                        onChange={(e) => setEditing({ ...draft, displayName: e.target.value })}
                      />
                    ) : (
                      u.displayName
                    )}
                  </td>
                  <td>
                    {draft ? (
                      <select
                        aria-label={t('users.roleOf', { username: u.username })}
                        value={draft.role}
                        disabled={u.id === selfId}
                        onChange={(e) => setEditing({ ...draft, role: e.target.value as RoleName })}
                      >
                        {Role.options.map((r) => (
                          <option key={r} value={r}>
                            {t(`common:roles.${r}`)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      t(`common:roles.${u.role}`)
                    )}
                  </td>
                  <td>
                    {draft ? (
                      <label className="check">
                        <input
                          type="checkbox"
                          checked={draft.disabled}
                          disabled={u.id === selfId}
                          onChange={(e) => setEditing({ ...draft, disabled: e.target.checked })}
                          aria-label={t('users.disabledOf', { username: u.username })}
                        />{' '}
                        {t('users.disabled')}
                      </label>
                    ) : (
                      <span className="badges">
                        {u.disabled ? (
                          <span className="badge bad">{t('users.disabled')}</span>
                        ) : (
                          <span className="badge">{t('users.active')}</span>
                        )}
                        {locked && <span className="badge bad">{t('users.lockedUntil', { time: formatTime(u.lockedUntil) })}</span>}
                        {u.mustChangePassword && <span className="badge warn">{t('users.mustChange')}</span>}
                        {u.totpEnabled && <span className="badge">{t('users.totp')}</span>}
                      </span>
                    )}
                  </td>
                  <td>{formatTime(u.createdAt)}</td>
                  <td>
                    <div className="actions">
                      {draft ? (
                        <>
                          <button
                            type="button"
                            className="primary"
                            disabled={busy}
                            onClick={() => save(u)}
                            aria-label={t('users.saveOf', { username: u.username })}
                          >
                            {t('users.save')}
                          </button>
                          <button type="button" onClick={() => setEditing(null)} aria-label={t('users.cancelOf', { username: u.username })}>
                            {t('common:cancel')}
                          </button>
                        </>
                      ) : (
                        <>
                          <button
                            type="button"
                            onClick={() => setEditing({ id: u.id, displayName: u.displayName, role: u.role, disabled: u.disabled })}
                            aria-label={t('users.editOf', { username: u.username })}
                          >
                            {t('users.edit')}
                          </button>
                          <button
                            type="button"
                            disabled={busy}
                            onClick={() => setResetting(u)}
                            aria-label={t('users.resetOf', { username: u.username })}
                          >
                            {t('users.reset')}
                          </button>
                          {locked && (
                            <button
                              type="button"
                              disabled={busy}
                              aria-label={t('users.unlockOf', { username: u.username })}
                              onClick={() =>
                                void act(async () => {
                                  await api.call('unlockUser', { params: { userId: u.id } });
                                  return { kind: 'text', key: 'users.unlocked', values: { username: u.username } };
                                })
                              }
                            >
                              {t('users.unlock')}
                            </button>
                          )}
                        </>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {resetting && (
        <ConfirmDialog
          title={t('users.resetTitle', { username: resetting.username })}
          confirm={t('users.resetConfirm')}
          danger
          onCancel={() => setResetting(null)}
          onConfirm={() => {
            const target = resetting;
            setResetting(null);
            void act(async () => {
              const { oneTimePassword } = await api.call('resetPassword', { params: { userId: target.id } });
              return { kind: 'oneTime', username: target.username, password: oneTimePassword };
            });
          }}
        >
          <p>{t('users.resetExplain')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
