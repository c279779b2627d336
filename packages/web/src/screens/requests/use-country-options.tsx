// The countries to choose from for an authority or an addressee, named in the user's language with their codes;
// a value not in the list is kept, first.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { COUNTRIES } from '../authorizations/authorization-model';

const MORE_COUNTRIES = ['SG', 'FR', 'CH', 'EE', 'FI', 'SE', 'CY', 'IN'];

export function useCountryOptions(): (value: string) => ReactNode {
  const { i18n } = useTranslation('requests');
  const regions = new Intl.DisplayNames([i18n.language], { type: 'region' });
  const countries = (value: string) => {
    const list = [...COUNTRIES, ...MORE_COUNTRIES] as string[];
    return value && !list.includes(value) ? [value, ...list] : list;
  };
  const countryOptions = (value: string) => (
    <>
      <option value="">—</option>
      {countries(value).map((c) => (
        <option key={c} value={c}>
          {regions.of(c) ?? c} ({c})
        </option>
      ))}
    </>
  );
  return countryOptions;
}
