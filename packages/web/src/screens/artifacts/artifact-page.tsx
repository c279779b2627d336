// One artefact on a page of its own: its view with full context, the entities in it, its provenance with the way
// back to the evidence item, and (with a stated reason) the exact source bytes it was read from.
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useFormatTime } from '../../format';
import { Link } from '../../router';
import { useApi } from '../../use-api';
import { ErrorNote, Loading } from '../../ui';
import { CaseFrame } from '../cases/case-frame';
import { typeNameKey } from './artifact-data';
import { SourceTime, utcText } from './artifact-time';
import { ArtifactView, RawFields } from './artifact-views';
import { EntityList } from './highlight';
import { ProvenanceBlock } from './provenance';
import { SourceBytes } from './source-bytes';
import { MatchList } from '../hash-banks/case-matches';
import { ProtectedImage } from '../hash-banks/protected-image';
import './artifacts.css';

export function ArtifactPage({ caseId, artifactId }: { caseId: string; artifactId: string }) {
  const { t } = useTranslation('artifacts');
  const formatTime = useFormatTime();
  const detail = useApi(() => api.call('getArtifact', { params: { caseId, artifactId } }), [caseId, artifactId]);
  const entities = useApi(() => api.call('artifactEntities', { params: { caseId, artifactId } }), [caseId, artifactId]);
  const data = detail.data?.artifact.id === artifactId ? detail.data : undefined;
  const occurrences = entities.data?.occurrences;
  // A match of the item it was read from flags the artefact too (known content; protected images stay blurred).
  const known = useApi(() => api.call('artifactMatches', { params: { caseId, artifactId } }), [caseId, artifactId]);
  const { t: tk } = useTranslation('hash-banks');

  return (
    <CaseFrame caseId={caseId}>
      <p className="back-link">
        <Link to={`/cases/${caseId}/artifacts`}>← {t('page.back')}</Link>
      </p>
      <ErrorNote message={detail.error} />
      {!data ? (
        !detail.error && <Loading />
      ) : (
        <div className="artifact-page">
          <article className="card artifact-main">
            <header className="detail-head">
              <h2>{t(`artifact-types:names.${typeNameKey(data.artifact)}`)}</h2>
            </header>
            <dl className="kv times">
              <div>
                <dt>{t('time.source')}</dt>
                <dd>
                  <SourceTime artifact={data.artifact} />
                </dd>
              </div>
              {data.artifact.at && (
                <>
                  <div>
                    <dt>{t('time.utc')}</dt>
                    <dd>
                      <code>{utcText(data.artifact.at)}</code>
                    </dd>
                  </div>
                  <div>
                    <dt>{t('time.yours')}</dt>
                    <dd>{formatTime(data.artifact.at)}</dd>
                  </div>
                </>
              )}
              {data.artifact.time?.raw && (
                <div>
                  <dt>{t('time.raw')}</dt>
                  <dd>
                    <code>{data.artifact.time.raw}</code>
                  </dd>
                </div>
              )}
            </dl>
            <ArtifactView caseId={caseId} artifact={data.artifact} occurrences={occurrences} full />
            <RawFields artifact={data.artifact} />
          </article>
          <aside className="artifact-side">
            <section className="card" aria-labelledby="provenance-title">
              <h2 id="provenance-title">{t('provenance.title')}</h2>
              <ProvenanceBlock caseId={caseId} provenance={data.provenance} full />
              <p>
                <Link className="button" to={`/cases/${caseId}/evidence/${data.provenance.itemId}`}>
                  {t('provenance.follow')}
                </Link>
              </p>
            </section>
            {known.data && known.data.matches.length > 0 && (
              <section className="card" aria-labelledby="known-title">
                <h2 id="known-title">{tk('matches.title')}</h2>
                <MatchList matches={known.data.matches} />
                {known.data.flags.protected && (
                  <ProtectedImage
                    caseId={caseId}
                    itemId={known.data.itemId}
                    name={data.provenance.exhibitNumber}
                    meanings={known.data.flags.meanings}
                  />
                )}
              </section>
            )}
            <section className="card" aria-labelledby="entities-title">
              <h2 id="entities-title">{t('entities.title')}</h2>
              <ErrorNote message={entities.error} />
              {entities.loading && !entities.data ? <Loading /> : <EntityList occurrences={occurrences} />}
            </section>
          </aside>
          <section className="card artifact-bytes" aria-labelledby="bytes-title">
            <h2 id="bytes-title">{t('bytes.title')}</h2>
            {data.provenance.bytesAvailable ? (
              <>
                <p className="muted">{t('bytes.explain')}</p>
                <SourceBytes caseId={caseId} artifactId={artifactId} offset={data.provenance.locator.offset ?? 0} />
              </>
            ) : (
              <p className="muted">{t('bytes.unavailable')}</p>
            )}
          </section>
        </div>
      )}
    </CaseFrame>
  );
}
