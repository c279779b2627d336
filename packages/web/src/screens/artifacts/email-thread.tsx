// The thread an e-mail belongs to: the case's e-mails it replies to, names or is answered by, as a reply tree,
// each a link to its own page. Nothing is shown for an e-mail that stands alone.
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useFormatTime } from '../../format';
import { Link } from '../../router';
import { ErrorNote } from '../../ui';
import { useApi } from '../../use-api';
import { readableAccount } from './artifact-data';

/** Deeper replies are indented no further: a long quarrel must not push its subjects off the pane. */
const MAX_INDENT = 6;

export function EmailThread({ caseId, artifactId }: { caseId: string; artifactId: string }) {
  const { t } = useTranslation('artifacts');
  const formatTime = useFormatTime();
  const thread = useApi(() => api.call('emailThread', { params: { caseId, artifactId } }), [caseId, artifactId]);
  if (thread.error) return <ErrorNote message={thread.error} />;
  const found = thread.data;
  if (!found || found.messages.length < 2) return null;
  return (
    <section className="email-thread" aria-label={t('email.thread', { count: found.messages.length })}>
      <h3>{t('email.thread', { count: found.messages.length })}</h3>
      <ol>
        {found.messages.map((message) => {
          const subject = message.subject || t('email.noSubject');
          const here = message.artifactId === artifactId;
          return (
            <li
              key={message.artifactId}
              style={{ paddingInlineStart: `${Math.min(message.depth, MAX_INDENT) * 1.1}rem` }}
              aria-current={here ? 'true' : undefined}
            >
              {here ? <strong>{subject}</strong> : <Link to={`/cases/${caseId}/artifacts/${message.artifactId}`}>{subject}</Link>}
              <span className="muted">
                {' · '}
                {message.fromWritten ?? (message.from ? readableAccount(message.from) : '—')}
                {' · '}
                {message.at ? formatTime(message.at) : t('email.undated')}
              </span>
            </li>
          );
        })}
      </ol>
      {found.missing > 0 && <p className="muted fine-print">{t('email.threadMissing', { count: found.missing })}</p>}
      {found.truncated && <p className="muted fine-print">{t('email.threadTruncated', { count: found.messages.length })}</p>}
    </section>
  );
}
