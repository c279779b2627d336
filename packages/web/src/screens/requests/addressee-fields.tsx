// Who a request goes to — kind, name, legal entity, country, channel — as the request form and the directory's
// entry form both ask for it.
import { useTranslation } from 'react-i18next';
import { Field, Select } from '../../ui';
import { ADDRESSEE_KINDS, CHANNELS, type AddresseeKind, type Channel } from './request-model';
import { useCountryOptions } from './use-country-options';

export interface AddresseeValue {
  kind: AddresseeKind;
  name: string;
  legalEntity: string;
  country: string;
  channel: Channel;
}

export function AddresseeFields({
  value,
  onChange,
  invalid = () => false,
  nameRequired = false,
}: {
  value: AddresseeValue;
  onChange: (change: Partial<AddresseeValue>) => void;
  invalid?: (field: keyof AddresseeValue) => boolean;
  nameRequired?: boolean;
}) {
  const { t } = useTranslation('requests');
  const countryOptions = useCountryOptions();
  return (
    <>
      <Select
        label={t('form.addresseeKind')}
        value={value.kind}
        onChange={(e) => onChange({ kind: e.target.value as AddresseeKind })}
        aria-invalid={invalid('kind') || undefined}
      >
        {ADDRESSEE_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`addresseeKinds.${k}`)}
          </option>
        ))}
      </Select>
      <Field
        label={t('form.addresseeName')}
        value={value.name}
        onChange={(e) => onChange({ name: e.target.value })}
        aria-invalid={invalid('name') || undefined}
        required={nameRequired}
        maxLength={300}
      />
      <Field
        label={t('form.legalEntity')}
        hint={t('form.legalEntityHint')}
        value={value.legalEntity}
        onChange={(e) => onChange({ legalEntity: e.target.value })}
        maxLength={300}
      />
      <Select
        label={t('form.addresseeCountry')}
        value={value.country}
        onChange={(e) => onChange({ country: e.target.value })}
        aria-invalid={invalid('country') || undefined}
      >
        {countryOptions(value.country)}
      </Select>
      <Select label={t('form.channel')} value={value.channel} onChange={(e) => onChange({ channel: e.target.value as Channel })}>
        {CHANNELS.map((c) => (
          <option key={c} value={c}>
            {t(`channels.${c}`)}
          </option>
        ))}
      </Select>
    </>
  );
}
