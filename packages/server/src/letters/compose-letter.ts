// Words a RequestLetter in one language, as the blocks both writers lay out. The order follows what providers
// and central authorities expect (DOMAIN.md §4.7): who asks, to whom, what, on which legal basis and
// authorisation, for which offence, why it is necessary and proportionate, exactly which data (selectors and
// time windows with their offset), then the type's own fields, emergency, preservation, confidentiality,
// related requests and who to contact at any hour.
import type { LetterLanguage, RequestLetter } from '@tamga/core';
import { readableDate } from './letter-dates';
import type { CellLine, FieldRow, LetterBlock, LetterDocument } from './letter-document';
import {
  ADDRESSEE_KINDS,
  AUTHORIZATION_TYPES,
  CHANNELS,
  COUNTRIES,
  DATA_CATEGORIES,
  EXTRA_FIELDS,
  INSTRUMENTS,
  OFFENCES,
  SELECTOR_TYPES,
  URGENCIES,
  wordFor,
} from './letter-labels';
import { phrases } from './letter-phrases';
import { templateFor } from './letter-templates';

/** Types whose letter always has an emergency section: a missing field then shows as "not provided". */
const EMERGENCY_TYPES = new Set(['DISC_EMERGENCY', 'EMERG_247_2AP9', 'MLA_EMERGENCY']);

const present = (value: string | undefined | null): value is string => typeof value === 'string' && value.trim() !== '';

