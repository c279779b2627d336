// The request form's section on confidentiality: whether non-disclosure is asked (required by some types),
// why and until when.
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui';
import type { TypeDefinition } from './request-model';
import { Section, type SectionProps } from './section';

export function ConfidentialitySection({
  state,
  set,
  invalid,
  type,
}: SectionProps & {
  type: TypeDefinition | undefined;
}) {
  const { t } = useTranslation('requests');
  return (
    <Section title={t('form.confidentiality')}>
      <div className="wide">
        <label className="check">
          <input
            type="checkbox"
            checked={state.confidentiality.nonDisclosure}
            onChange={(e) => set({ confidentiality: { ...state.confidentiality, nonDisclosure: e.target.checked } })}
            aria-invalid={invalid('confidentiality') || undefined}
          />{' '}
          {t('form.nonDisclosure')}
        </label>
        {type?.requiresNonDisclosure && <small className="muted block">{t('form.nonDisclosureRequired')}</small>}
      </div>
      <Field
        label={t('form.nonDisclosureReason')}
        value={state.confidentiality.reason}
        onChange={(e) => set({ confidentiality: { ...state.confidentiality, reason: e.target.value } })}
        maxLength={2000}
      />
      <Field
        label={t('form.nonDisclosureUntil')}
        type="date"
        value={state.confidentiality.until}
        onChange={(e) => set({ confidentiality: { ...state.confidentiality, until: e.target.value } })}
      />
    </Section>
  );
}
