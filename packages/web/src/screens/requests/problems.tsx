// What stops a request being saved or submitted, each gap named once in words (the first list is the one
// focused after a try).
import { useTranslation } from 'react-i18next';
import type { Problem } from './form-model';

export function Problems({ problems, id }: { problems: Problem[]; id?: string }) {
  const { t } = useTranslation('requests');
  if (problems.length === 0) return null;
  const words = (p: Problem) => {
    const params = p.params ? { ...p.params, field: typeof p.params.field === 'string' ? t(p.params.field) : p.params.field } : {};
    return t(p.label, params);
  };
  return (
    <div className="error problems" role={id ? 'alert' : undefined} id={id} tabIndex={id ? -1 : undefined}>
      <strong>{t('form.missingTitle')}</strong>
      <ul>
        {[...new Set(problems.map(words))].map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </div>
  );
}
