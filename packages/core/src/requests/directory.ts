// The directory of providers and authorities (DOMAIN.md §4.7): who to address, through which channel, what
// they need and how long they preserve. Administrators edit it; every fact has the date it was last checked
// and a source, and facts nobody has confirmed say so.
import type { AddresseeKind } from './request-types';
import type { Channel } from './request';

export interface DirectoryEntry {
  id: string;
  kind: AddresseeKind;
  name: string;
  legalEntity: string;
  country: string;
  channel: Channel;
  /** Where requests go: a portal URL, an e-mail address, a postal address. */
  contact: string;
  emergencyCriteria: string | null;
  /** The timer rule a preservation acknowledged by this addressee follows (TIMER_RULES); null: none accepted. */
  preservationRuleId: string | null;
  /** What the addressee needs in a request, in plain words. */
  requirements: string;
  notes: string;
  /** Facts of this entry nobody has confirmed yet (e.g. "preservationPeriod", "emergencyCriteria"). */
  unverified: string[];
  verifiedOn: string | null;
  sourceUrl: string | null;
  updatedAt: string;
  updatedBy: string | null;
}

type Seed = Omit<DirectoryEntry, 'updatedAt' | 'updatedBy'>;

const COMMON_NEEDS =
  'Official letterhead or government e-mail, signature and date, exact selectors (not names), a date range with its time zone, an English translation';

