// The request form's statements: necessity, proportionality, relation to the offence and less intrusive
// alternatives.
import { useTranslation } from 'react-i18next';
import { TextArea } from '../../ui';
import { Section, type SectionProps } from './section';

export function StatementsSection({ state, set, invalid }: SectionProps) {
  const { t } = useTranslation('requests');
  return (
    <Section title={t('form.statements')}>
      <TextArea
        label={t('form.necessity')}
        rows={3}
        value={state.necessity}
        onChange={(e) => set({ necessity: e.target.value })}
        aria-invalid={invalid('necessity') || undefined}
      />
      <TextArea
        label={t('form.proportionality')}
        rows={3}
        value={state.proportionality}
        onChange={(e) => set({ proportionality: e.target.value })}
        aria-invalid={invalid('proportionality') || undefined}
      />
      <TextArea
        label={t('form.relation')}
        rows={3}
        value={state.relation}
        onChange={(e) => set({ relation: e.target.value })}
        aria-invalid={invalid('relation') || undefined}
      />
      <TextArea
        label={t('form.lessIntrusive')}
        rows={3}
        value={state.lessIntrusive}
        onChange={(e) => set({ lessIntrusive: e.target.value })}
      />
    </Section>
  );
}
