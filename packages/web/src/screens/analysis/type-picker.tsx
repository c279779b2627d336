// The graph's filter of entity types: a drop-down list of checkboxes that Escape closes.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ENTITY_TYPE_NAMES, type EntityType } from './analysis-shared';

/** Entity types as a drop-down list of checkboxes; none chosen means all. */
export function TypePicker({ chosen, onChange }: { chosen: EntityType[]; onChange: (types: EntityType[]) => void }) {
  const { t } = useTranslation('analysis');
  const ref = useRef<HTMLDetailsElement>(null);
  const types = ENTITY_TYPE_NAMES.filter((type) => type !== 'account');
  const summary =
    chosen.length === 0
      ? t('graph.allEntityTypes')
      : chosen.length <= 2
        ? chosen.map((c) => t(`entityTypes.${c}`)).join(', ')
        : t('graph.typesChosen', { count: chosen.length });
  return (
    <fieldset className="type-picker">
      <legend>{t('graph.entityTypes')}</legend>
      <details
        ref={ref}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && ref.current?.open) {
            ref.current.open = false;
            ref.current.querySelector('summary')?.focus();
          }
        }}
      >
        <summary>{summary}</summary>
        <div className="type-panel">
          {types.map((type) => (
            <label key={type} className="check">
              <input
                type="checkbox"
                checked={chosen.includes(type)}
                onChange={(e) => onChange(e.target.checked ? [...chosen, type] : chosen.filter((x) => x !== type))}
              />
              {t(`entityTypes.${type}`)}
            </label>
          ))}
          {chosen.length > 0 && (
            <button type="button" onClick={() => onChange([])}>
              {t('graph.allEntityTypes')}
            </button>
          )}
        </div>
      </details>
    </fieldset>
  );
}