/** The starter set shipped with Tamga (DOMAIN.md §4.7), seeded by migration 0010; verify before relying on it. */
export const STARTER_DIRECTORY: readonly Seed[] = [
  {
    id: 'provider-meta',
    kind: 'PROVIDER',
    name: 'Meta',
    legalEntity: 'Meta Platforms, Inc.',
    country: 'US',
    channel: 'PORTAL',
    contact: 'https://www.facebook.com/records',
    emergencyCriteria: 'Imminent risk of serious physical injury or death',
    preservationRuleId: 'META_PRES',
    requirements: `${COMMON_NEEDS}. Narrowly tailored requests; content may need an MLAT.`,
    notes: 'Entity for users outside the European Region. Tries to notify users.',
    unverified: ['preservationRenewal', 'contentRoute'],
    verifiedOn: '2025-01-01',
    sourceUrl: 'https://about.meta.com/actions/safety/audiences/law/guidelines/',
  },
  {
    id: 'provider-google',
    kind: 'PROVIDER',
    name: 'Google',
    legalEntity: 'Google LLC',
    country: 'US',
    channel: 'PORTAL',
    contact: 'Law Enforcement Request System (LERS)',
    emergencyCriteria: 'Child safety, threat to life',
    preservationRuleId: 'US2703F',
    requirements: `${COMMON_NEEDS}. Notifies users unless prohibited, in an emergency or if the account was hijacked.`,
    notes: 'Google Ireland Limited for some European users.',
    unverified: ['preservationPeriod', 'channel'],
    verifiedOn: '2025-01-01',
    sourceUrl: 'https://policies.google.com/terms/information-requests',
  },
  {
    id: 'provider-microsoft',
    kind: 'PROVIDER',
    name: 'Microsoft',
    legalEntity: 'Microsoft Corporation',
    country: 'US',
    channel: 'PORTAL',
    contact: 'Microsoft Law Enforcement Request Portal',
    emergencyCriteria: null,
    preservationRuleId: 'US2703F',
    requirements: `${COMMON_NEEDS}. Content needs a warrant, court order or local equivalent; specific accounts only; enterprise data goes to the customer.`,
    notes: 'Same rules for all governments.',
    unverified: ['preservationPeriod', 'emergencyCriteria', 'contact'],
    verifiedOn: '2025-01-01',
    sourceUrl: 'https://blogs.microsoft.com/datalaw/our-practices/',
  },
  {
    id: 'provider-apple',
    kind: 'PROVIDER',
    name: 'Apple',
    legalEntity: 'Apple Inc. (local entities per EMEIA guidelines)',
    country: 'US',
    channel: 'EMAIL',
    contact: 'Apple Law Enforcement Portal',
    emergencyCriteria: null,
    preservationRuleId: 'US2703F',
    requirements: `${COMMON_NEEDS}. Content for non-US agencies only through an MLAT or the CLOUD Act.`,
    notes: '',
    unverified: ['preservationPeriod', 'emergencyCriteria', 'contact'],
    verifiedOn: '2025-01-01',
    sourceUrl: 'https://www.apple.com/legal/privacy/law-enforcement-guidelines-outside-us.pdf',
  },
  {
    id: 'provider-tiktok',
    kind: 'PROVIDER',
    name: 'TikTok',
    legalEntity: 'TikTok Pte. Ltd.',
    country: 'SG',
    channel: 'PORTAL',
    contact: 'TikTok Law Enforcement Request Portal',
    emergencyCriteria: 'Imminent risk of death or serious physical injury',
    preservationRuleId: 'PROVIDER_UNVERIFIED_90D',
    requirements: `${COMMON_NEEDS}. Subscriber data on a court order, warrant or MLAT; no public videos.`,
    notes: 'Serves users outside the US, UK, EEA and Switzerland, which includes Central Asia.',
    unverified: ['preservationPeriod', 'contact'],
    verifiedOn: '2025-01-01',
    sourceUrl: 'https://www.tiktok.com/legal/page/global/law-enforcement/en',
  },
  {
    id: 'provider-telegram',
    kind: 'PROVIDER',
    name: 'Telegram',
    legalEntity: 'Telegram Messenger Inc.',
    country: 'AE',
    channel: 'EMAIL',
    contact: 'No published law-enforcement portal',
    emergencyCriteria: null,
    preservationRuleId: null,
    requirements:
      'A valid judicial order naming a suspect whose conduct breaches the Terms of Service may get IP address and phone number (Privacy Policy 8.3).',
    notes: 'No published preservation procedure or emergency channel. Reports quarterly at t.me/transparency.',
    unverified: ['legalEntity', 'country', 'channel', 'contact'],
    verifiedOn: '2025-01-01',
    sourceUrl: 'https://telegram.org/privacy#8-3-law-enforcement-authorities',
  },
  {
    id: 'poc-247-example',
    kind: 'POC_24_7',
    name: '24/7 point of contact (example)',
    legalEntity: 'National 24/7 point of contact of the requested state',
    country: 'XX',
    channel: 'POC',
    contact: 'Through the Council of Europe 24/7 network directory',
    emergencyCriteria: 'Imminent risk to the life or safety of a natural person',
    preservationRuleId: 'BUD29_MIN',
    requirements:
      'Art 29(2): the requesting authority, the offence and facts, the data and its link to the offence, the custodian or location, necessity, the intended MLA request.',
    notes: 'An example entry: replace with the real contact of each state before use.',
    unverified: ['contact', 'preservationPeriod'],
    verifiedOn: null,
    sourceUrl: 'https://www.coe.int/en/web/cybercrime/24/7-network-new',
  },
  {
    id: 'central-authority-example',
    kind: 'CENTRAL_AUTHORITY',
    name: 'Central authority for MLA (example)',
    legalEntity: 'Ministry of Justice or Prosecutor General of the requested state',
    country: 'XX',
    channel: 'DIPLOMATIC',
    contact: 'Per the applicable treaty (bilateral MLAT, CIS Minsk 1993 / Chisinau 2002, UNTOC Art 18)',
    emergencyCriteria: null,
    preservationRuleId: null,
    requirements:
      'Facts and law; purpose and nature of the assistance; confidentiality and its reason; time limit; translation into the language the treaty names.',
    notes: 'An example entry: replace with the real central authority of each state before use.',
    unverified: ['contact', 'requirements'],
    verifiedOn: null,
    sourceUrl: null,
  },
];
