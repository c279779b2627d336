// The letters read back as a recipient would: PDF text through pdfjs (Cyrillic only comes back if the font
// is embedded with its Unicode map), DOCX text from word/document.xml. Each sample is checked for its key
// fields in both languages, every item's selector and exact window, and the absence of English headings in
// the Russian letter.
import type { LetterLanguage, RequestLetter } from '@tamga/core';
import { describe, expect, it } from 'vitest';
import { letterRenderer } from './letter-renderer';
import { phrases } from './letter-phrases';
import { LONG_URL, sampleLetters } from './letter-samples';
import { readPdf, readZip, squeeze, wordText } from './letter-test-read';

const renderer = letterRenderer();
const LANGUAGES: LetterLanguage[] = ['en', 'ru'];

/** Headings and labels of the English letter that must never appear in a Russian one. */
const EN = phrases('en');
const ENGLISH_TITLES = [
  EN.legalBasis,
  EN.authorization,
  EN.offence,
  EN.summaryOfFacts,
  EN.relationToOffence,
  EN.necessityAndProportionality,
  EN.itemsRequested,
  EN.particulars,
  EN.emergency,
  EN.natureOfThreat,
  EN.preservation,
  EN.confidentiality,
  EN.linkedRequests,
  EN.contact,
  EN.reference,
  EN.date,
  'Page',
];

/** What a reader must find in the letter whatever its language: the values as recorded. */
function keyValues(letter: RequestLetter): string[] {
  return [
    letter.reference,
    letter.caseReference,
    letter.addressee.name,
    letter.requestingAuthority.officer.name,
    letter.offence.nationalArticle,
    letter.offence.summaryOfFacts,
    letter.necessityStatement,
    letter.proportionalityStatement,
    letter.relationToOffence,
    ...letter.legalBasis.map((basis) => basis.domesticProvision),
    ...(letter.authorization ? [letter.authorization.number, letter.authorization.issuedBy] : []),
    ...letter.items.flatMap((item) => [item.selectorValue, item.windowFrom, item.windowTo]),
    ...Object.values(letter.extra),
    ...(letter.emergency ? [letter.emergency.natureOfThreat, letter.emergency.howDataAverts, letter.emergency.attestedBy.name] : []),
    ...(letter.preservation?.preservationRef ? [letter.preservation.preservationRef] : []),
    ...letter.linkedReferences,
  ];
}

/** Words the letter must carry in its own language. */
const WORDED = {
  PRES_DIRECT: {
    en: ['Request for preservation of computer data', 'Legal basis', 'Subscriber information', 'Content', 'Traffic data', 'URGENT'],
    ru: [
      'Запрос о сохранении компьютерных данных',
      'Правовое основание',
      'Сведения о преступлении',
      'Сведения об абоненте',
      'Данные о трафике',
      'Содержание',
      'СРОЧНО',
      'лишение свободы на срок до 10 лет',
    ],
  },
  DISC_EMERGENCY: {
    en: [
      'Emergency disclosure request',
      'EMERGENCY',
      'Nature of the threat',
      'Formal legal process will follow by',
      '4 April 2026, 03:15 (UTC+05:00)',
    ],
    ru: [
      'Запрос об экстренном предоставлении данных',
      'ЭКСТРЕННО',
      'Характер угрозы',
      'Официальный запрос будет направлен не позднее',
      '4 апреля 2026 г., 03:15 (UTC+05:00)',
    ],
  },
  MLA_STORED: {
    en: [
      'Request for mutual legal assistance: access to stored computer data',
      'Preservation in force',
      'Related requests',
      'witnessStatement',
      'until the end of the proceedings',
    ],
    ru: [
      'Запрос о взаимной правовой помощи: доступ к хранимым компьютерным данным',
      'Сведения о сохранении данных',
      'Связанные запросы',
      'witnessStatement',
      'до окончания производства по делу',
    ],
  },
} as const;

