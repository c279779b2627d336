// The request form's section on the authorisation relied on (with its scope) and the legal basis, whose rows
// follow the authorisation until they are edited.
import { useTranslation } from 'react-i18next';
import { Select } from '../../ui';
import { authorizationStatus, type Authorization } from '../authorizations/authorization-model';
import { LegalBasisFields } from './legal-basis-fields';
import { Section, type SectionProps } from './section';

export function AuthorizationSection({
  state,
  set,
  invalid,
  authorizations,
  auth,
  chooseAuthorization,
  setBasesTouched,
}: SectionProps & {
  authorizations: Authorization[];
  auth: Authorization | undefined;
  chooseAuthorization: (id: string) => void;
  setBasesTouched: (touched: boolean) => void;
}) {
  const { t } = useTranslation('requests');
  const scopeText = auth
    ? t('form.authorizationScope', {
        categories: auth.scope.categories.length
          ? auth.scope.categories.map((c) => t(`authorizations:categories.${c}`)).join(', ')
          : t('form.anyCategory'),
        selectors: auth.scope.selectors.length ? auth.scope.selectors.map((s) => s.value).join(', ') : t('form.anySelector'),
        period: auth.scope.period ? `${auth.scope.period.from.slice(0, 10)} – ${auth.scope.period.to.slice(0, 10)}` : t('form.anyPeriod'),
      })
    : null;
  return (
    <Section title={t('form.authorization')}>
      {authorizations.length === 0 ? (
        <p className="error wide">{t('form.authorizationNone')}</p>
      ) : (
        <div className="wide">
          <Select
            label={t('form.authorizationPick')}
            value={state.authorizationId}
            onChange={(e) => chooseAuthorization(e.target.value)}
            aria-invalid={invalid('authorizationId') || undefined}
          >
            <option value="">{t('form.authorizationChoose')}</option>
            {authorizations.map((a) => {
              const status = authorizationStatus(a, new Date());
              return (
                <option key={a.id} value={a.id}>
                  {t(`authorizations:types.${a.type}`)} {a.number} — {a.issuedBy.body}
                  {status === 'inForce' || status === 'awaitingValidation' ? '' : ` (${t('form.notInForce')})`}
                </option>
              );
            })}
          </Select>
          {scopeText && <p className="muted small">{scopeText}</p>}
        </div>
      )}
      <LegalBasisFields
        rows={state.legalBasis}
        onChange={(rows) => {
          setBasesTouched(true);
          set({ legalBasis: rows });
        }}
        invalid={invalid}
      />
    </Section>
  );
}
