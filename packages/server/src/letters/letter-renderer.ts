// The LetterRenderer port of @tamga/core: a request letter as the DOCX or PDF bytes that are sent, in English
// or Russian. Both formats are laid out from the same composed blocks, so they say the same thing; the
// bytes depend only on the letter, so the SHA-256 the ledger records can be reproduced from the request.
import type { LetterRenderer } from '@tamga/core';
import { composeLetter } from './compose-letter';
import { renderLetterDocx } from './letter-docx';
import { renderLetterPdf } from './letter-pdf';

export function letterRenderer(): LetterRenderer {
  return {
    async render(letter, { format, language }) {
      const document = composeLetter(letter, language);
      if (format === 'pdf') return renderLetterPdf(document);
      if (format === 'docx') return renderLetterDocx(document);
      throw new Error(`unknown letter format: ${String(format)}`);
    },
  };
}
