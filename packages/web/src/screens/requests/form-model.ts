// The request form's state, the body it sends, the state read back from a draft, and the checks that mirror
// the server's before review (DRAFT → IN_REVIEW: common fields, the type's own fields, emergency fields).
import type { RouteInput, Routes } from '@tamga/api';
import { wallTimeToIso } from '../authorizations/authorization-model';
import { MODEL_ONLY_INSTRUMENTS, type EvidenceRequest, type ExtraField, type TypeDefinition, type Urgency } from './request-model';

type CreateBody = RouteInput<Routes['createRequest']>['body'];
type UpdateBody = RouteInput<Routes['updateRequest']>['body'];
type Item = NonNullable<CreateBody['items']>[number];

export interface BasisRow {
  instrument: string;
  article: string;
  domesticProvision: string;
}
export interface ItemRow {
  key: number;
  selectorType: Item['selectorType'];
  selectorValue: string;
  service: string;
  category: Item['category'];
  /** datetime-local values (wall time) and the offset they are read in, e.g. +05:00 */
  from: string;
  to: string;
  offset: string;
}
export interface FormState {
  type: TypeDefinition['code'];
  urgency: Urgency;
  authority: {
    name: string;
    country: string;
    unit: string;
    officerName: string;
    officerPosition: string;
    officerEmail: string;
    officerPhone: string;
    contact247: string;
  };
  directoryId: string;
  addressee: {
    kind: EvidenceRequest['addressee']['kind'];
    name: string;
    legalEntity: string;
    country: string;
    channel: EvidenceRequest['addressee']['channel'];
  };
  legalBasis: BasisRow[];
  authorizationId: string;
  offence: { codes: string; nationalArticle: string; maxPenaltyYears: string; summaryOfFacts: string };
  necessity: string;
  proportionality: string;
  lessIntrusive: string;
  relation: string;
  items: ItemRow[];
  confidentiality: { nonDisclosure: boolean; reason: string; until: string };
  emergency: { natureOfThreat: string; howDataAverts: string; attestedBy: string; attestedPosition: string; followUpDue: string };
  extra: Partial<Record<ExtraField, string>>;
  language: string;
  translationAttached: boolean;
  linkedRequestIds: string[];
  /** G8: '' when no risk is known. */
  privilege: { kind: '' | PrivilegeKind; note: string };
}

export const PRIVILEGE_KINDS = ['LAWYER', 'JOURNALIST', 'MP', 'DOCTOR'] as const;
export type PrivilegeKind = (typeof PRIVILEGE_KINDS)[number];

/** Offsets a window may be given in: whole hours from −12 to +14 and the half and three-quarter ones in use. */
export const OFFSETS = (() => {
  const list: string[] = [];
  const fmt = (minutes: number) => {
    const sign = minutes < 0 ? '-' : '+';
    const abs = Math.abs(minutes);
    return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  };
  for (let h = -12; h <= 14; h++) list.push(fmt(h * 60));
  for (const m of [-570, -210, 210, 270, 330, 345, 390, 570, 630]) list.push(fmt(m));
  return [...new Set(list)].sort((a, b) => Number(a.replace(':', '')) - Number(b.replace(':', '')));
})();

/** The UTC offset of a zone now, as +05:00 (the case's zone is the natural default for windows). */
export function zoneOffset(timeZone: string): string {
  const iso = wallTimeToIso(new Date().toISOString().slice(0, 16), timeZone);
  return iso ? iso.slice(-6) : '+00:00';
}

let nextKey = 1;
export function newItem(offset: string, category: Item['category'] = 'SUBSCRIBER'): ItemRow {
  return { key: nextKey++, selectorType: 'ACCOUNT_ID', selectorValue: '', service: '', category, from: '', to: '', offset };
}

/** `2026-01-01T00:00` + `+05:00` → `2026-01-01T00:00:00+05:00`; null when the wall time is not complete. */
export function windowIso(wall: string, offset: string): string | null {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(wall) ? `${wall}:00${offset}` : null;
}

/** An ISO instant with its offset back into a wall time and offset. */
export function splitIso(iso: string): { wall: string; offset: string } {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (!m) return { wall: '', offset: '+00:00' };
  return { wall: m[1]!, offset: m[2] === 'Z' ? '+00:00' : m[2]! };
}

