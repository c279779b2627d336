// Three fully filled letters (preservation, emergency disclosure, MLA) used by the tests and for looking at
// the output. Names, numbers and addresses are invented (example.* domains, documentation IP ranges); one
// item carries a 300-character URL to prove long selectors wrap instead of running off the page.
import type { RequestLetter } from '@tamga/core';

const officer = {
  name: 'Aigerim Seitkali (Айгерім Сейтқали)',
  position: 'Senior Investigator, Police Major',
  email: 'a.seitkali@cyber.example.kz',
  phone: '+7 7172 00 00 00',
};

const authority = {
  name: 'Cybercrime Department, Ministry of Internal Affairs of the Republic of Kazakhstan',
  country: 'KZ',
  unit: 'Investigations Division, Astana',
  officer,
  contact247: '+7 7172 00 00 01 (duty desk, 24/7), cyber247@example.kz',
};

/** 300 characters: a marketplace listing URL with its tracking parameters, as investigators paste them. */
export const LONG_URL = (
  'https://www.facebook.com/marketplace/item/1234567890123456/?ref=search&referral_code=marketplace_search&referral_story_type=listing&tracking=' +
  'browse_serp%3A9f3c2a1e-7b4d-4c1a-9e8f-0a1b2c3d4e5f%26session%3Dabcdef0123456789abcdef0123456789%26position%3D17%26query%3Diphone%2B15%2Bpro%2Bmax'
)
  .padEnd(300, 'x')
  .slice(0, 300);

export const presDirectSample: RequestLetter = {
  reference: 'KZ-2026-0142/REQ-3',
  type: 'PRES_DIRECT',
  urgency: 'URGENT',
  issuedAt: '2026-03-14T10:30:00+05:00',
  caseReference: 'ERDR 262600031000142',
  requestingAuthority: authority,
  addressee: {
    kind: 'PROVIDER',
    name: 'Meta Platforms, Inc.',
    legalEntity: 'Meta Platforms, Inc., 1 Meta Way, Menlo Park, CA 94025',
    country: 'US',
    channel: 'PORTAL',
  },
  legalBasis: [
    { instrument: 'PROVIDER_POLICY', domesticProvision: 'Art. 199 of the Code of Criminal Procedure of the Republic of Kazakhstan' },
    { instrument: 'US_18USC2703F', domesticProvision: 'Art. 199 of the Code of Criminal Procedure of the Republic of Kazakhstan' },
  ],
  authorization: {
    type: 'PROSECUTOR_SANCTION',
    number: 'SAN-2026-0311',
    issuedBy: 'Prosecutor of the City of Astana',
    issuedAt: '2026-03-13',
    validUntil: '2026-06-13',
  },
  offence: {
    codes: ['BC-8'],
    nationalArticle: 'Art. 190(4) of the Criminal Code of the Republic of Kazakhstan (fraud on an especially large scale)',
    maxPenaltyYears: 10,
    summaryOfFacts:
      'Between January and March 2026 an organised group offered non-existent mobile telephones for sale through Facebook Marketplace listings. At least 41 victims in Astana and Almaty paid advance amounts totalling KZT 28,400,000 to bank cards controlled by the group; no goods were delivered.',
  },
  necessityStatement:
    'The accounts are the only known link between the listings and the persons who controlled them. Without preservation the data may be deleted by the account holders, who have already removed two listings.',
  proportionalityStatement:
    'The request is limited to three selectors named in the prosecutor’s sanction and to the period of the offence. No data is requested for disclosure by this letter.',
  relationToOffence:
    'The account published the listings through which the victims were contacted; the listing URL is the one victims were sent before paying.',
  items: [
    {
      selectorType: 'ACCOUNT_ID',
      selectorValue: '100089412345678',
      service: 'Facebook',
      category: 'SUBSCRIBER',
      windowFrom: '2026-01-01T00:00:00+05:00',
      windowTo: '2026-03-14T23:59:59+05:00',
    },
    {
      selectorType: 'ACCOUNT_ID',
      selectorValue: '100089412345678',
      service: 'Facebook',
      category: 'CONTENT',
      windowFrom: '2026-01-01T00:00:00+05:00',
      windowTo: '2026-03-14T23:59:59+05:00',
    },
    {
      selectorType: 'URL',
      selectorValue: LONG_URL,
      service: 'Facebook Marketplace',
      category: 'TRAFFIC',
      windowFrom: '2026-02-10T00:00:00Z',
      windowTo: '2026-02-20T00:00:00Z',
    },
    {
      selectorType: 'USERNAME',
      selectorValue: 'phone.deals.kz',
      service: 'Instagram',
      category: 'SUBSCRIBER',
      windowFrom: '2026-01-15T08:00:00+05:00',
      windowTo: '2026-03-01T08:00:00+05:00',
    },
  ],
  confidentiality: {
    nonDisclosureRequested: true,
    reason: 'Notifying the account holders would allow them to destroy evidence and warn other members of the group.',
    until: '2026-09-14',
  },
  extra: {
    followUpRoute: 'A request for mutual legal assistance to the United States Department of Justice, Office of International Affairs.',
  },
  linkedReferences: [],
};

