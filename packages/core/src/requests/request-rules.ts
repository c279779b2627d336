// Deadlines, renewals and thresholds as configuration rows (DOMAIN.md §4.6, §8 item 9): facts that drive
// behaviour but that nobody has confirmed for every state and provider. Each row carries its source and a
// `verified` flag, so a screen can say "unverified" next to a date computed from it.

export interface TimerRule {
  id: string;
  trigger: string;
  /** Length of the period the rule starts. */
  periodHours: number;
  /** Renewal: how far each renewal moves the due date, and how many renewals are allowed (null: no limit). */
  renewal: { periodHours: number; maxRenewals: number | null } | null;
  source: string;
  verified: boolean;
}

const DAY = 24;

export const TIMER_RULES: Record<string, TimerRule> = {
  BUD16_MAX: {
    id: 'BUD16_MAX',
    trigger: 'Domestic preservation',
    periodHours: 90 * DAY,
    renewal: { periodHours: 90 * DAY, maxRenewals: null },
    source: 'Budapest Convention Art 16(2); renewal per domestic law',
    verified: true,
  },
  BUD29_MIN: {
    id: 'BUD29_MIN',
    trigger: 'Preservation by the requested state',
    periodHours: 60 * DAY,
    renewal: { periodHours: 60 * DAY, maxRenewals: null },
    source: 'Budapest Convention Art 29(7): at least 60 days, then until the MLA decision',
    verified: false,
  },
  US2703F: {
    id: 'US2703F',
    trigger: 'US provider acknowledged a preservation',
    periodHours: 90 * DAY,
    renewal: { periodHours: 90 * DAY, maxRenewals: 1 },
    source: '18 U.S.C. §2703(f)(2)',
    verified: true,
  },
  META_PRES: {
    id: 'META_PRES',
    trigger: 'Meta acknowledged a preservation',
    periodHours: 90 * DAY,
    // Meta's extensions follow its policy; one further 90 days is what its guidelines describe, unconfirmed.
    renewal: { periodHours: 90 * DAY, maxRenewals: 1 },
    source: 'about.meta.com/actions/safety/audiences/law/guidelines/ (90 d [V 2010; S current]; renewal [U])',
    verified: false,
  },
  PROVIDER_UNVERIFIED_90D: {
    id: 'PROVIDER_UNVERIFIED_90D',
    trigger: 'Provider acknowledged a preservation (period not published)',
    periodHours: 90 * DAY,
    renewal: { periodHours: 90 * DAY, maxRenewals: 1 },
    source: 'Assumed 90 days until the provider confirms its period',
    verified: false,
  },
  EPOCPR_60D: {
    id: 'EPOCPR_60D',
    trigger: 'EPOC-PR received',
    periodHours: 60 * DAY,
    renewal: { periodHours: 30 * DAY, maxRenewals: 1 },
    source: 'EU 2023/1543 Art 11',
    verified: true,
  },
  EPOC_10D: {
    id: 'EPOC_10D',
    trigger: 'EPOC received',
    periodHours: 10 * DAY,
    renewal: null,
    source: 'EU 2023/1543 Art 10',
    verified: true,
  },
  EPOC_8H: {
    id: 'EPOC_8H',
    trigger: 'Emergency EPOC received',
    periodHours: 8,
    renewal: null,
    source: 'EU 2023/1543 Art 10',
    verified: true,
  },
  EU_VALID_48H: {
    id: 'EU_VALID_48H',
    trigger: 'Unvalidated emergency order',
    periodHours: 48,
    renewal: null,
    source: 'EU 2023/1543 Art 4(5) [S]',
    verified: false,
  },
  '2AP7_30D': {
    id: '2AP7_30D',
    trigger: 'Art 7 order received',
    periodHours: 30 * DAY,
    renewal: null,
    source: 'Second Additional Protocol Art 7 [U]',
    verified: false,
  },
  EMERG_FOLLOWUP: {
    id: 'EMERG_FOLLOWUP',
    trigger: 'Emergency disclosure sent',
    periodHours: 48,
    renewal: null,
    source: 'Tamga design: the formal process must follow an emergency request [D]',
    verified: false,
  },
  RESPONSE_SLA_30D: {
    id: 'RESPONSE_SLA_30D',
    trigger: 'Request sent',
    periodHours: 30 * DAY,
    renewal: null,
    source: 'Tamga design: internal service level for an answer [D]',
    verified: false,
  },
  MLA_EXPECTED_90D: {
    id: 'MLA_EXPECTED_90D',
    trigger: 'MLA request sent',
    periodHours: 90 * DAY,
    renewal: null,
    source: 'Tamga design: expected date of an MLA answer when the request names no time limit [D]',
    verified: false,
  },
};

/** Reminders before a preservation expires (REMIND_PRES, DOMAIN.md §4.6 [D]): days before expiry. */
export const PRESERVATION_REMINDER_DAYS = [21, 7, 2] as const;

export function timerRule(id: string): TimerRule {
  const rule = TIMER_RULES[id];
  if (!rule) throw new Error(`Unknown timer rule ${id}`);
  return rule;
}

/**
 * National rules (DOMAIN.md §8 item 9): the severity threshold of G6, in years of the maximum penalty, above
 * which content and traffic data may be requested. None of the five states' values is confirmed yet; the
 * EU's 3 years (EU 2023/1543 Art 5(4)) is used as the working value and marked unverified.
 */
export interface CountryRule {
  country: string;
  contentTrafficMinPenaltyYears: number;
  source: string;
  verified: boolean;
}

const UNCONFIRMED = 'EU 2023/1543 Art 5(4) model value (3 years); national threshold not yet confirmed';

export const COUNTRY_RULES: Record<string, CountryRule> = {
  KZ: { country: 'KZ', contentTrafficMinPenaltyYears: 3, source: UNCONFIRMED, verified: false },
  KG: { country: 'KG', contentTrafficMinPenaltyYears: 3, source: UNCONFIRMED, verified: false },
  TJ: { country: 'TJ', contentTrafficMinPenaltyYears: 3, source: UNCONFIRMED, verified: false },
  TM: { country: 'TM', contentTrafficMinPenaltyYears: 3, source: UNCONFIRMED, verified: false },
  UZ: { country: 'UZ', contentTrafficMinPenaltyYears: 3, source: UNCONFIRMED, verified: false },
};

export const DEFAULT_COUNTRY_RULE: Omit<CountryRule, 'country'> = {
  contentTrafficMinPenaltyYears: 3,
  source: UNCONFIRMED,
  verified: false,
};

export function countryRule(country: string): CountryRule {
  return COUNTRY_RULES[country.toUpperCase()] ?? { country: country.toUpperCase(), ...DEFAULT_COUNTRY_RULE };
}

/** Categories that need the severity threshold (G6): content and traffic, and location as a kind of traffic. */
export const SEVERE_CATEGORIES = ['CONTENT', 'TRAFFIC', 'LOCATION'] as const;

/**
 * The higher approver of G6 and G8: roles whose holders may give the second approval a content, traffic or
 * privilege-risk request needs. Design choice [D]: the prosecutor, who supervises the legality of the
 * investigation in the five states; configurable through Deps.requestRules.
 */
export const HIGHER_APPROVER_ROLES: readonly string[] = ['prosecutor'];

/** G7: the rule that times the validation of an emergency request (EU model 48 h [S], unverified). */
export const EMERGENCY_VALIDATION_RULE = 'EU_VALID_48H';