const trim = (s: string) => s.trim();
const opt = (s: string) => (s.trim() ? s.trim() : undefined);

/** The fields a create or update sends; what is blank is left out so the server keeps its defaults. */
export function toBody(state: FormState, timeZone: string): UpdateBody {
  const emergencyShown = state.urgency === 'EMERGENCY';
  const items = state.items
    .filter((i) => i.selectorValue.trim() || i.from || i.to)
    .map((i) => ({
      selectorType: i.selectorType,
      selectorValue: trim(i.selectorValue),
      ...(opt(i.service) ? { service: opt(i.service) } : {}),
      category: i.category,
      windowFrom: windowIso(i.from, i.offset) ?? '',
      windowTo: windowIso(i.to, i.offset) ?? '',
    }))
    .filter((i) => i.selectorValue && i.windowFrom && i.windowTo);
  const followUp = wallTimeToIso(state.emergency.followUpDue, timeZone);
  const until = state.confidentiality.until ? wallTimeToIso(state.confidentiality.until, timeZone, true) : null;
  const years = state.offence.maxPenaltyYears.trim() === '' ? undefined : Number(state.offence.maxPenaltyYears);
  const extra: Partial<Record<ExtraField, string>> = {};
  for (const [k, v] of Object.entries(state.extra)) extra[k as ExtraField] = v ?? '';
  return {
    urgency: state.urgency,
    requestingAuthority: {
      name: trim(state.authority.name),
      country: trim(state.authority.country).toUpperCase(),
      unit: trim(state.authority.unit),
      officer: {
        name: trim(state.authority.officerName),
        ...(opt(state.authority.officerPosition) ? { position: opt(state.authority.officerPosition) } : {}),
        ...(opt(state.authority.officerEmail) ? { email: opt(state.authority.officerEmail) } : {}),
        ...(opt(state.authority.officerPhone) ? { phone: opt(state.authority.officerPhone) } : {}),
      },
      ...(opt(state.authority.contact247) ? { contact247: opt(state.authority.contact247) } : {}),
    },
    addressee: {
      ...(state.directoryId ? { directoryId: state.directoryId } : {}),
      kind: state.addressee.kind,
      name: trim(state.addressee.name),
      ...(opt(state.addressee.legalEntity) ? { legalEntity: opt(state.addressee.legalEntity) } : {}),
      country: trim(state.addressee.country).toUpperCase(),
      channel: state.addressee.channel,
    },
    legalBasis: state.legalBasis
      .filter((b) => b.instrument && (b.domesticProvision.trim() || b.article.trim()))
      .map((b) => ({
        instrument: b.instrument,
        ...(opt(b.article) ? { article: opt(b.article) } : {}),
        // The server requires a provision on every basis; an empty one is caught by the checks before review.
        domesticProvision: trim(b.domesticProvision) || '—',
      })),
    ...(state.authorizationId ? { authorizationId: state.authorizationId } : {}),
    offence: {
      codes: state.offence.codes
        .split(',')
        .map((c) => c.trim())
        .filter(Boolean),
      nationalArticle: trim(state.offence.nationalArticle),
      ...(years !== undefined && Number.isFinite(years) ? { maxPenaltyYears: years } : {}),
      summaryOfFacts: trim(state.offence.summaryOfFacts),
    },
    necessityStatement: trim(state.necessity),
    proportionalityStatement: trim(state.proportionality),
    ...(opt(state.lessIntrusive) ? { lessIntrusiveAlternatives: opt(state.lessIntrusive) } : {}),
    relationToOffence: trim(state.relation),
    items,
    confidentiality: {
      nonDisclosureRequested: state.confidentiality.nonDisclosure,
      ...(opt(state.confidentiality.reason) ? { reason: opt(state.confidentiality.reason) } : {}),
      ...(until ? { until } : {}),
    },
    ...(emergencyShown && followUp
      ? {
          emergency: {
            natureOfThreat: trim(state.emergency.natureOfThreat),
            howDataAverts: trim(state.emergency.howDataAverts),
            attestedBy: {
              name: trim(state.emergency.attestedBy),
              ...(opt(state.emergency.attestedPosition) ? { position: opt(state.emergency.attestedPosition) } : {}),
            },
            followUpProcessDue: followUp,
          },
        }
      : {}),
    extra,
    language: state.language,
    translationAttached: state.translationAttached,
    privilegeRisk: state.privilege.kind
      ? { kind: state.privilege.kind, ...(opt(state.privilege.note) ? { note: opt(state.privilege.note) } : {}) }
      : null,
  };
}

