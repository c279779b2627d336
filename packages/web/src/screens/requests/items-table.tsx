// The data a request seeks, one line each: selector type × value × data category × time window with its offset.
import { useTranslation } from 'react-i18next';
import { CATEGORIES, SELECTOR_TYPES } from '../authorizations/authorization-model';
import { newItem, OFFSETS, type ItemRow } from './form-model';

export function ItemsTable({
  rows,
  onChange,
  offset,
  invalid,
}: {
  rows: ItemRow[];
  onChange: (rows: ItemRow[]) => void;
  offset: string;
  invalid: (field: string) => boolean;
}) {
  const { t } = useTranslation('requests');
  const set = (index: number, change: Partial<ItemRow>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...change } : r)));
  const name = (field: string, n: number) => t('form.itemLabel', { field: t(field), n });
  return (
    <fieldset className="wide" aria-invalid={invalid('items') || undefined}>
      <legend>{t('form.items')}</legend>
      <p className="muted small">
        {t('form.itemsHint')} {t('form.zone')}
      </p>
      {rows.length === 0 ? (
        <p className="muted">{t('form.noItems')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table items-table">
            <thead>
              <tr>
                <th scope="col">{t('form.selectorType')}</th>
                <th scope="col">{t('form.selectorValue')}</th>
                <th scope="col">{t('form.service')}</th>
                <th scope="col">{t('form.category')}</th>
                <th scope="col">{t('form.windowFrom')}</th>
                <th scope="col">{t('form.windowTo')}</th>
                <th scope="col">{t('form.offset')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('form.removeItem', { n: '' })}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => {
                const n = index + 1;
                return (
                  <tr key={row.key}>
                    <td>
                      <select
                        aria-label={name('form.selectorType', n)}
                        value={row.selectorType}
                        onChange={(e) => set(index, { selectorType: e.target.value as ItemRow['selectorType'] })}
                      >
                        {SELECTOR_TYPES.map((s) => (
                          <option key={s} value={s}>
                            {t(`authorizations:selectorTypes.${s}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <input
                        aria-label={name('form.selectorValue', n)}
                        value={row.selectorValue}
                        onChange={(e) => set(index, { selectorValue: e.target.value })}
                        aria-invalid={invalid(`items.${index}.selectorValue`) || undefined}
                        maxLength={500}
                        spellCheck={false}
                      />
                    </td>
                    <td>
                      <input
                        aria-label={name('form.service', n)}
                        value={row.service}
                        onChange={(e) => set(index, { service: e.target.value })}
                        maxLength={200}
                        className="narrow-input"
                      />
                    </td>
                    <td>
                      <select
                        aria-label={name('form.category', n)}
                        value={row.category}
                        onChange={(e) => set(index, { category: e.target.value as ItemRow['category'] })}
                      >
                        {CATEGORIES.map((c) => (
                          <option key={c} value={c}>
                            {t(`authorizations:categories.${c}`)}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <input
                        type="datetime-local"
                        aria-label={name('form.windowFrom', n)}
                        value={row.from}
                        onChange={(e) => set(index, { from: e.target.value })}
                        aria-invalid={invalid(`items.${index}.from`) || undefined}
                      />
                    </td>
                    <td>
                      <input
                        type="datetime-local"
                        aria-label={name('form.windowTo', n)}
                        value={row.to}
                        onChange={(e) => set(index, { to: e.target.value })}
                        aria-invalid={invalid(`items.${index}.to`) || undefined}
                      />
                    </td>
                    <td>
                      <select
                        aria-label={name('form.offset', n)}
                        value={row.offset}
                        onChange={(e) => set(index, { offset: e.target.value })}
                      >
                        {(OFFSETS.includes(row.offset) ? OFFSETS : [row.offset, ...OFFSETS]).map((o) => (
                          <option key={o} value={o}>
                            {o}
                          </option>
                        ))}
                      </select>
                    </td>
                    <td>
                      <button
                        type="button"
                        aria-label={t('form.removeItem', { n })}
                        onClick={() => onChange(rows.filter((_, i) => i !== index))}
                      >
                        ×
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <button type="button" onClick={() => onChange([...rows, newItem(rows[rows.length - 1]?.offset ?? offset)])}>
        {t('form.addItem')}
      </button>
    </fieldset>
  );
}