export function composeLetter(letter: RequestLetter, language: LetterLanguage): LetterDocument {
  const p = phrases(language);
  const template = templateFor(letter.type);
  const authority = letter.requestingAuthority;
  const blocks: LetterBlock[] = [];
  let section = 0;
  const heading = (text: string) => blocks.push({ kind: 'heading', text: `${++section}. ${text}` });
  const text = (value: string | undefined) => (present(value) ? value : p.notProvided);
  const date = (iso: string | undefined | null) => (present(iso) ? readableDate(iso, language) : p.notProvided);
  const person = (who: RequestLetter['requestingAuthority']['officer']) =>
    [who.name, who.position, who.email, who.phone].filter(present).join(', ');

  // Letterhead, reference and addressee.
  blocks.push({
    kind: 'letterhead',
    name: authority.name,
    lines: [authority.unit, wordFor(COUNTRIES, authority.country, language)].filter(present),
  });
  blocks.push({
    kind: 'fields',
    rows: [
      { label: p.reference, value: letter.reference },
      { label: p.date, value: date(letter.issuedAt) },
      { label: p.caseReference, value: letter.caseReference },
      { label: p.requestType, value: `${template.subject[language]} (${letter.type})` },
      { label: p.urgency, value: wordFor(URGENCIES, letter.urgency, language) },
    ],
  });
  const addressee = letter.addressee;
  const addresseeRows: FieldRow[] = [
    { label: p.to, value: addressee.name },
    { label: '', value: wordFor(ADDRESSEE_KINDS, addressee.kind, language) },
  ];
  if (present(addressee.legalEntity)) addresseeRows.push({ label: p.legalEntity, value: addressee.legalEntity });
  addresseeRows.push(
    { label: p.country, value: wordFor(COUNTRIES, addressee.country, language) },
    { label: p.channel, value: wordFor(CHANNELS, addressee.channel, language) },
  );
  if (present(addressee.reference)) addresseeRows.push({ label: p.addresseeReference, value: addressee.reference });
  blocks.push({ kind: 'fields', rows: addresseeRows });

  // Subject, urgency and the operative request.
  blocks.push({ kind: 'title', text: template.subject[language] });
  if (letter.urgency === 'EMERGENCY') blocks.push({ kind: 'banner', level: 'emergency', text: p.emergencyBanner });
  else if (letter.urgency === 'URGENT') blocks.push({ kind: 'banner', level: 'urgent', text: p.urgentBanner });
  blocks.push({ kind: 'paragraph', text: template.opening[language] });

  // The emergency comes first: the addressee triages on it before reading anything else.
  const emergency = letter.emergency;
  if (emergency || letter.urgency === 'EMERGENCY' || EMERGENCY_TYPES.has(letter.type)) {
    heading(p.emergency);
    blocks.push(
      { kind: 'subheading', text: p.natureOfThreat },
      { kind: 'paragraph', text: text(emergency?.natureOfThreat) },
      { kind: 'subheading', text: p.howDataAverts },
      { kind: 'paragraph', text: text(emergency?.howDataAverts) },
      {
        kind: 'fields',
        rows: [
          { label: p.attestedBy, value: emergency ? text(person(emergency.attestedBy)) : p.notProvided },
          { label: p.followUpDue, value: date(emergency?.followUpProcessDue) },
        ],
      },
    );
  }

  // Legal basis: every instrument relied on, each with the domestic provision (never Budapest alone).
  heading(p.legalBasis);
  blocks.push({
    kind: 'list',
    items: letter.legalBasis.map((basis) => {
      const known = Object.hasOwn(INSTRUMENTS, basis.instrument);
      const name = known ? `${wordFor(INSTRUMENTS, basis.instrument, language)} [${basis.instrument}]` : basis.instrument;
      const details = [`${p.domesticProvision}: ${text(basis.domesticProvision)}`];
      if (present(basis.treatyRef)) details.push(`${p.treatyRef}: ${basis.treatyRef}`);
      return { text: present(basis.article) ? `${name}, ${p.article_(basis.article)}` : name, details };
    }),
  });

  heading(p.authorization);
  const auth = letter.authorization;
  if (auth) {
    blocks.push({
      kind: 'fields',
      rows: [
        { label: p.authorizationType, value: wordFor(AUTHORIZATION_TYPES, auth.type, language) },
        { label: p.authorizationNumber, value: auth.number },
        { label: p.issuedBy, value: auth.issuedBy },
        { label: p.issuedAt, value: date(auth.issuedAt) },
        { label: p.validUntil, value: auth.validUntil === null ? p.validUntilOpen : date(auth.validUntil) },
      ],
    });
  } else blocks.push({ kind: 'paragraph', text: p.noAuthorization });

  heading(p.offence);
  const offenceRows: FieldRow[] = [];
  if (letter.offence.codes.length > 0)
    offenceRows.push({
      label: p.offenceCodes,
      value: letter.offence.codes
        .map((code) => (Object.hasOwn(OFFENCES, code) ? `${code} (${wordFor(OFFENCES, code, language)})` : code))
        .join('; '),
    });
  offenceRows.push({ label: p.nationalArticle, value: text(letter.offence.nationalArticle) });
  if (letter.offence.maxPenaltyYears !== undefined)
    offenceRows.push({ label: p.maxPenalty, value: p.penalty(letter.offence.maxPenaltyYears) });
  blocks.push({ kind: 'fields', rows: offenceRows });
  blocks.push({ kind: 'subheading', text: p.summaryOfFacts }, { kind: 'paragraph', text: text(letter.offence.summaryOfFacts) });

  heading(p.relationToOffence);
  blocks.push({ kind: 'paragraph', text: text(letter.relationToOffence) });

  heading(p.necessityAndProportionality);
  blocks.push(
    { kind: 'subheading', text: p.necessity },
    { kind: 'paragraph', text: text(letter.necessityStatement) },
    { kind: 'subheading', text: p.proportionality },
    { kind: 'paragraph', text: text(letter.proportionalityStatement) },
  );

  // The items: exact selectors, and each window exactly as recorded with its offset (providers search by it).
  heading(template.itemsHeading?.[language] ?? p.itemsRequested);
  if (letter.items.length === 0) blocks.push({ kind: 'paragraph', text: p.noItems });
  else {
    blocks.push({
      kind: 'table',
      columns: [
        { header: p.itemNumber, width: 0.06 },
        { header: p.selector, width: 0.3 },
        { header: p.service, width: 0.13 },
        { header: p.category, width: 0.15 },
        { header: p.window, width: 0.36 },
      ],
      rows: letter.items.map((item, index): CellLine[][] => [
        [{ text: String(index + 1) }],
        [
          { text: wordFor(SELECTOR_TYPES, item.selectorType, language), bold: true },
          { text: item.selectorValue, code: true },
        ],
        [{ text: present(item.service) ? item.service : '—' }],
        [{ text: wordFor(DATA_CATEGORIES, item.category, language) }],
        [
          { text: `${p.from} ${item.windowFrom}`, code: true },
          { text: `${p.to_} ${item.windowTo}`, code: true },
        ],
      ]),
    });
    blocks.push({ kind: 'paragraph', text: p.itemsNote });
  }

  // The type's own fields: the template's keys first, in its order, then any other key as given.
  const extraKeys = [
    ...template.extraKeys.filter((key) => present(letter.extra[key])),
    ...Object.keys(letter.extra).filter((key) => !template.extraKeys.includes(key) && present(letter.extra[key])),
  ];
  if (extraKeys.length > 0) {
    heading(p.particulars);
    for (const key of extraKeys)
      blocks.push({ kind: 'subheading', text: wordFor(EXTRA_FIELDS, key, language) }, { kind: 'paragraph', text: letter.extra[key]! });
  }

  const preservation = letter.preservation;
  if (preservation && (present(preservation.preservationRef) || present(preservation.expiresAt))) {
    heading(p.preservation);
    const rows: FieldRow[] = [];
    if (present(preservation.preservationRef)) rows.push({ label: p.preservationRef, value: preservation.preservationRef });
    if (present(preservation.expiresAt)) rows.push({ label: p.preservationExpires, value: date(preservation.expiresAt) });
    blocks.push({ kind: 'fields', rows });
  }

  heading(p.confidentiality);
  const confidentiality = letter.confidentiality;
  if (confidentiality.nonDisclosureRequested) {
    blocks.push({ kind: 'paragraph', text: p.nonDisclosure });
    const rows: FieldRow[] = [];
    if (present(confidentiality.reason)) rows.push({ label: p.nonDisclosureReason, value: confidentiality.reason });
    if (present(confidentiality.until)) rows.push({ label: p.nonDisclosureUntil, value: date(confidentiality.until) });
    if (rows.length > 0) blocks.push({ kind: 'fields', rows });
  } else blocks.push({ kind: 'paragraph', text: p.noNonDisclosure });

  if (letter.linkedReferences.length > 0) {
    heading(p.linkedRequests);
    blocks.push(
      { kind: 'paragraph', text: p.linkedIntro },
      { kind: 'list', items: letter.linkedReferences.map((reference) => ({ text: reference, details: [] })) },
    );
  }

  heading(p.contact);
  const officer = authority.officer;
  const contactRows: FieldRow[] = [{ label: p.name, value: officer.name }];
  if (present(officer.position)) contactRows.push({ label: p.position, value: officer.position });
  if (present(officer.email)) contactRows.push({ label: p.email, value: officer.email });
  if (present(officer.phone)) contactRows.push({ label: p.phone, value: officer.phone });
  contactRows.push({ label: p.contact247, value: text(authority.contact247) });
  blocks.push({ kind: 'fields', rows: contactRows });

  blocks.push({ kind: 'paragraph', text: template.closing[language] });
  blocks.push({
    kind: 'signature',
    lines: [officer.position, officer.name, authority.name].filter(present),
    signatureLabel: p.signature,
    sealLabel: p.seal,
    dateLine: date(letter.issuedAt),
  });

  return {
    language,
    reference: letter.reference,
    title: template.subject[language],
    author: authority.name,
    issuedAt: letter.issuedAt,
    footer: { page: p.footerPage, of: p.footerOf },
    blocks,
  };
}
