// Drafting a request: the type from the catalogue (which says the fields each type needs), the addressee from
// the directory, the legal basis, the authorisation relied on, the data lines, the statements, confidentiality
// and, for an emergency, its fields. "Save draft" keeps what is there; "Save and submit" first runs the same
// checks the server runs before review, and names every gap.
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { navigate, useLocation } from '../../router';
import { useSession } from '../../session';
import { useApi } from '../../use-api';
import { ErrorNote, Field, Loading, Select, TextArea } from '../../ui';
import { authorizationStatus, COUNTRIES, type Authorization } from '../authorizations/authorization-model';
import { CaseFrame } from '../cases/case-frame';
import {
  fromRequest,
  newItem,
  PRIVILEGE_KINDS,
  problemsBeforeReview,
  problemsToSave,
  toBody,
  toCreateBody,
  zoneOffset,
  type BasisRow,
  type FormState,
  type Problem,
} from './form-model';
import { ItemsTable } from './items-table';
import { LegalBasisFields } from './legal-basis-fields';
import {
  ADDRESSEE_KINDS,
  CHANNELS,
  requestError,
  URGENCIES,
  type Catalogue,
  type DirectoryEntry,
  type EvidenceRequest,
  type TypeDefinition,
} from './request-model';
import './requests.css';

const MORE_COUNTRIES = ['SG', 'FR', 'CH', 'EE', 'FI', 'SE', 'CY', 'IN'];

/** `/cases/:caseId/requests/new` (optionally `?follows=<requestId>` for the production after a preservation). */
export function NewRequest({ caseId }: { caseId: string }) {
  const { query } = useLocation();
  return <RequestForm caseId={caseId} follows={query.get('follows') ?? undefined} />;
}

/** `/cases/:caseId/requests/:requestId/edit`: a draft only. */
export function EditRequest({ caseId, requestId }: { caseId: string; requestId: string }) {
  return <RequestForm caseId={caseId} requestId={requestId} />;
}

export function RequestForm({ caseId, requestId, follows }: { caseId: string; requestId?: string; follows?: string }) {
  const { t } = useTranslation('requests');
  const loaded = useApi(async () => {
    const [catalogue, directory, authorizations, detail, existing, followed] = await Promise.all([
      api.call('requestCatalogue'),
      api.call('listDirectory'),
      api.call('listAuthorizations', { params: { caseId } }),
      api.call('getCase', { params: { caseId } }),
      requestId ? api.call('getRequest', { params: { caseId, requestId } }) : Promise.resolve(null),
      follows ? api.call('getRequest', { params: { caseId, requestId: follows } }) : Promise.resolve(null),
    ]);
    return {
      catalogue,
      directory: directory.entries,
      authorizations,
      theCase: detail.case,
      existing: existing?.request ?? null,
      followed: followed?.request ?? null,
    };
  }, [caseId, requestId, follows]);
  const d = loaded.data;
  return (
    <CaseFrame caseId={caseId}>
      <div className="rq">
        <ErrorNote message={loaded.error} />
        {!d ? (
          loaded.loading && <Loading />
        ) : d.existing && d.existing.status !== 'DRAFT' ? (
          <p className="error">{t('form.notDraft', { status: t(`statuses.${d.existing.status}`) })}</p>
        ) : (
          <FormBody
            caseId={caseId}
            catalogue={d.catalogue}
            directory={d.directory}
            authorizations={d.authorizations}
            timeZone={d.theCase.timeZone}
            country={d.theCase.country}
            offences={d.theCase.offences}
            existing={d.existing}
            followed={d.followed}
          />
        )}
      </div>
    </CaseFrame>
  );
}

