// One's own account: who one is in Tamga, a new password, and the authenticator for two-step sign-in.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../../api';
import { useFormatTime } from '../../format';
import { useSession } from '../../session';
import { ErrorNote, Field, PageTitle } from '../../ui';
import { ChangePassword } from '../sign-in/change-password';
import './admin.css';

export function Account() {
  const { t } = useTranslation('admin');
  const { user } = useSession();
  const formatTime = useFormatTime();
  if (!user) return null;
  return (
    <section>
      <PageTitle>{t('account.title')}</PageTitle>
      <div className="account-grid">
        <div className="account-column">
          <div className="card">
            <dl className="pairs">
              <dt>{t('account.username')}</dt>
              <dd>
                <code>{user.username}</code>
              </dd>
              <dt>{t('account.displayName')}</dt>
              <dd>{user.displayName}</dd>
              <dt>{t('account.role')}</dt>
              <dd>{t(`common:roles.${user.role}`)}</dd>
              <dt>{t('account.created')}</dt>
              <dd>{formatTime(user.createdAt)}</dd>
            </dl>
          </div>
          <div className="account-password">
            <ChangePassword />
          </div>
        </div>
        <Totp enabled={user.totpEnabled} />
      </div>
    </section>
  );
}

function Totp({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation('admin');
  const { refresh } = useSession();
  const [setup, setSetup] = useState<{ secret: string; uri: string } | null>(null);
  const [code, setCode] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  // Keys, not words, so a change of language reaches them too.
  const [status, setStatus] = useState<'account.enabled' | 'account.disabled' | null>(null);

  async function act(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    setStatus(null);
    try {
      await action();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  const begin = () =>
    void act(async () => {
      setSetup(await api.call('totpSetup'));
      setCode('');
    });
  const confirm = (event: FormEvent) => {
    event.preventDefault();
    void act(async () => {
      await api.call('totpConfirm', { body: { code } });
      setSetup(null);
      setCode('');
      setStatus('account.enabled');
      await refresh();
    });
  };
  const disable = (event: FormEvent) => {
    event.preventDefault();
    void act(async () => {
      await api.call('totpDisable', { body: { password } });
      setPassword('');
      setStatus('account.disabled');
      await refresh();
    });
  };

  // The secret in groups of four, as authenticator apps show and people type it.
  const grouped = setup?.secret.replace(/(.{4})/g, '$1 ').trim();

  return (
    <section className="card" aria-labelledby="totp-title">
      <h2 id="totp-title">{t('account.totpTitle')}</h2>
      <p>{enabled ? t('account.totpOn') : t('account.totpOff')}</p>
      {!enabled && !setup && (
        <button type="button" className="primary" disabled={busy} onClick={begin}>
          {t('account.setUp')}
        </button>
      )}
      {!enabled && setup && (
        <form onSubmit={confirm}>
          <p className="muted">{t('account.setUpExplain')}</p>
          <dl className="stacked">
            <dt>{t('account.secret')}</dt>
            <dd>
              <code className="secret">{grouped}</code>
            </dd>
            <dt>{t('account.uri')}</dt>
            <dd>
              <code>{setup.uri}</code>
            </dd>
          </dl>
          <Field
            label={t('account.code')}
            hint={t('account.codeHint')}
            value={code}
            onChange={(e) => setCode(e.target.value.replace(/\D/g, '').slice(0, 6))}
            inputMode="numeric"
            autoComplete="one-time-code"
            pattern="[0-9]{6}"
            required
          />
          <div className="actions">
            <button type="submit" className="primary" disabled={busy || code.length !== 6}>
              {t('account.confirm')}
            </button>
            <button type="button" onClick={() => setSetup(null)}>
              {t('common:cancel')}
            </button>
          </div>
        </form>
      )}
      {enabled && (
        <form onSubmit={disable} aria-labelledby="totp-disable-title">
          <h3 id="totp-disable-title">{t('account.disableTitle')}</h3>
          <Field
            label={t('account.password')}
            type="password"
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoComplete="current-password"
            required
          />
          <button type="submit" className="danger" disabled={busy}>
            {t('account.disable')}
          </button>
        </form>
      )}
      <ErrorNote message={error ? errorMessage(error) : null} />
      {status && (
        <p role="status" className="notice">
          {t(status)}
        </p>
      )}
    </section>
  );
}
