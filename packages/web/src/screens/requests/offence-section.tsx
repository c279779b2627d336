// The request form's section on the offence: its codes, the national article, the maximum penalty and the
// summary of facts.
import { useTranslation } from 'react-i18next';
import { Field, TextArea } from '../../ui';
import { Section, type SectionProps } from './section';

export function OffenceSection({ state, set, invalid }: SectionProps) {
  const { t } = useTranslation('requests');
  return (
    <Section title={t('form.offence')}>
      <Field
        label={t('form.offenceCodes')}
        hint={t('form.offenceCodesHint')}
        value={state.offence.codes}
        onChange={(e) => set({ offence: { ...state.offence, codes: e.target.value } })}
        aria-invalid={invalid('offence.codes') || undefined}
      />
      <Field
        label={t('form.nationalArticle')}
        value={state.offence.nationalArticle}
        onChange={(e) => set({ offence: { ...state.offence, nationalArticle: e.target.value } })}
        aria-invalid={invalid('offence.nationalArticle') || undefined}
        maxLength={500}
      />
      <Field
        label={t('form.maxPenalty')}
        hint={t('form.maxPenaltyHint')}
        type="number"
        min={0}
        max={100}
        value={state.offence.maxPenaltyYears}
        onChange={(e) => set({ offence: { ...state.offence, maxPenaltyYears: e.target.value } })}
      />
      <div className="wide">
        <TextArea
          label={t('form.summaryOfFacts')}
          rows={3}
          value={state.offence.summaryOfFacts}
          onChange={(e) => set({ offence: { ...state.offence, summaryOfFacts: e.target.value } })}
          aria-invalid={invalid('offence.summaryOfFacts') || undefined}
        />
      </div>
    </Section>
  );
}
