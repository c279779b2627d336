// The legal basis of a request as rows: instrument, article and the domestic provision (always required).
import { useTranslation } from 'react-i18next';
import { INSTRUMENTS } from '../authorizations/authorization-model';
import { Field, Select } from '../../ui';
import type { BasisRow } from './form-model';
import { instrumentName } from './request-model';

const MORE_INSTRUMENTS = ['US_18USC2703F', 'US_18USC2702B8', 'EU_2023_1543'];

export function LegalBasisFields({
  rows,
  onChange,
  invalid,
}: {
  rows: BasisRow[];
  onChange: (rows: BasisRow[]) => void;
  invalid: (field: string) => boolean;
}) {
  const { t } = useTranslation('requests');
  const set = (index: number, change: Partial<BasisRow>) => onChange(rows.map((r, i) => (i === index ? { ...r, ...change } : r)));
  const known = [...INSTRUMENTS, ...MORE_INSTRUMENTS] as string[];
  return (
    <fieldset className="wide" aria-invalid={invalid('legalBasis') || undefined}>
      <legend>{t('form.legalBasis')}</legend>
      <p className="muted small">{t('form.legalBasisHint')}</p>
      {rows.map((row, index) => (
        <div className="basis-row" key={index}>
          <Select
            label={t('form.instrument')}
            aria-label={`${t('form.instrument')} ${index + 1}`}
            value={row.instrument}
            onChange={(e) => set(index, { instrument: e.target.value })}
          >
            {(known.includes(row.instrument) ? known : [row.instrument, ...known]).map((code) => (
              <option key={code} value={code}>
                {instrumentName(code)}
              </option>
            ))}
          </Select>
          <Field
            label={t('form.article')}
            aria-label={`${t('form.article')} ${index + 1}`}
            value={row.article}
            onChange={(e) => set(index, { article: e.target.value })}
            maxLength={100}
          />
          <Field
            label={t('form.domesticProvision')}
            aria-label={`${t('form.domesticProvision')} ${index + 1}`}
            value={row.domesticProvision}
            onChange={(e) => set(index, { domesticProvision: e.target.value })}
            aria-invalid={invalid(`legalBasis.${index}`) || undefined}
            maxLength={300}
          />
          <button
            type="button"
            onClick={() => onChange(rows.filter((_, i) => i !== index))}
            aria-label={t('form.removeBasis', { n: index + 1 })}
          >
            ×
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, { instrument: 'DOMESTIC_CPC', article: '', domesticProvision: '' }])}>
        {t('form.addBasis')}
      </button>
    </fieldset>
  );
}
