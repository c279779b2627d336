// Streaming text lines out of a byte stream: one line in memory at a time, whatever the size of the file.

export interface TextLine {
  /** 1-based, as an editor shows it. */
  number: number;
  text: string;
  /** The line was longer than the limit and was cut: no hash list has such lines, so it is reported invalid. */
  truncated: boolean;
}

/** A hash line is under 200 characters; a CSV row with a long label a few KiB. Anything far longer is not a list. */
const MAX_LINE_CHARS = 64 * 1024;

export async function* textLines(source: AsyncIterable<Uint8Array>): AsyncIterable<TextLine> {
  // fatal: false, so a stray byte becomes U+FFFD on its line (and that line fails validation) instead of
  // aborting the whole import.
  const decoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  let pending = '';
  let truncated = false;
  let number = 0;
  const take = (text: string) => {
    if (pending.length + text.length > MAX_LINE_CHARS) {
      pending = (pending + text).slice(0, MAX_LINE_CHARS);
      truncated = true;
    } else pending += text;
  };
  const emit = (): TextLine => {
    const line = { number: ++number, text: pending.endsWith('\r') ? pending.slice(0, -1) : pending, truncated };
    pending = '';
    truncated = false;
    return line;
  };
  for await (const chunk of source) {
    const text = decoder.decode(chunk, { stream: true });
    let start = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', start)) {
      take(text.slice(start, nl));
      yield emit();
      start = nl + 1;
    }
    take(text.slice(start));
  }
  take(decoder.decode());
  if (pending.length > 0 || truncated) yield emit();
}

/** One CSV record (RFC 4180 quoting, `""` for a quote); records spanning lines are not supported in hash lists. */
export function csvFields(line: string, separator = ','): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (line[i] === '"') {
      i++;
      for (;;) {
        const quote = line.indexOf('"', i);
        if (quote < 0) {
          field += line.slice(i);
          i = line.length;
          break;
        }
        field += line.slice(i, quote);
        if (line[quote + 1] === '"') {
          field += '"';
          i = quote + 2;
        } else {
          i = quote + 1;
          break;
        }
      }
      const next = line.indexOf(separator, i);
      if (next < 0) {
        fields.push(field);
        return fields;
      }
      i = next + 1;
    } else {
      const next = line.indexOf(separator, i);
      if (next < 0) {
        fields.push(line.slice(i).trim());
        return fields;
      }
      field = line.slice(i, next).trim();
      i = next + 1;
    }
    fields.push(field);
  }
}
