// The request form itself: its state (new, a draft, or the production after a preservation), the sections
// of fields, and saving as a draft or submitting after the checks the server runs before review.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { navigate } from '../../router';
import { useSession } from '../../session';
import { ErrorNote, Select, TextArea } from '../../ui';
import { authorizationStatus, type Authorization } from '../authorizations/authorization-model';
import { AddresseeSection } from './addressee-section';
import { AuthoritySection } from './authority-section';
import { AuthorizationSection } from './authorization-section';
import { ConfidentialitySection } from './confidentiality-section';
import { EmergencySection } from './emergency-section';
import {
  fromRequest,
  newItem,
  problemsBeforeReview,
  problemsToSave,
  toBody,
  toCreateBody,
  zoneOffset,
  type FormState,
  type Problem,
} from './form-model';
import { ItemsTable } from './items-table';
import { OffenceSection } from './offence-section';
import { Problems } from './problems';
import { requestError, type Catalogue, type DirectoryEntry, type EvidenceRequest, type TypeDefinition } from './request-model';
import { Section } from './section';
import { StatementsSection } from './statements-section';
import { suggestBases } from './suggest-bases';
import { TypeSection } from './type-section';

export function FormBody({
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
  const { t } = useTranslation('requests');
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

  return (
    <form className="request-form" onSubmit={(e) => void save(true, e)} aria-labelledby="request-form-title" noValidate>
      <h2 id="request-form-title">{existing ? t('form.editTitle', { reference: existing.reference }) : t('form.newTitle')}</h2>
      {state.linkedRequestIds.length > 0 && !existing && (
        <p className="muted">{t('form.follows', { reference: state.linkedRequestIds.join(', ') })}</p>
      )}
      <Problems problems={problems} id="request-problems" />

      <TypeSection existing={existing} catalogue={catalogue} type={type} state={state} set={set} chooseType={chooseType} />

      <AuthoritySection state={state} set={set} invalid={invalid} />

      <AddresseeSection state={state} set={set} invalid={invalid} type={type} entries={entries} chooseEntry={chooseEntry} />

      <AuthorizationSection
        state={state}
        set={set}
        invalid={invalid}
        authorizations={authorizations}
        auth={auth}
        chooseAuthorization={chooseAuthorization}
        setBasesTouched={setBasesTouched}
      />

      <OffenceSection state={state} set={set} invalid={invalid} />

      <ItemsTable rows={state.items} onChange={(items) => set({ items })} offset={offset} invalid={invalid} />

      <StatementsSection state={state} set={set} invalid={invalid} />

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

      <ConfidentialitySection state={state} set={set} invalid={invalid} type={type} />

      {emergencyShown && <EmergencySection state={state} set={set} invalid={invalid} timeZone={timeZone} />}

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
