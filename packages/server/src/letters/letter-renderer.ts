// The LetterRenderer port of @tamga/core: a request letter as the DOCX or PDF bytes that are sent, in English
// or Russian. Both formats are laid out from the same composed blocks, so they say the same thing; the
// bytes depend only on the letter, so the SHA-256 the ledger records can be reproduced from the request.
import type { LetterRenderer } from '@tamga/core';
import { composeLetter } from './compose-letter';

export function letterRenderer(): LetterRenderer {
  return {
    async render(letter, { format, language }) {
      const document = composeLetter(letter, language);
      // The layout libraries (pdfkit, docx: about 25 MB of memory) are loaded with the first letter, not by every
      // process that opens the server's context: a worker never lays out a letter.
      if (format === 'pdf') return (await import('./letter-pdf')).renderLetterPdf(document);
      if (format === 'docx') return (await import('./letter-docx')).renderLetterDocx(document);
      throw new Error(`unknown letter format: ${String(format)}`);
    },
  };
}
