// The selected artefact beside the list: its view, the entities found in it, and its provenance. Reading an
// artefact is a ledger event, so the pane waits until the selection rests before it asks the server.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Link } from '../../router';
import { useApi } from '../../use-api';
import { ErrorNote, Loading } from '../../ui';
import { typeNameKey, type Artifact } from './artifact-data';
import { SourceTime, utcText } from './artifact-time';
import { ArtifactView, RawFields } from './artifact-views';
import { EntityList } from './highlight';
import { ProvenanceBlock } from './provenance';

/** The value, once it has stayed the same for `ms`. */
export function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function ArtifactDetailPane({ caseId, artifact }: { caseId: string; artifact: Artifact | null }) {
  const { t } = useTranslation('artifacts');
  const settled = useSettled(artifact, 200);
  if (!artifact) return <aside className="detail-pane card" aria-label={t('detail.label')} />;
  return (
    <aside className="detail-pane card" aria-label={t('detail.label')} aria-busy={settled?.id !== artifact.id}>
      <div className="detail-head">
        <h2>{t(`artifact-types:names.${typeNameKey(artifact)}`)}</h2>
        <Link className="button primary" to={`/cases/${caseId}/artifacts/${artifact.id}`}>
          {t('detail.open')}
        </Link>
      </div>
      <p className="detail-time">
        <SourceTime artifact={artifact} />
        {artifact.at && artifact.zone && <span className="muted fine-print"> · {utcText(artifact.at)} UTC</span>}
      </p>
      {settled && settled.id === artifact.id ? <PaneBody key={settled.id} caseId={caseId} artifact={settled} /> : <Loading />}
    </aside>
  );
}

function PaneBody({ caseId, artifact }: { caseId: string; artifact: Artifact }) {
  const { t } = useTranslation('artifacts');
  const detail = useApi(() => api.call('getArtifact', { params: { caseId, artifactId: artifact.id } }), [caseId, artifact.id]);
  const entities = useApi(() => api.call('artifactEntities', { params: { caseId, artifactId: artifact.id } }), [caseId, artifact.id]);
  const occurrences = entities.data?.occurrences;
  const provenance = detail.data?.artifact.id === artifact.id ? detail.data.provenance : null;
  return (
    <>
      <ArtifactView caseId={caseId} artifact={artifact} occurrences={occurrences} full={false} />
      <h3>{t('entities.title')}</h3>
      <ErrorNote message={entities.error} />
      {entities.loading && !entities.data ? <Loading /> : <EntityList occurrences={occurrences} />}
      <h3>{t('provenance.title')}</h3>
      <ErrorNote message={detail.error} />
      {provenance ? <ProvenanceBlock caseId={caseId} provenance={provenance} /> : !detail.error && <Loading />}
      <RawFields artifact={artifact} />
    </>
  );
}
