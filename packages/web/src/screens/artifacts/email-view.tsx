// An e-mail as an investigator reads it: the addresses, subject and date, the origin IP from the Received chain,
// the body with its entities marked, and the attachments, each linked to the derived item it became.
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { LOCAL_ZONE, useFormatTime, useSize } from '../../format';
import { Link } from '../../router';
import { useApi } from '../../use-api';
import { addressAsWritten, list, num, obj, str, type Artifact, type ArtifactViewProps } from './artifact-data';
import { SourceTime } from './artifact-time';
import { EmailThread } from './email-thread';
import { Highlighted } from './highlight';

const ADDRESS_ROLES = ['from', 'to', 'cc', 'bcc', 'reply_to'] as const;

export function EmailView({ caseId, artifact, occurrences, full }: ArtifactViewProps) {
  const { t } = useTranslation('artifacts');
  const f = artifact.fields;
  const origin = obj(f.originIp);
  const originField = origin ? receivedField(f.headers, num(origin.hop)) : null;
  const attachments = list(f.attachments)
    .map(obj)
    .filter((a): a is Record<string, unknown> => a !== null);
  const subject = str(f.subject);
  return (
    <div className="email-view">
      <dl className="kv">
        {ADDRESS_ROLES.map((role) => {
          const actors = artifact.actors.filter((a) => a.role === role);
          if (actors.length === 0) return null;
          return (
            <div key={role}>
              <dt>{t(`email.${role}`)}</dt>
              <dd>
                {actors.map((a, i) => (
                  <span key={`${a.account}-${i}`} className="address">
                    {a.name ? `${a.name} ` : ''}
                    <code>&lt;{addressAsWritten(a.account, f)}&gt;</code>
                  </span>
                ))}
              </dd>
            </div>
          );
        })}
        <div>
          <dt>{t('email.subject')}</dt>
          <dd>
            {subject ? (
              <Highlighted text={subject} occurrences={occurrences} field="fields.subject" />
            ) : (
              <span className="muted">{t('email.noSubject')}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('email.date')}</dt>
          <dd>
            <SourceTime artifact={artifact} />
            {artifact.time?.raw && (
              <div className="muted">
                <code>{artifact.time.raw}</code>
              </div>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('email.originIp')}</dt>
          <dd>
            {origin && str(origin.ip) ? (
              <>
                <code className="emphasis">{String(origin.ip)}</code>
                {str(origin.kind) && (
                  <span className="badge">{t(`email.ipKinds.${String(origin.kind)}`, { defaultValue: String(origin.kind) })}</span>
                )}
                <div className="muted fine-print">
                  {t('email.originHop', { hop: (num(origin.hop) ?? 0) + 1, from: str(origin.from) ?? '?', by: str(origin.by) ?? '?' })}
                </div>
                {(origin.basis === 'trusted_hosts' || origin.basis === 'first_public') && (
                  <div className="muted fine-print">{t(`email.originBasis.${origin.basis}`)}</div>
                )}
                {full && originField && (
                  <div className="fine-print">
                    <code>Received: {originField}</code>
                  </div>
                )}
              </>
            ) : (
              <span className="muted">{t('email.noOrigin')}</span>
            )}
          </dd>
        </div>
        {full && str(f.messageId) && (
          <div>
            <dt>{t('email.messageId')}</dt>
            <dd>
              <code>{String(f.messageId)}</code>
            </dd>
          </div>
        )}
        {full && list(f.inReplyTo).length > 0 && (
          <div>
            <dt>{t('email.inReplyTo')}</dt>
            <dd>
              <code>{list(f.inReplyTo).map(String).join(', ')}</code>
            </dd>
          </div>
        )}
      </dl>
      {attachments.length > 0 && <Attachments caseId={caseId} artifact={artifact} attachments={attachments} />}
      <h3>{t('email.body')}</h3>
      <CharsetWarnings fields={f} />
      {artifact.text ? (
        <div className="text-body">
          <Highlighted text={artifact.text} occurrences={occurrences} field="text" />
        </div>
      ) : (
        <p className="muted">{t('email.noBody')}</p>
      )}
      <EmailThread caseId={caseId} artifactId={artifact.id} />
      {full && <ReceivedChain artifact={artifact} />}
      {full && <AllHeaders artifact={artifact} />}
    </div>
  );
}

function Attachments({
  caseId,
  artifact,
  attachments,
}: {
  caseId: string;
  artifact: Artifact;
  attachments: Array<Record<string, unknown>>;
}) {
  const { t } = useTranslation('artifacts');
  const sizeOf = useSize();
  // Attachments became derived items of the message's item, named by their path.
  const children = useApi(
    () => api.call('listEvidence', { params: { caseId }, query: { parentId: artifact.itemId } }),
    [caseId, artifact.itemId],
  );
  return (
    <>
      <h3>{t('email.attachments', { count: attachments.length })}</h3>
      <ul className="attachments">
        {attachments.map((a, i) => {
          const path = str(a.path);
          const item = children.data?.find((c) => c.originalPath === path);
          const name = str(a.name) ?? path ?? t('email.unnamed');
          const size = num(a.size);
          return (
            <li key={path ?? i}>
              {item ? <Link to={`/cases/${caseId}/evidence/${item.id}`}>{name}</Link> : <span>{name}</span>}{' '}
              <span className="muted">{[str(a.mimeType), size !== null ? sizeOf(size) : null].filter(Boolean).join(' · ')}</span>
              {item && <span className="badge">{item.exhibitNumber}</span>}
              {!item && children.data && <span className="badge warn">{t('email.notExtracted')}</span>}
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** The text of the hop-th Received field (the first is the one added last), unfolded. */
function receivedField(headers: unknown, hop: number | null): string | null {
  if (hop === null) return null;
  const received = list(headers)
    .map(obj)
    .filter((h) => h !== null && String(h.name).toLowerCase() === 'received');
  const value = str(received[hop]?.value);
  return value === null ? null : value.replace(/\r?\n[ \t]+/g, ' ');
}

function ReceivedChain({ artifact }: { artifact: Artifact }) {
  const { t } = useTranslation('artifacts');
  const formatTime = useFormatTime(LOCAL_ZONE);
  const hops = list(artifact.fields.receivedHops)
    .map(obj)
    .filter((h): h is Record<string, unknown> => h !== null);
  if (hops.length === 0) return null;
  return (
    <details>
      <summary>{t('email.receivedChain', { count: hops.length })}</summary>
      <div className="hops-scroll">
        <table className="table compact hops">
          <thead>
            <tr>
              <th>#</th>
              <th>{t('email.hopFrom')}</th>
              <th>{t('email.hopIp')}</th>
              <th>{t('email.hopBy')}</th>
              <th>{t('email.hopTime')}</th>
            </tr>
          </thead>
          <tbody>
            {hops.map((hop, i) => (
              <tr key={i}>
                <td>
                  {(num(hop.index) ?? i) + 1}
                  {hop.unverified === true && (
                    <>
                      {' '}
                      <span className="badge warn" title={t('email.hopUnverifiedWhy')}>
                        {t('email.hopUnverified')}
                      </span>
                    </>
                  )}
                </td>
                <td>
                  {str(hop.from) ?? '—'}
                  {str(hop.rdns) && hop.rdns !== hop.from && (
                    <div className="muted small">{t('email.hopLookedUp', { name: String(hop.rdns) })}</div>
                  )}
                </td>
                <td>
                  <code>{str(hop.ip) ?? '—'}</code>
                </td>
                <td>
                  {str(hop.by) ?? '—'}
                  {str(hop.byIp) && (
                    <div className="muted small">
                      <code>{String(hop.byIp)}</code>
                    </div>
                  )}
                </td>
                <td>{str(hop.time) ? formatTime(String(hop.time)) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

/** Text parts whose declared character set did not fit, each named with what it was decoded as instead. */
function CharsetWarnings({ fields }: { fields: Record<string, unknown> }) {
  const { t } = useTranslation('artifacts');
  const parts = list(fields.textParts)
    .map(obj)
    .filter((p): p is Record<string, unknown> => p !== null && p.charsetMismatch === true);
  if (parts.length === 0)
    return fields.charsetMismatch === true ? <p className="badge warn block">{t('email.charsetMismatchUnknown')}</p> : null;
  return (
    <>
      {parts.map((p, i) => {
        const values = { part: str(p.part), declared: str(p.charset) ?? '?', decoded: (str(p.decodedAs) ?? '?').toUpperCase() };
        return (
          <p key={i} className="badge warn block">
            {t(values.part ? 'email.charsetMismatchPart' : 'email.charsetMismatch', values)}
          </p>
        );
      })}
    </>
  );
}

function AllHeaders({ artifact }: { artifact: Artifact }) {
  const { t } = useTranslation('artifacts');
  const headers = list(artifact.fields.headers)
    .map(obj)
    .filter((h): h is Record<string, unknown> => h !== null);
  if (headers.length === 0) return null;
  return (
    <details>
      <summary>{t('email.allHeaders', { count: headers.length })}</summary>
      <pre className="headers">{headers.map((h) => `${String(h.name)}: ${String(h.value)}`).join('\n')}</pre>
    </details>
  );
}