export const discEmergencySample: RequestLetter = {
  reference: 'KZ-2026-0177/REQ-1',
  type: 'DISC_EMERGENCY',
  urgency: 'EMERGENCY',
  issuedAt: '2026-04-02T03:15:00+05:00',
  caseReference: 'ERDR 262600031000177',
  requestingAuthority: authority,
  addressee: {
    kind: 'PROVIDER',
    name: 'TikTok',
    legalEntity: 'TikTok Pte. Ltd.',
    country: 'SG',
    channel: 'PORTAL',
  },
  legalBasis: [
    { instrument: 'PROVIDER_POLICY', domesticProvision: 'Art. 232 of the Code of Criminal Procedure of the Republic of Kazakhstan' },
  ],
  authorization: {
    type: 'PROSECUTOR_SANCTION',
    number: 'SAN-2026-0402-E',
    issuedBy: 'Deputy Prosecutor General of the Republic of Kazakhstan',
    issuedAt: '2026-04-02T02:50:00+05:00',
    validUntil: '2026-04-09T02:50:00+05:00',
  },
  offence: {
    codes: ['TUI-EXE'],
    nationalArticle: 'Art. 255(1) of the Criminal Code of the Republic of Kazakhstan (act of terrorism, preparation)',
    maxPenaltyYears: 12,
    summaryOfFacts:
      'At 01:40 local time on 2 April 2026 the account below published a video announcing an attack on a named school in Shymkent “at the start of lessons today”, showing an improvised explosive device.',
  },
  necessityStatement:
    'The user’s identity and current location are unknown; the subscriber data and recent IP addresses are the only way to locate the user before 08:00 local time.',
  proportionalityStatement: 'Limited to one account, subscriber data and the last 72 hours of login IP addresses.',
  relationToOffence: 'The account published the threat; its login data identifies the device and network used.',
  items: [
    {
      selectorType: 'USERNAME',
      selectorValue: '@shym_night_0402',
      service: 'TikTok',
      category: 'SUBSCRIBER',
      windowFrom: '2026-03-01T00:00:00+05:00',
      windowTo: '2026-04-02T03:15:00+05:00',
    },
    {
      selectorType: 'USERNAME',
      selectorValue: '@shym_night_0402',
      service: 'TikTok',
      category: 'TRAFFIC',
      windowFrom: '2026-03-30T03:15:00+05:00',
      windowTo: '2026-04-02T03:15:00+05:00',
    },
  ],
  confidentiality: { nonDisclosureRequested: true, reason: 'Notice to the user could precipitate the attack.' },
  emergency: {
    natureOfThreat:
      'An announced bomb attack on a school during lessons on 2 April 2026, an imminent risk of death or serious physical injury to children.',
    howDataAverts:
      'The registration telephone number, e-mail and login IP addresses allow the police to locate the user and the device before the attack.',
    attestedBy: { name: 'Colonel Daniyar Abenov', position: 'Head of the Cybercrime Department', phone: '+7 7172 00 00 02' },
    followUpProcessDue: '2026-04-04T03:15:00+05:00',
  },
  extra: {
    specificData: 'Registration telephone number and e-mail; login IP addresses with port and time for the last 72 hours.',
    timeSensitivity: 'The video names the start of lessons, 08:00 local time (UTC+05:00), as the time of the attack.',
  },
  linkedReferences: [],
};