describe.each(Object.entries(sampleLetters))('%s letter', (type, letter) => {
  describe.each(LANGUAGES)('in %s', (language) => {
    it('prints as a PDF whose text (Cyrillic included) holds every key field, item selector and window', async () => {
      const bytes = await renderer.render(letter, { format: 'pdf', language });
      expect(Buffer.from(bytes.subarray(0, 5)).toString('latin1')).toBe('%PDF-');
      const { pages } = await readPdf(bytes);
      // Every page's footer has the reference and "Page X of Y" in the letter's language; it is taken out
      // before the fields are looked for, since a paragraph may run on across it.
      const body = pages.map((page, index) => {
        const footer = squeeze(
          `${letter.reference} · ${language === 'ru' ? 'Стр.' : 'Page'} ${index + 1} ${language === 'ru' ? 'из' : 'of'} ${pages.length}`,
        );
        expect(squeeze(page)).toContain(footer);
        return squeeze(page).replace(footer, '');
      });
      const text = body.join('');
      for (const value of keyValues(letter)) expect(text).toContain(squeeze(value));
      for (const words of WORDED[type as keyof typeof WORDED][language]) expect(text).toContain(squeeze(words));
      if (language === 'ru') for (const title of ENGLISH_TITLES) expect(pages.join('\n')).not.toContain(title);
    });

    it('prints as a DOCX, a valid ZIP whose document holds the same fields in a real table', async () => {
      const bytes = await renderer.render(letter, { format: 'docx', language });
      const members = readZip(bytes);
      expect([...members.keys()]).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'docProps/core.xml']));
      const xml = members.get('word/document.xml')!.toString('utf8');
      expect(xml).toContain('<w:tbl>');
      expect(xml).toContain('w:val="Heading1"');
      const text = wordText(xml);
      for (const value of keyValues(letter)) expect(text).toContain(value);
      for (const words of WORDED[type as keyof typeof WORDED][language]) expect(text).toContain(words);
      if (language === 'ru') for (const title of ENGLISH_TITLES) expect(text).not.toContain(title);
      const footers = [...members].filter(([name]) => /^word\/footer\d*\.xml$/.test(name)).map(([, data]) => data.toString('utf8'));
      expect(footers.join('')).toMatch(/PAGE[\s\S]*NUMPAGES/);
      expect(wordText(footers.join(''))).toContain(letter.reference);
    });

    it('gives the same bytes each time the same letter is rendered', async () => {
      for (const format of ['pdf', 'docx'] as const) {
        const first = await renderer.render(letter, { format, language });
        const second = await renderer.render(structuredClone(letter), { format, language });
        expect(Buffer.from(second).equals(Buffer.from(first))).toBe(true);
      }
    });
  });
});

describe('layout', () => {
  it('wraps a 300-character URL inside its cell: no text runs past the right margin', async () => {
    expect(LONG_URL).toHaveLength(300);
    for (const language of LANGUAGES) {
      const { pages, runs, pageWidth } = await readPdf(await renderer.render(sampleLetters.PRES_DIRECT, { format: 'pdf', language }));
      expect(squeeze(pages.join(''))).toContain(LONG_URL);
      const overflowing = runs.filter((run) => run.x < 50 || run.x + run.width > pageWidth - 50);
      expect(overflowing).toEqual([]);
    }
  });

  it('embeds DejaVu Sans (regular and bold) and no other font', async () => {
    const bytes = await renderer.render(sampleLetters.MLA_STORED, { format: 'pdf', language: 'ru' });
    const raw = Buffer.from(bytes).toString('latin1');
    const fonts = new Set([...raw.matchAll(/\/FontName \/[A-Z]{6}\+([\w-]+)/g)].map((match) => match[1]));
    expect([...fonts].sort()).toEqual(['DejaVuSans', 'DejaVuSans-Bold']);
    expect(raw).toContain('/FontFile2');
  });

  it('dates the files by the letter, not by the clock', async () => {
    const pdf = Buffer.from(await renderer.render(sampleLetters.PRES_DIRECT, { format: 'pdf', language: 'en' })).toString('latin1');
    expect(pdf).toMatch(/\/CreationDate \d+ 0 R/);
    expect(pdf).toContain('(D:20260314053000Z)');
    const core = readZip(await renderer.render(sampleLetters.PRES_DIRECT, { format: 'docx', language: 'en' }))
      .get('docProps/core.xml')!
      .toString('utf8');
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-14T05:30:00Z</dcterms:created>');
  });
});

describe('templates', () => {
  it('falls back to a generic letter for a type without a template, printing unknown extra fields by key', async () => {
    const letter: RequestLetter = {
      ...sampleLetters.PRES_DIRECT,
      type: 'TRANSBORDER_ACCESS',
      urgency: 'ROUTINE',
      extra: { consentGivenBy: 'The account holder, in writing' },
    };
    for (const language of LANGUAGES) {
      const text = wordText(
        readZip(await renderer.render(letter, { format: 'docx', language }))
          .get('word/document.xml')!
          .toString('utf8'),
      );
      expect(text).toContain('(TRANSBORDER_ACCESS)');
      expect(text).toContain('consentGivenBy');
      expect(text).toContain('The account holder, in writing');
    }
  });

  it('words unknown codes as they are rather than dropping them', async () => {
    const letter: RequestLetter = {
      ...sampleLetters.PRES_DIRECT,
      legalBasis: [{ instrument: 'KZ_XX_BILATERAL_2031', domesticProvision: 'Art. 1' }],
      items: [{ ...sampleLetters.PRES_DIRECT.items[0]!, selectorType: 'VEHICLE_VIN', category: 'BIOMETRIC' }],
    };
    const { pages } = await readPdf(await renderer.render(letter, { format: 'pdf', language: 'ru' }));
    const text = pages.join('\n');
    for (const code of ['KZ_XX_BILATERAL_2031', 'VEHICLE_VIN', 'BIOMETRIC']) expect(text).toContain(code);
  });

  it('prints an emergency letter without its emergency fields with the gap shown, not hidden', async () => {
    const { emergency: _omitted, ...letter } = sampleLetters.DISC_EMERGENCY;
    const text = wordText(
      readZip(await renderer.render(letter, { format: 'docx', language: 'en' }))
        .get('word/document.xml')!
        .toString('utf8'),
    );
    expect(text).toContain('Nature of the threat');
    expect(text).toContain('not provided');
  });
});
