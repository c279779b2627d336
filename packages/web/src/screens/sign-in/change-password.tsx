// Changing one's password: forced after an administrator set it, or by choice from the account page.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../../api';
import { useSession } from '../../session';
import { ErrorNote, Field } from '../../ui';

export function ChangePassword({ forced = false }: { forced?: boolean }) {
  const { t } = useTranslation('sign-in');
  const { refresh } = useSession();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (next !== repeat) return setError(t('mismatch'));
    try {
      await api.call('changePassword', { body: { currentPassword: current, newPassword: next } });
      setDone(true);
      setCurrent('');
      setNext('');
      setRepeat('');
      await refresh();
    } catch (failure) {
      setError(errorMessage(failure));
    }
  }

  const form = (
    <form onSubmit={(e) => void submit(e)} className="card narrow" aria-labelledby="change-password-title">
      <h1 id="change-password-title">{t('changeTitle')}</h1>
      {forced && <p>{t('changeForced')}</p>}
      <Field
        label={t('currentPassword')}
        type="password"
        value={current}
        onChange={(e) => setCurrent(e.target.value)}
        autoComplete="current-password"
        required
      />
      <Field
        label={t('newPassword')}
        hint={t('passwordHint')}
        type="password"
        value={next}
        onChange={(e) => setNext(e.target.value)}
        autoComplete="new-password"
        required
      />
      <Field
        label={t('repeatPassword')}
        type="password"
        value={repeat}
        onChange={(e) => setRepeat(e.target.value)}
        autoComplete="new-password"
        required
      />
      <ErrorNote message={error} />
      {done && <p role="status">{t('changed')}</p>}
      <button type="submit" className="primary">
        {t('change')}
      </button>
    </form>
  );
  return forced ? (
    <main className="sign-in" id="main">
      {form}
    </main>
  ) : (
    form
  );
}