export const mlaStoredSample: RequestLetter = {
  reference: 'KZ-2026-0142/REQ-7',
  type: 'MLA_STORED',
  urgency: 'ROUTINE',
  issuedAt: '2026-04-20',
  caseReference: 'ERDR 262600031000142',
  requestingAuthority: {
    ...authority,
    name: 'Prosecutor General’s Office of the Republic of Kazakhstan',
    unit: 'Department for International Cooperation',
  },
  addressee: {
    kind: 'CENTRAL_AUTHORITY',
    name: 'Ministry of Justice of the Republic of Türkiye',
    legalEntity: 'Directorate General for International Law and Foreign Relations',
    country: 'TR',
    channel: 'DIPLOMATIC',
    reference: 'TR-MOJ-2026/4411',
  },
  legalBasis: [
    {
      instrument: 'BILATERAL_MLAT',
      article: '3',
      domesticProvision: 'Arts. 569–571 of the Code of Criminal Procedure of the Republic of Kazakhstan',
      treatyRef: 'Treaty on mutual legal assistance in criminal matters between the Republic of Kazakhstan and the Republic of Türkiye',
    },
    { instrument: 'UNTOC', article: '18', domesticProvision: 'Art. 569 of the Code of Criminal Procedure of the Republic of Kazakhstan' },
  ],
  authorization: {
    type: 'COURT_ORDER',
    number: '7199-26-00-1/412',
    issuedBy: 'Specialised Investigative Court of the City of Astana',
    issuedAt: '2026-04-17',
    validUntil: null,
  },
  offence: {
    codes: ['BC-8', 'BC-11'],
    nationalArticle: 'Art. 190(4) of the Criminal Code of the Republic of Kazakhstan',
    maxPenaltyYears: 10,
    summaryOfFacts:
      'The group described in request KZ-2026-0142/REQ-3 ran the payment page of its fake shop on a server of a hosting company in Istanbul. Victims entered their card details on that page.',
  },
  necessityStatement: 'The server holds the page and its logs; they show who administered it and which cards were captured.',
  proportionalityStatement: 'Limited to one hosting account, its domain and the period of the offence.',
  relationToOffence: 'The payment page on this server was used to take the victims’ money.',
  items: [
    {
      selectorType: 'DOMAIN',
      selectorValue: 'pay-phone-deals.example',
      service: 'Shared hosting, Example Hosting A.Ş.',
      category: 'CONTENT',
      windowFrom: '2026-01-01T00:00:00+03:00',
      windowTo: '2026-03-31T23:59:59+03:00',
    },
    {
      selectorType: 'IP_PORT_TIMESTAMP',
      selectorValue: '203.0.113.44:443 at 2026-02-14T19:22:05+03:00',
      service: 'Example Hosting A.Ş.',
      category: 'TRAFFIC',
      windowFrom: '2026-02-14T19:00:00+03:00',
      windowTo: '2026-02-14T20:00:00+03:00',
    },
    {
      selectorType: 'EMAIL',
      selectorValue: 'admin@pay-phone-deals.example',
      service: 'Example Hosting A.Ş.',
      category: 'SUBSCRIBER',
      windowFrom: '2025-12-01T00:00:00+03:00',
      windowTo: '2026-03-31T23:59:59+03:00',
    },
  ],
  confidentiality: {
    nonDisclosureRequested: true,
    reason: 'The investigation is covert; members of the group are still at large.',
    until: '2026-12-31',
  },
  preservation: { preservationRef: 'TR-HOST-PR-2026-0099', expiresAt: '2026-06-12T23:59:59+03:00' },
  extra: {
    natureOfAssistance:
      'To obtain from Example Hosting A.Ş. the stored content of the hosting account, its access logs and the subscriber data of the account holder, and to transmit certified copies.',
    timeLimit: 'Before 12 June 2026, when the preservation of the data expires.',
    certification: 'Please provide a certificate of authenticity of the copies and their SHA-256 values, signed by the custodian.',
    translation: 'A Turkish translation of this request is attached.',
    witnessStatement: 'A statement of the hosting company’s custodian on how the logs are kept is also requested.',
  },
  linkedReferences: ['KZ-2026-0142/REQ-3', 'KZ-2026-0142/REQ-5'],
};

export const sampleLetters = { PRES_DIRECT: presDirectSample, DISC_EMERGENCY: discEmergencySample, MLA_STORED: mlaStoredSample };
