// One entity in detail: its facts, the names it was seen under, links to search and the graph, and each
// occurrence in the case's artefacts.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useFormatTime } from '../../format';
import { Link } from '../../router';
import { useApi } from '../../use-api';
import { ErrorNote, Loading } from '../../ui';
import { useEntityTypeName } from './analysis-shared';
import { AlsoIn } from './also-in';
import type { EntityView } from './entity-view';

export function EntityDetail({
  caseId,
  entityKey,
  onClose,
  onAsk,
}: {
  caseId: string;
  entityKey: string;
  onClose: () => void;
  onAsk: (entity: EntityView) => void;
}) {
  const { t } = useTranslation('analysis');
  const formatTime = useFormatTime();
  const typeName = useEntityTypeName();
  const [limit, setLimit] = useState(50);
  const data = useApi(() => api.call('getEntity', { params: { caseId }, query: { key: entityKey, limit } }), [caseId, entityKey, limit]);
  if (data.error) return <ErrorNote message={data.error} />;
  if (!data.data) return <Loading />;
  const { entity, occurrences } = data.data;
  const names = [...new Set(occurrences.map((o) => o.details.name).filter((n): n is string => typeof n === 'string' && n.length > 0))];
  return (
    <>
      <div className="detail-head">
        <div>
          <span className="entity-type">
            {typeName(entity.type)}
            {!entity.valid && <span className="badge warn">{t('entities.unvalidated')}</span>}
          </span>
          <h2 className="mono">{entity.value}</h2>
        </div>
        <button type="button" onClick={onClose}>
          {t('entities.detail.close')}
        </button>
      </div>
      <dl className="facts">
        <dt>{t('entities.occurrences')}</dt>
        <dd>
          {entity.occurrences} {t('entities.inArtefacts', { count: entity.artifacts })}
        </dd>
        <dt>{t('entities.firstSeen')}</dt>
        <dd>{entity.firstAt ? formatTime(entity.firstAt) : '—'}</dd>
        <dt>{t('entities.lastSeen')}</dt>
        <dd>{entity.lastAt ? formatTime(entity.lastAt) : '—'}</dd>
        {names.length > 0 && (
          <>
            <dt>{t('entities.detail.knownAs')}</dt>
            <dd>{names.join(', ')}</dd>
          </>
        )}
        <dt>{t('entities.alsoIn')}</dt>
        <dd>
          <AlsoIn entity={entity} onAsk={onAsk} />
        </dd>
      </dl>
      <p className="actions">
        <Link to={`/cases/${caseId}/search?q=${encodeURIComponent(`"${entity.value}"`)}`}>{t('entities.detail.searchFor')}</Link>
        <Link to={`/cases/${caseId}/graph?focus=${encodeURIComponent(entity.key)}`}>{t('entities.detail.inGraph')}</Link>
      </p>
      <h3>{t('entities.detail.occurrences')}</h3>
      {occurrences.length === 0 ? (
        <p className="muted">{t('entities.detail.noOccurrences')}</p>
      ) : (
        <ol className="occurrences">
          {occurrences.map((o) => (
            <li key={`${o.artifactId}:${o.field}:${o.start}`}>
              <Link to={`/cases/${caseId}/artifacts/${o.artifactId}`}>
                {t(`artifact-types:names.${o.artifactType}`, { defaultValue: o.artifactType })} · {formatTime(o.at)}
              </Link>
              <dl>
                <dt>{t('entities.detail.raw')}</dt>
                <dd>
                  <code>{o.raw}</code>
                </dd>
                <dt>{t('entities.detail.field')}</dt>
                <dd>
                  <code>{o.field}</code>
                </dd>
                {o.account && (
                  <>
                    <dt>{t('entities.detail.account')}</dt>
                    <dd>
                      <code>{o.account}</code>
                    </dd>
                  </>
                )}
                {o.flags.length > 0 && (
                  <>
                    <dt>{t('entities.detail.flags')}</dt>
                    <dd>
                      {o.flags.map((flag) => (
                        <span key={flag} className="badge warn">
                          {flag}
                        </span>
                      ))}
                    </dd>
                  </>
                )}
              </dl>
            </li>
          ))}
        </ol>
      )}
      {occurrences.length === limit && limit < 1000 && (
        <p>
          <button type="button" onClick={() => setLimit((n) => Math.min(n * 2, 1000))} disabled={data.loading}>
            {t('entities.detail.more')}
          </button>
        </p>
      )}
    </>
  );
}