export function toCreateBody(state: FormState, timeZone: string): CreateBody {
  return {
    type: state.type,
    ...toBody(state, timeZone),
    ...(state.linkedRequestIds.length ? { linkedRequestIds: state.linkedRequestIds } : {}),
  };
}

/** A draft read back into the form. */
export function fromRequest(r: EvidenceRequest, timeZone: string): FormState {
  const follow = r.emergency ? splitIso(r.emergency.followUpProcessDue) : null;
  return {
    type: r.type,
    urgency: r.urgency,
    authority: {
      name: r.requestingAuthority.name,
      country: r.requestingAuthority.country,
      unit: r.requestingAuthority.unit,
      officerName: r.requestingAuthority.officer.name,
      officerPosition: r.requestingAuthority.officer.position ?? '',
      officerEmail: r.requestingAuthority.officer.email ?? '',
      officerPhone: r.requestingAuthority.officer.phone ?? '',
      contact247: r.requestingAuthority.contact247 ?? '',
    },
    directoryId: r.addressee.directoryId ?? '',
    addressee: {
      kind: r.addressee.kind,
      name: r.addressee.name,
      legalEntity: r.addressee.legalEntity ?? '',
      country: r.addressee.country,
      channel: r.addressee.channel,
    },
    legalBasis: r.legalBasis.map((b) => ({ instrument: b.instrument, article: b.article ?? '', domesticProvision: b.domesticProvision })),
    authorizationId: r.authorizationId,
    offence: {
      codes: r.offence.codes.join(', '),
      nationalArticle: r.offence.nationalArticle,
      maxPenaltyYears: r.offence.maxPenaltyYears === undefined ? '' : String(r.offence.maxPenaltyYears),
      summaryOfFacts: r.offence.summaryOfFacts,
    },
    necessity: r.necessityStatement,
    proportionality: r.proportionalityStatement,
    lessIntrusive: r.lessIntrusiveAlternatives ?? '',
    relation: r.relationToOffence,
    items: r.items.map((i) => {
      const from = splitIso(i.windowFrom);
      const to = splitIso(i.windowTo);
      return {
        ...newItem(from.offset, i.category),
        selectorType: i.selectorType,
        selectorValue: i.selectorValue,
        service: i.service ?? '',
        from: from.wall,
        to: to.wall,
      };
    }),
    confidentiality: {
      nonDisclosure: r.confidentiality.nonDisclosureRequested,
      reason: r.confidentiality.reason ?? '',
      until: r.confidentiality.until ? r.confidentiality.until.slice(0, 10) : '',
    },
    emergency: {
      natureOfThreat: r.emergency?.natureOfThreat ?? '',
      howDataAverts: r.emergency?.howDataAverts ?? '',
      attestedBy: r.emergency?.attestedBy.name ?? '',
      attestedPosition: r.emergency?.attestedBy.position ?? '',
      // Shown in the case's zone, as the form reads it back.
      followUpDue: follow && r.emergency ? localWall(r.emergency.followUpProcessDue, timeZone) : '',
    },
    extra: { ...r.extra } as Partial<Record<ExtraField, string>>,
    language: r.language,
    translationAttached: r.translationAttached,
    linkedRequestIds: r.linkedRequestIds,
    privilege: { kind: r.privilegeRisk?.kind ?? '', note: r.privilegeRisk?.note ?? '' },
  };
}

