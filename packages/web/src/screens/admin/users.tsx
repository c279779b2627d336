// Administration: accounts and their roles (create with a one-time password, change, disable, reset, unlock),
// and who is a member of which case — by reference and status only, never the case's title or contents.
import { Fragment, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { AccessLevel, Role, type UserView } from '@tamga/api';
import { api, errorMessage } from '../../api';
import { useFormatTime } from '../../format';
import { useSession } from '../../session';
import { useApi } from '../../use-api';
import { Empty, ErrorNote, Field, Loading, PageTitle, Select } from '../../ui';
import { ConfirmDialog } from './confirm-dialog';
import './admin.css';

type RoleName = (typeof Role.options)[number];
type Level = (typeof AccessLevel.options)[number];

export function Users() {
  const { t } = useTranslation('admin');
  const { user } = useSession();
  if (user?.role !== 'admin') {
    return (
      <section>
        <PageTitle>{t('users.title')}</PageTitle>
        <ErrorNote message={t('errors:ROLE_FORBIDDEN')} />
      </section>
    );
  }
  return (
    <section>
      <PageTitle>{t('users.title')}</PageTitle>
      <Accounts selfId={user.id} />
      <CaseMembership />
    </section>
  );
}

/** What the last action did: kept as a key, so it follows a change of language. */
type Notice = { kind: 'oneTime'; username: string; password: string } | { kind: 'text'; key: string; values: Record<string, string> };

function OneTimePassword({ username, password, onDone }: { username: string; password: string; onDone: () => void }) {
  const { t } = useTranslation('admin');
  return (
    <div className="card one-time" role="region" aria-labelledby="one-time-title">
      <h2 id="one-time-title">{t('users.oneTimeTitle', { username })}</h2>
      <p>
        <code className="secret">{password}</code>
      </p>
      <p className="muted">{t('users.oneTimeExplain', { username })}</p>
      <button type="button" onClick={onDone}>
        {t('users.oneTimeDone')}
      </button>
    </div>
  );
}

function Accounts({ selfId }: { selfId: string }) {
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

function CaseMembership() {
  const { t } = useTranslation('admin');
  const cases = useApi(() => api.call('adminCases'), []);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <section aria-labelledby="admin-cases-title" className="admin-cases">
      <h2 id="admin-cases-title">{t('users.cases')}</h2>
      <p className="muted">{t('users.casesExplain')}</p>
      <ErrorNote message={cases.error} />
      {cases.loading && !cases.data ? (
        <Loading />
      ) : cases.data?.length === 0 ? (
        <Empty>{t('users.noCases')}</Empty>
      ) : (
        <table className="table admin-table" aria-labelledby="admin-cases-title">
          <thead>
            <tr>
              <th scope="col">{t('users.reference')}</th>
              <th scope="col">{t('cases:status')}</th>
              <th scope="col">{t('users.members')}</th>
              <th scope="col">{t('users.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {cases.data?.map((c) => (
              <Fragment key={c.id}>
                <tr>
                  <th scope="row">
                    {c.reference}
                    {c.training && <span className="badge">{t('users.training')}</span>}
                  </th>
                  <td>{t(`cases:statuses.${c.status}`)}</td>
                  <td>
                    <ul className="plain">
                      {c.members.map((m) => (
                        <li key={m.userId}>
                          <code>{m.username}</code> — {t(`common:levels.${m.level}`)}
                        </li>
                      ))}
                    </ul>
                  </td>
                  <td>
                    <button
                      type="button"
                      aria-expanded={open === c.id}
                      aria-controls={`members-${c.id}`}
                      aria-label={t(open === c.id ? 'users.hideOf' : 'users.manageOf', { reference: c.reference })}
                      onClick={() => setOpen(open === c.id ? null : c.id)}
                    >
                      {open === c.id ? t('common:close') : t('users.manage')}
                    </button>
                  </td>
                </tr>
                {open === c.id && (
                  <tr id={`members-${c.id}`}>
                    <td colSpan={4}>
                      <MemberEditor caseId={c.id} reference={c.reference} members={c.members} onChanged={cases.reload} />
                    </td>
                  </tr>
                )}
              </Fragment>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

function MemberEditor({
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
