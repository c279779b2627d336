// The request form's first section: the request's type (fixed once saved), its urgency and any risk of
// touching privileged communications.
import { useTranslation } from 'react-i18next';
import { Field, Select } from '../../ui';
import { PRIVILEGE_KINDS, type FormState } from './form-model';
import { URGENCIES, type Catalogue, type EvidenceRequest, type TypeDefinition } from './request-model';
import { Section } from './section';

export function TypeSection({
  existing,
  catalogue,
  type,
  state,
  set,
  chooseType,
}: {
  existing: EvidenceRequest | null;
  catalogue: Catalogue;
  type: TypeDefinition | undefined;
  state: FormState;
  set: (change: Partial<FormState>) => void;
  chooseType: (code: TypeDefinition['code']) => void;
}) {
  const { t } = useTranslation('requests');
  return (
    <Section title={t('form.typeSection')}>
      {existing ? (
        <div className="field">
          <span className="label">{t('form.type')}</span>
          <span>{t(`types.${state.type}`)}</span>
          <small>{t('form.typeFixed')}</small>
        </div>
      ) : (
        <Select label={t('form.type')} value={state.type} onChange={(e) => chooseType(e.target.value as TypeDefinition['code'])}>
          {catalogue.types.map((x) => (
            <option key={x.code} value={x.code}>
              {t(`types.${x.code}`)}
            </option>
          ))}
        </Select>
      )}
      <Select
        label={t('form.urgency')}
        value={state.urgency}
        onChange={(e) => set({ urgency: e.target.value as FormState['urgency'] })}
        disabled={!!type?.emergency}
      >
        {URGENCIES.map((u) => (
          <option key={u} value={u}>
            {t(`urgencies.${u}`)}
          </option>
        ))}
      </Select>
      <Select
        label={t('form.privilegeRisk')}
        value={state.privilege.kind}
        onChange={(e) => set({ privilege: { ...state.privilege, kind: e.target.value as FormState['privilege']['kind'] } })}
      >
        <option value="">{t('privilegeRisks.NONE')}</option>
        {PRIVILEGE_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`privilegeRisks.${k}`)}
          </option>
        ))}
      </Select>
      {state.privilege.kind && (
        <Field
          label={t('form.privilegeNote')}
          value={state.privilege.note}
          onChange={(e) => set({ privilege: { ...state.privilege, note: e.target.value } })}
        />
      )}
      <p className="muted small wide">{t('form.privilegeRiskHint')}</p>
      {!existing && <p className="muted small wide">{t('form.typeHint')}</p>}
    </Section>
  );
}
