// The request form's emergency fields: the threat, how the data averts it, who attests it and when the
// follow-up process is due (in the case's time zone).
import { useTranslation } from 'react-i18next';
import { Field, TextArea } from '../../ui';
import { Section, type SectionProps } from './section';

export function EmergencySection({
  state,
  set,
  invalid,
  timeZone,
}: SectionProps & {
  timeZone: string;
}) {
  const { t } = useTranslation('requests');
  return (
    <Section title={t('form.emergency')}>
      <p className="muted small wide">{t('form.emergencyHint')}</p>
      <TextArea
        label={t('form.natureOfThreat')}
        rows={2}
        value={state.emergency.natureOfThreat}
        onChange={(e) => set({ emergency: { ...state.emergency, natureOfThreat: e.target.value } })}
        aria-invalid={invalid('emergency.natureOfThreat') || undefined}
      />
      <TextArea
        label={t('form.howDataAverts')}
        rows={2}
        value={state.emergency.howDataAverts}
        onChange={(e) => set({ emergency: { ...state.emergency, howDataAverts: e.target.value } })}
        aria-invalid={invalid('emergency.howDataAverts') || undefined}
      />
      <Field
        label={t('form.attestedBy')}
        value={state.emergency.attestedBy}
        onChange={(e) => set({ emergency: { ...state.emergency, attestedBy: e.target.value } })}
        aria-invalid={invalid('emergency.attestedBy') || undefined}
      />
      <Field
        label={t('form.attestedPosition')}
        value={state.emergency.attestedPosition}
        onChange={(e) => set({ emergency: { ...state.emergency, attestedPosition: e.target.value } })}
      />
      <Field
        label={t('form.followUpDue')}
        hint={timeZone}
        type="datetime-local"
        value={state.emergency.followUpDue}
        onChange={(e) => set({ emergency: { ...state.emergency, followUpDue: e.target.value } })}
        aria-invalid={invalid('emergency.followUpDue') || undefined}
      />
    </Section>
  );
}
