// The HTTP contract (@tamga/api, which depends on zod only) spells out the domain's closed lists again; the
// server is the one package that sees both, so it checks here that every list says the same as core's.
import { describe, expect, it } from 'vitest';
import * as api from '@tamga/api';
import * as core from '@tamga/core';

const same = (contract: readonly string[], domain: readonly string[]) => expect([...contract].sort()).toEqual([...domain].sort());

describe('the contract and the domain name the same values', () => {
  it.each([
    ['roles', api.Role.options, core.ROLES],
    ['access levels', api.AccessLevel.options, core.ACCESS_LEVELS],
    ['case statuses', api.CaseStatus.options, core.CASE_STATUSES],
    ['measures', api.Measure.options, core.MEASURES],
    ['data categories', api.DataCategory.options, core.DATA_CATEGORIES],
    ['selector types', api.SelectorType.options, core.SELECTOR_TYPES],
    ['authorisation types', api.AuthorizationType.options, core.AUTHORIZATION_TYPES],
    ['issuer types', api.IssuerType.options, core.ISSUER_TYPES],
    ['acquisition methods', api.AcquisitionMethod.options, core.ACQUISITION_METHODS],
    ['artefact types', api.ARTIFACT_TYPE_NAMES, core.ARTIFACT_TYPES],
    ['entity types', api.ENTITY_TYPE_NAMES, core.ENTITY_TYPES],
    ['bank meanings', api.BankMeaning.options, core.BANK_MEANINGS],
    ['hash signals', api.SignalType.options, core.SIGNAL_TYPES],
    ['request types', api.RequestTypeCode.options, core.REQUEST_TYPE_CODES],
    ['request statuses', api.RequestStatus.options, core.REQUEST_STATUSES],
    ['request outcomes', api.RequestOutcome.options, core.REQUEST_OUTCOMES],
    ['urgencies', api.Urgency.options, core.URGENCIES],
    ['channels', api.Channel.options, core.CHANNELS],
    ['addressee kinds', api.AddresseeKind.options, core.ADDRESSEE_KINDS],
    ['request item statuses', api.ItemStatus.options, core.ITEM_STATUSES],
    ['refusal reasons', api.RefusalReason.options, core.REFUSAL_REASONS],
    ['extra request fields', api.ExtraField.options, core.EXTRA_FIELDS],
  ] as Array<[string, readonly string[], readonly string[]]>)('%s', (_name, contract, domain) => same(contract, domain));

  it('custody actions', () => {
    same(
      api.CustodyAction.options.map((o) => o.shape.type.value),
      core.CUSTODY_TYPES,
    );
  });
});