function FormBody({
  caseId,
  catalogue,
  directory,
  authorizations,
  timeZone,
  country,
  offences,
  existing,
  followed,
}: {
  caseId: string;
  catalogue: Catalogue;
  directory: DirectoryEntry[];
  authorizations: Authorization[];
  timeZone: string;
  country: string;
  offences: Array<{ framework: string; country?: string | null; code: string }>;
  existing: EvidenceRequest | null;
  followed: EvidenceRequest | null;
}) {
  const { t, i18n } = useTranslation('requests');
  const { user } = useSession();
  const offset = zoneOffset(timeZone);
  const [state, setState] = useState<FormState>(() => {
    if (existing) return fromRequest(existing, timeZone);
    const type = followed ? (catalogue.types.find((x) => x.producesData && !x.preservation)?.code ?? 'DISC_VOLUNTARY') : 'PRES_DIRECT';
    const def = catalogue.types.find((x) => x.code === type);
    const national = offences.filter((o) => o.framework === 'NATIONAL');
    const inForce = authorizations.filter((a) => authorizationStatus(a, new Date()) === 'inForce');
    const auth = inForce.length === 1 ? inForce[0] : undefined;
    const base: FormState = {
      type,
      urgency: def?.emergency ? 'EMERGENCY' : 'ROUTINE',
      authority: {
        name: '',
        country,
        unit: '',
        officerName: user?.displayName ?? '',
        officerPosition: '',
        officerEmail: '',
        officerPhone: '',
        contact247: '',
      },
      directoryId: '',
      addressee: { kind: def?.addresseeKinds[0] ?? 'PROVIDER', name: '', legalEntity: '', country: '', channel: 'EMAIL' },
      legalBasis: suggestBases(def, auth),
      authorizationId: auth?.id ?? '',
      offence: {
        codes: offences.map((o) => o.code).join(', '),
        nationalArticle: national.map((o) => `${o.country ?? country} ${o.code}`).join('; '),
        maxPenaltyYears: '',
        summaryOfFacts: '',
      },
      necessity: '',
      proportionality: '',
      lessIntrusive: '',
      relation: '',
      items: [newItem(offset)],
      confidentiality: { nonDisclosure: def?.requiresNonDisclosure ?? false, reason: '', until: '' },
      emergency: { natureOfThreat: '', howDataAverts: '', attestedBy: '', attestedPosition: '', followUpDue: '' },
      extra: {},
      language: 'en',
      translationAttached: false,
      linkedRequestIds: followed ? [followed.id] : [],
      privilege: { kind: '', note: '' },
    };
    if (followed) {
      // The production follows the preservation: same addressee and data, and its reference where the type asks.
      const f = fromRequest(followed, timeZone);
      return {
        ...base,
        authority: f.authority,
        directoryId: f.directoryId,
        addressee: f.addressee,
        legalBasis: f.legalBasis,
        authorizationId: f.authorizationId,
        offence: f.offence,
        items: f.items,
        extra: { priorPreservationRef: followed.preservation?.preservationRef ?? followed.addressee.reference ?? followed.reference },
      };
    }
    return base;
  });
  const [basesTouched, setBasesTouched] = useState(!!existing || !!followed);
  // Once a save has been tried, the gaps are shown and follow what is typed.
  const [checked, setChecked] = useState<'none' | 'save' | 'submit'>('none');
  const [failure, setError] = useState<unknown>(null);
  const error = failure ? requestError(failure) : null;
  const [busy, setBusy] = useState(false);
  const type = catalogue.types.find((x) => x.code === state.type);
  const problems: Problem[] =
    checked === 'submit'
      ? [...problemsToSave(state), ...problemsBeforeReview(state, type)]
      : checked === 'save'
        ? problemsToSave(state)
        : [];
  const emergencyShown = state.urgency === 'EMERGENCY' || !!type?.emergency;
  const regions = new Intl.DisplayNames([i18n.language], { type: 'region' });
  const invalid = (field: string) => problems.some((p) => p.field === field || p.field.startsWith(`${field}.`));
  const set = (change: Partial<FormState>) => setState((s) => ({ ...s, ...change }));
  const auth = authorizations.find((a) => a.id === state.authorizationId);
  const entries = directory.filter((e) => !type || type.addresseeKinds.includes(e.kind));

  function chooseType(code: TypeDefinition['code']) {
    const def = catalogue.types.find((x) => x.code === code);
    setState((s) => ({
      ...s,
      type: code,
      urgency: def?.emergency ? 'EMERGENCY' : s.urgency === 'EMERGENCY' ? 'URGENT' : s.urgency,
      confidentiality: { ...s.confidentiality, nonDisclosure: s.confidentiality.nonDisclosure || !!def?.requiresNonDisclosure },
      addressee: def && !def.addresseeKinds.includes(s.addressee.kind) ? { ...s.addressee, kind: def.addresseeKinds[0]! } : s.addressee,
      legalBasis: basesTouched ? s.legalBasis : suggestBases(def, auth),
    }));
  }

  function chooseEntry(id: string) {
    const entry = directory.find((e) => e.id === id);
    setState((s) => ({
      ...s,
      directoryId: id,
      addressee: entry
        ? { kind: entry.kind, name: entry.name, legalEntity: entry.legalEntity, country: entry.country, channel: entry.channel }
        : s.addressee,
    }));
  }

  function chooseAuthorization(id: string) {
    const chosen = authorizations.find((a) => a.id === id);
    setState((s) => ({ ...s, authorizationId: id, legalBasis: basesTouched ? s.legalBasis : suggestBases(type, chosen) }));
  }

  async function save(submit: boolean, event?: FormEvent) {
    event?.preventDefault();
    setError(null);
    const found = submit ? [...problemsToSave(state), ...problemsBeforeReview(state, type)] : problemsToSave(state);
    setChecked(submit ? 'submit' : 'save');
    if (found.length > 0) {
      document.getElementById('request-problems')?.focus();
      return;
    }
    setBusy(true);
    try {
      const saved = existing
        ? await api.call('updateRequest', { params: { caseId, requestId: existing.id }, body: toBody(state, timeZone) })
        : await api.call('createRequest', { params: { caseId }, body: toCreateBody(state, timeZone) });
      if (submit) {
        try {
          await api.call('submitRequest', { params: { caseId, requestId: saved.id }, body: {} });
        } catch (failure) {
          // Saved, but not accepted for review: carry on editing the draft with the server's reason shown.
          setError(failure);
          if (!existing) navigate(`/cases/${caseId}/requests/${saved.id}/edit`, { replace: true });
          return;
        }
      }
      navigate(`/cases/${caseId}/requests/${saved.id}`);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

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
    <form className="request-form" onSubmit={(e) => void save(true, e)} aria-labelledby="request-form-title" noValidate>
      <h2 id="request-form-title">{existing ? t('form.editTitle', { reference: existing.reference }) : t('form.newTitle')}</h2>
      {state.linkedRequestIds.length > 0 && !existing && (
        <p className="muted">{t('form.follows', { reference: state.linkedRequestIds.join(', ') })}</p>
      )}
      <Problems problems={problems} id="request-problems" />

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

      <ItemsTable rows={state.items} onChange={(items) => set({ items })} offset={offset} invalid={invalid} />

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

      {type && type.extraFields.length > 0 && (
        <Section title={t('form.typeFields')}>
          {type.extraFields.map((field) => (
            <TextArea
              key={field}
              label={t(`extra.${field}`)}
              rows={2}
              value={state.extra[field] ?? ''}
              onChange={(e) => set({ extra: { ...state.extra, [field]: e.target.value } })}
              aria-invalid={invalid(`extra.${field}`) || undefined}
            />
          ))}
        </Section>
      )}

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

      {emergencyShown && (
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
      )}

      <Section title={t('form.letterSection')}>
        <Select label={t('form.language')} value={state.language} onChange={(e) => set({ language: e.target.value })}>
          <option value="en">English</option>
          <option value="ru">Русский</option>
        </Select>
        <label className="check field-check">
          <input type="checkbox" checked={state.translationAttached} onChange={(e) => set({ translationAttached: e.target.checked })} />{' '}
          {t('form.translationAttached')}
        </label>
      </Section>

      <Problems problems={problems} />
      <ErrorNote message={error} />
      <div className="actions form-actions">
        <button type="button" onClick={() => void save(false)} disabled={busy}>
          {busy ? t('form.saving') : t('form.saveDraft')}
        </button>
        <button type="submit" className="primary" disabled={busy}>
          {t('form.saveSubmit')}
        </button>
      </div>
    </form>
  );
}

/** Bases to start from: the authorisation's own (with their provisions), then the type's usual ones. */
function suggestBases(type: TypeDefinition | undefined, auth: Authorization | undefined): BasisRow[] {
  const fromAuth = (auth?.legalBasis ?? []).map((b) => ({
    instrument: b.instrument,
    article: b.article ?? '',
    domesticProvision: b.domesticProvision,
  }));
  const provision = fromAuth[0]?.domesticProvision ?? '';
  const defaults = (type?.defaultLegalBasis ?? [])
    .filter((d) => !fromAuth.some((b) => b.instrument === d.instrument))
    .map((d) => ({ instrument: d.instrument, article: d.article ?? '', domesticProvision: provision }));
  const rows = [...fromAuth, ...defaults];
  return rows.length ? rows : [{ instrument: 'DOMESTIC_CPC', article: '', domesticProvision: '' }];
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <fieldset className="form-section">
      <legend>{title}</legend>
      <div className="form-grid">{children}</div>
    </fieldset>
  );
}

function Problems({ problems, id }: { problems: Problem[]; id?: string }) {
  const { t } = useTranslation('requests');
  if (problems.length === 0) return null;
  const words = (p: Problem) => {
    const params = p.params ? { ...p.params, field: typeof p.params.field === 'string' ? t(p.params.field) : p.params.field } : {};
    return t(p.label, params);
  };
  return (
    <div className="error problems" role={id ? 'alert' : undefined} id={id} tabIndex={id ? -1 : undefined}>
      <strong>{t('form.missingTitle')}</strong>
      <ul>
        {[...new Set(problems.map(words))].map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </div>
  );
}
