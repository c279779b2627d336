// The request form's section on the requesting authority: its name, unit and country, and the officer to
// contact (with a 24/7 point of contact).
import { useTranslation } from 'react-i18next';
import { Field, Select } from '../../ui';
import { Section, type SectionProps } from './section';
import { useCountryOptions } from './use-country-options';

export function AuthoritySection({ state, set, invalid }: SectionProps) {
  const { t } = useTranslation('requests');
  const countryOptions = useCountryOptions();
  return (
    <Section title={t('form.authority')}>
      <Field
        label={t('form.authorityName')}
        hint={t('form.authorityNameHint')}
        value={state.authority.name}
        onChange={(e) => set({ authority: { ...state.authority, name: e.target.value } })}
        aria-invalid={invalid('authority.name') || undefined}
        maxLength={300}
      />
      <Field
        label={t('form.authorityUnit')}
        value={state.authority.unit}
        onChange={(e) => set({ authority: { ...state.authority, unit: e.target.value } })}
        aria-invalid={invalid('authority.unit') || undefined}
        maxLength={300}
      />
      <Select
        label={t('form.authorityCountry')}
        value={state.authority.country}
        onChange={(e) => set({ authority: { ...state.authority, country: e.target.value } })}
        aria-invalid={invalid('authority.country') || undefined}
      >
        {countryOptions(state.authority.country)}
      </Select>
      <Field
        label={t('form.officerName')}
        value={state.authority.officerName}
        onChange={(e) => set({ authority: { ...state.authority, officerName: e.target.value } })}
        aria-invalid={invalid('authority.officerName') || undefined}
        maxLength={300}
      />
      <Field
        label={t('form.officerPosition')}
        value={state.authority.officerPosition}
        onChange={(e) => set({ authority: { ...state.authority, officerPosition: e.target.value } })}
        maxLength={300}
      />
      <Field
        label={t('form.officerEmail')}
        type="email"
        value={state.authority.officerEmail}
        onChange={(e) => set({ authority: { ...state.authority, officerEmail: e.target.value } })}
        maxLength={300}
      />
      <Field
        label={t('form.officerPhone')}
        type="tel"
        value={state.authority.officerPhone}
        onChange={(e) => set({ authority: { ...state.authority, officerPhone: e.target.value } })}
        maxLength={100}
      />
      <Field
        label={t('form.contact247')}
        value={state.authority.contact247}
        onChange={(e) => set({ authority: { ...state.authority, contact247: e.target.value } })}
        maxLength={300}
      />
    </Section>
  );
}
