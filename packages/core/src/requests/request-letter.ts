// What a request letter says, resolved for printing, and the port that prints it (DOCX or PDF, English or
// Russian). Names are resolved (authority, addressee, officer), codes are kept: the renderer words them.

export type LetterFormat = 'docx' | 'pdf';
export type LetterLanguage = 'en' | 'ru';

export interface LetterPerson {
  name: string;
  position?: string;
  email?: string;
  phone?: string;
}

export interface RequestLetter {
  /** The platform's reference of the request, e.g. "KZ-2026-0142/REQ-3". */
  reference: string;
  /** DOMAIN.md §4.3 code: PRES_DIRECT, PRES_247, DISC_VOLUNTARY, DISC_EMERGENCY, EMERG_247_2AP9, MLA_STORED, … */
  type: string;
  urgency: 'ROUTINE' | 'URGENT' | 'EMERGENCY';
  /** Date of the letter, ISO 8601. */
  issuedAt: string;
  caseReference: string;
  requestingAuthority: { name: string; country: string; unit: string; officer: LetterPerson; contact247?: string };
  addressee: { kind: string; name: string; legalEntity?: string; country: string; channel: string; reference?: string };
  legalBasis: Array<{ instrument: string; article?: string; domesticProvision: string; treatyRef?: string }>;
  /** The domestic authorisation relied on (warrant, prosecutor's sanction). */
  authorization: { type: string; number: string; issuedBy: string; issuedAt: string; validUntil: string | null } | null;
  offence: { codes: string[]; nationalArticle: string; maxPenaltyYears?: number; summaryOfFacts: string };
  necessityStatement: string;
  proportionalityStatement: string;
  relationToOffence: string;
  /** Selector × data category × time window (ISO 8601 with offset). */
  items: Array<{ selectorType: string; selectorValue: string; service?: string; category: string; windowFrom: string; windowTo: string }>;
  confidentiality: { nonDisclosureRequested: boolean; reason?: string; until?: string };
  emergency?: { natureOfThreat: string; howDataAverts: string; attestedBy: LetterPerson; followUpProcessDue: string };
  preservation?: { preservationRef?: string; expiresAt?: string };
  /**
   * The type's own fields of DOMAIN.md §4.3 not named above, under stable keys: followUpRoute, intendedMla,
   * custodianOrLocation, purposeAndUseLimitation, returnManner, natureOfAssistance, timeLimit, conditions, …
   */
  extra: Record<string, string>;
  /** References of the requests this one follows or continues (a preservation before a production or MLA). */
  linkedReferences: string[];
}

/** Prints a request letter; the bytes returned are what is sent, and their SHA-256 goes into the ledger. */
export interface LetterRenderer {
  render(letter: RequestLetter, options: { format: LetterFormat; language: LetterLanguage }): Promise<Uint8Array>;
}
