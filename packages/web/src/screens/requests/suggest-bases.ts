// The legal basis a new request starts from, before it is edited.
import type { Authorization } from '../authorizations/authorization-model';
import type { BasisRow } from './form-model';
import type { TypeDefinition } from './request-model';

/** Bases to start from: the authorisation's own (with their provisions), then the type's usual ones. */
export function suggestBases(type: TypeDefinition | undefined, auth: Authorization | undefined): BasisRow[] {
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
