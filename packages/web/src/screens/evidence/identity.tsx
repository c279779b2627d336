// The exhibit's identity card: its numbers, original path, when it was recorded, its authorization, its
// hashes in full and the file's own times.
import { useTranslation } from 'react-i18next';
import { useFormatTime } from '../../format';
import { Link } from '../../router';
import { HashLine, type EvidenceItem } from './evidence-shared';
import { Row } from './row';

export function Identity({ caseId, item }: { caseId: string; item: EvidenceItem }) {
  const { t } = useTranslation('evidence');
  const formatTime = useFormatTime();
  const times = item.fileTimes;
  return (
    <section className="card" aria-labelledby="identity-title">
      <h2 id="identity-title">{t('detail.identity')}</h2>
      <dl className="pairs">
        <Row label={t('detail.exhibitNumber')}>{item.exhibitNumber}</Row>
        {item.rootExhibitNumber !== item.exhibitNumber && <Row label={t('detail.rootExhibit')}>{item.rootExhibitNumber}</Row>}
        <Row label={t('detail.originalPath')}>
          <code>{item.originalPath}</code>
        </Row>
        <Row label={t('detail.recorded')}>{formatTime(item.createdAt)}</Row>
        <Row label={t('detail.authorization')}>
          <Link to={`/cases/${caseId}/authorizations?open=${encodeURIComponent(item.authorizationId)}`}>
            {t('detail.viewAuthorization')}
          </Link>
        </Row>
        {item.status === 'ingesting' && <Row label={t('detail.intake')}>{t('list.ingesting')}</Row>}
      </dl>
      {item.digests ? (
        <>
          <h3>{t('detail.hashes')}</h3>
          <dl className="hashes">
            <HashLine algorithm="SHA-256" value={item.digests.sha256} />
            <HashLine algorithm="SHA-1" value={item.digests.sha1} />
            <HashLine algorithm="MD5" value={item.digests.md5} />
          </dl>
        </>
      ) : (
        <p className="muted">{t('detail.noBytes')}</p>
      )}
      {(times.modifiedAt || times.accessedAt || times.changedAt || times.bornAt) && (
        <>
          <h3>{t(item.acquisition.method === 'UPLOAD' ? 'detail.fileTimesSent' : 'detail.fileTimes')}</h3>
          <dl className="pairs">
            {times.bornAt && <Row label={t('detail.bornAt')}>{formatTime(times.bornAt)}</Row>}
            {times.modifiedAt && <Row label={t('detail.modifiedAt')}>{formatTime(times.modifiedAt)}</Row>}
            {times.changedAt && <Row label={t('detail.changedAt')}>{formatTime(times.changedAt)}</Row>}
            {times.accessedAt && <Row label={t('detail.accessedAt')}>{formatTime(times.accessedAt)}</Row>}
          </dl>
        </>
      )}
    </section>
  );
}
