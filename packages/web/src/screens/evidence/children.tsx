// The exhibits derived from this one, listed a page at a time.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSize } from '../../format';
import { Link } from '../../router';
import { type EvidenceItem } from './evidence-shared';

export function Children({ caseId, count, items }: { caseId: string; count: number; items: EvidenceItem[] }) {
  const { t } = useTranslation('evidence');
  const formatSize = useSize();
  const [shown, setShown] = useState(50);
  if (count === 0) return null;
  return (
    <>
      <h3>{t('detail.children', { count })}</h3>
      <ul className="children">
        {items.slice(0, shown).map((child) => (
          <li key={child.id}>
            <Link to={`/cases/${caseId}/evidence/${child.id}`}>{child.exhibitNumber}</Link> {child.name}{' '}
            {child.digests && <small className="muted">{formatSize(child.digests.size)}</small>}
          </li>
        ))}
      </ul>
      {items.length > shown && (
        <button type="button" onClick={() => setShown(shown + 200)}>
          {t('list.showMore', { count: Math.min(200, items.length - shown), total: items.length })}
        </button>
      )}
    </>
  );
}
