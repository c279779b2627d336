// The entity list as a table: type and value, how often and when each was seen, and the other cases it is in.
import { useTranslation } from 'react-i18next';
import { useEntityTypeName, useFormatDate } from './analysis-shared';
import { AlsoIn } from './also-in';
import type { EntityView } from './entity-view';

export function EntityTable({
  entities,
  selected,
  onSelect,
  onAsk,
}: {
  entities: EntityView[];
  selected: string | null;
  onSelect: (key: string) => void;
  onAsk: (entity: EntityView) => void;
}) {
  const { t } = useTranslation('analysis');
  const formatDate = useFormatDate();
  const typeName = useEntityTypeName();
  return (
    <div className="table-scroll">
      <table className="table entity-table">
        <caption className="visually-hidden">{t('entities.list')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('entities.value')}</th>
            <th scope="col" className="num">
              {t('entities.occurrences')}
            </th>
            <th scope="col">{t('entities.seen')}</th>
            <th scope="col">{t('entities.alsoIn')}</th>
          </tr>
        </thead>
        <tbody>
          {entities.map((e) => (
            <tr key={e.key} className={e.key === selected ? 'selected' : undefined}>
              <td>
                <span className="entity-type">
                  {typeName(e.type)}
                  {!e.valid && <span className="badge warn">{t('entities.unvalidated')}</span>}
                </span>
                <button
                  type="button"
                  className={`entity-pick${e.value.length > 24 ? ' long' : ''}`}
                  title={e.value}
                  onClick={() => onSelect(e.key)}
                  aria-label={t('entities.select', { value: e.value })}
                  aria-pressed={e.key === selected}
                >
                  {e.value}
                </button>
              </td>
              <td className="num">
                {e.occurrences}
                <br />
                <span className="muted small">{t('entities.inArtefacts', { count: e.artifacts })}</span>
              </td>
              <td className="small">
                {e.firstAt ? (
                  formatDate(e.lastAt) === formatDate(e.firstAt) ? (
                    <span className="nowrap">{formatDate(e.firstAt)}</span>
                  ) : (
                    <>
                      <span className="nowrap">{formatDate(e.firstAt)} –</span> <span className="nowrap">{formatDate(e.lastAt)}</span>
                    </>
                  )
                ) : (
                  <span className="muted">{t('common:undated')}</span>
                )}
              </td>
              <td>
                <AlsoIn entity={e} onAsk={onAsk} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
