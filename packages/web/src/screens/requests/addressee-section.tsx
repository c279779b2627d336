// The request form's section on the addressee: picked from the directory or typed in (kind, name, legal entity,
// country, channel), with a warning when the kind does not suit the request's type.
import { useTranslation } from 'react-i18next';
import { Field, Select } from '../../ui';
import type { FormState } from './form-model';
import { ADDRESSEE_KINDS, CHANNELS, type DirectoryEntry, type TypeDefinition } from './request-model';
import { Section, type SectionProps } from './section';
import { useCountryOptions } from './use-country-options';

export function AddresseeSection({
  state,
  set,
  invalid,
  type,
  entries,
  chooseEntry,
}: SectionProps & {
  type: TypeDefinition | undefined;
  entries: DirectoryEntry[];
  chooseEntry: (id: string) => void;
}) {
  const { t } = useTranslation('requests');
  const countryOptions = useCountryOptions();
  return (
    <Section title={t('form.addressee')}>
      <div className="wide">
        <Select label={t('form.directory')} value={state.directoryId} onChange={(e) => chooseEntry(e.target.value)}>
          <option value="">{t('form.directoryNone')}</option>
          {entries.map((e) => (
            <option key={e.id} value={e.id}>
              {e.name}
              {e.legalEntity ? ` — ${e.legalEntity}` : ''}
            </option>
          ))}
        </Select>
        <p className="muted small">{t('form.directoryHint')}</p>
      </div>
      <Select
        label={t('form.addresseeKind')}
        value={state.addressee.kind}
        onChange={(e) => set({ addressee: { ...state.addressee, kind: e.target.value as FormState['addressee']['kind'] } })}
        aria-invalid={invalid('addressee.kind') || undefined}
      >
        {ADDRESSEE_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`addresseeKinds.${k}`)}
          </option>
        ))}
      </Select>
      <Field
        label={t('form.addresseeName')}
        value={state.addressee.name}
        onChange={(e) => set({ addressee: { ...state.addressee, name: e.target.value } })}
        aria-invalid={invalid('addressee.name') || undefined}
        maxLength={300}
      />
      <Field
        label={t('form.legalEntity')}
        hint={t('form.legalEntityHint')}
        value={state.addressee.legalEntity}
        onChange={(e) => set({ addressee: { ...state.addressee, legalEntity: e.target.value } })}
        maxLength={300}
      />
      <Select
        label={t('form.addresseeCountry')}
        value={state.addressee.country}
        onChange={(e) => set({ addressee: { ...state.addressee, country: e.target.value } })}
        aria-invalid={invalid('addressee.country') || undefined}
      >
        {countryOptions(state.addressee.country)}
      </Select>
      <Select
        label={t('form.channel')}
        value={state.addressee.channel}
        onChange={(e) => set({ addressee: { ...state.addressee, channel: e.target.value as FormState['addressee']['channel'] } })}
      >
        {CHANNELS.map((c) => (
          <option key={c} value={c}>
            {t(`channels.${c}`)}
          </option>
        ))}
      </Select>
      {type && !type.addresseeKinds.includes(state.addressee.kind) && (
        <p className="error wide">
          {t('form.kindMismatch', { kinds: type.addresseeKinds.map((k) => t(`addresseeKinds.${k}`)).join(', ') })}
        </p>
      )}
    </Section>
  );
}
