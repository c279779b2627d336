// Where else an entity occurs: the reader's other cases by reference, the rest as a count with a way to ask
// their leads for access.
import { useTranslation } from 'react-i18next';
import { Link } from '../../router';
import type { EntityView } from './entity-view';

export function AlsoIn({ entity, onAsk }: { entity: EntityView; onAsk: (entity: EntityView) => void }) {
  const { t } = useTranslation('analysis');
  const { cases, others } = entity.alsoIn;
  if (cases.length === 0 && others === 0) return <span className="muted small">{t('entities.onlyHere')}</span>;
  return (
    <div className="also-in">
      {cases.map((c) => (
        <Link key={c.id} to={`/cases/${c.id}/entities?key=${encodeURIComponent(entity.key)}`} title={c.title}>
          {c.reference}
        </Link>
      ))}
      {others > 0 && (
        <>
          <span>{t('entities.otherCases', { count: others })}</span>
          <button type="button" onClick={() => onAsk(entity)}>
            {t('entities.askAccess')}
          </button>
        </>
      )}
    </div>
  );
}
