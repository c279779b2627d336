// The one-time password of a new or reset account, shown once for the administrator to hand over.
import { useTranslation } from 'react-i18next';

export function OneTimePassword({ username, password, onDone }: { username: string; password: string; onDone: () => void }) {
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