/** An instant as a datetime-local value in `timeZone`. */
function localWall(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(new Date(iso));
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

/** A problem with the form, named by the key of its field's label. */
export interface Problem {
  field: string;
  label: string;
  params?: Record<string, unknown>;
}

/** The server's checks before review (request-guards missingFields, missingEmergencyFields), on the form. */
export function problemsBeforeReview(state: FormState, type: TypeDefinition | undefined): Problem[] {
  const problems: Problem[] = [];
  const need = (ok: boolean, field: string, label: string, params?: Record<string, unknown>) => {
    if (!ok) problems.push({ field, label, params });
  };
  const filled = (s: string | undefined) => !!s && s.trim() !== '';
  need(filled(state.authority.name), 'authority.name', 'form.authorityName');
  need(filled(state.authority.country), 'authority.country', 'form.authorityCountry');
  need(filled(state.authority.unit), 'authority.unit', 'form.authorityUnit');
  need(filled(state.authority.officerName), 'authority.officerName', 'form.officerName');
  need(filled(state.addressee.name), 'addressee.name', 'form.addresseeName');
  need(filled(state.addressee.country), 'addressee.country', 'form.addresseeCountry');
  if (type) need(type.addresseeKinds.includes(state.addressee.kind), 'addressee.kind', 'form.addresseeKind');
  const bases = state.legalBasis.filter((b) => b.instrument);
  need(bases.length > 0, 'legalBasis', 'form.legalBasis');
  bases.forEach((b, i) => need(filled(b.domesticProvision), `legalBasis.${i}`, 'form.domesticProvision'));
  if (bases.length > 0 && bases.every((b) => MODEL_ONLY_INSTRUMENTS.includes(b.instrument))) need(false, 'legalBasis', 'form.modelOnly');
  need(filled(state.authorizationId), 'authorizationId', 'form.authorizationPick');
  need(
    state.offence.codes.split(',').some((c) => c.trim()),
    'offence.codes',
    'form.offenceCodes',
  );
  need(filled(state.offence.nationalArticle), 'offence.nationalArticle', 'form.nationalArticle');
  need(filled(state.offence.summaryOfFacts), 'offence.summaryOfFacts', 'form.summaryOfFacts');
  need(filled(state.necessity), 'necessity', 'form.necessity');
  need(filled(state.proportionality), 'proportionality', 'form.proportionality');
  need(filled(state.relation), 'relation', 'form.relation');
  if (type && (type.producesData || type.preservation)) need(state.items.length > 0, 'items', 'form.items');
  state.items.forEach((item, i) => {
    need(filled(item.selectorValue), `items.${i}.selectorValue`, 'form.itemLabel', { field: 'form.selectorValue', n: i + 1 });
    need(!!windowIso(item.from, item.offset), `items.${i}.from`, 'form.itemLabel', { field: 'form.windowFrom', n: i + 1 });
    need(!!windowIso(item.to, item.offset), `items.${i}.to`, 'form.itemLabel', { field: 'form.windowTo', n: i + 1 });
    const from = windowIso(item.from, item.offset);
    const to = windowIso(item.to, item.offset);
    if (from && to) need(Date.parse(from) <= Date.parse(to), `items.${i}.to`, 'form.invalidWindow', { n: i + 1 });
  });
  if (type?.requiresNonDisclosure) need(state.confidentiality.nonDisclosure, 'confidentiality', 'form.nonDisclosure');
  for (const field of type?.extraFields ?? []) need(filled(state.extra[field]), `extra.${field}`, `extra.${field}`);
  if (type?.emergency || state.urgency === 'EMERGENCY') {
    need(filled(state.emergency.natureOfThreat), 'emergency.natureOfThreat', 'form.natureOfThreat');
    need(filled(state.emergency.howDataAverts), 'emergency.howDataAverts', 'form.howDataAverts');
    need(filled(state.emergency.attestedBy), 'emergency.attestedBy', 'form.attestedBy');
    need(filled(state.emergency.followUpDue), 'emergency.followUpDue', 'form.followUpDue');
  }
  return problems;
}

/** What a draft must satisfy even to be saved (the server's schema): every line's window complete. */
export function problemsToSave(state: FormState): Problem[] {
  const problems: Problem[] = [];
  state.items.forEach((item, i) => {
    const started = item.selectorValue.trim() || item.from || item.to;
    if (!started) return;
    if (!item.selectorValue.trim())
      problems.push({ field: `items.${i}.selectorValue`, label: 'form.itemLabel', params: { field: 'form.selectorValue', n: i + 1 } });
    if (!windowIso(item.from, item.offset))
      problems.push({ field: `items.${i}.from`, label: 'form.itemLabel', params: { field: 'form.windowFrom', n: i + 1 } });
    if (!windowIso(item.to, item.offset))
      problems.push({ field: `items.${i}.to`, label: 'form.itemLabel', params: { field: 'form.windowTo', n: i + 1 } });
  });
  return problems;
}
