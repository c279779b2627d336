// Sign-in with user name and password, then the authenticator code when the account has one.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '@tamga/api';
import { api, errorMessage } from '../../api';
import { changeLanguage, LANGUAGES, type Language } from '../../i18n';
import { useSession } from '../../session';
import { ErrorNote, Field } from '../../ui';

export function SignIn() {
  const { t, i18n } = useTranslation('sign-in');
  const { setSignedIn } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [totpCode, setTotpCode] = useState('');
  const [needsTotp, setNeedsTotp] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const result = await api.call('login', { body: { username, password, ...(needsTotp ? { totpCode } : {}), client: 'web' } });
      setSignedIn(result.user, result.csrfToken);
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'TOTP_REQUIRED') setNeedsTotp(true);
      setError(errorMessage(failure));
    } finally {
      setBusy(false);
    }
  }

  return (
    <main className="sign-in" id="main">
      <form onSubmit={(e) => void submit(e)} className="card narrow" aria-labelledby="sign-in-title">
        <h1 id="sign-in-title">{t('title')}</h1>
        <Field
          label={t('username')}
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          autoComplete="username"
          required
          autoFocus
        />
        <Field
          label={t('password')}
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="current-password"
          required
        />
        {needsTotp && (
          <Field
            label={t('totp')}
            hint={t('totpHint')}
            value={totpCode}
            onChange={(e) => setTotpCode(e.target.value.replace(/\D/g, '').slice(0, 6))}
            inputMode="numeric"
            autoComplete="one-time-code"
            required
            autoFocus
          />
        )}
        <ErrorNote message={error} />
        <button type="submit" className="primary" disabled={busy}>
          {t('submit')}
        </button>
        <div className="field inline">
          <label htmlFor="sign-in-language">{t('common:language')}</label>
          <select id="sign-in-language" value={i18n.language} onChange={(e) => void changeLanguage(e.target.value as Language)}>
            {LANGUAGES.map((l) => (
              <option key={l} value={l}>
                {l === 'en' ? 'English' : 'Русский'}
              </option>
            ))}
          </select>
        </div>
      </form>
    </main>
  );
}
