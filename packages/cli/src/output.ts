// Printing results: aligned columns for people, JSON for scripts. What people see passes through `oneLine` or
// `lines`: names, reasons and texts come from evidence, and a hostile one must not drive the terminal.

/**
 * Control characters (escape sequences, carriage returns, and line breaks unless kept), the Unicode line and paragraph
 * separators, and the marks that reorder text from right to left (a name shown reversed could pass for another)
 * written as `\uXXXX`.
 */
function escapeControls(text: string, keepLineBreaks: boolean): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) =>
    keepLineBreaks && c === '\n' ? c : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/**
 * Text from evidence (a member's name inside a warning, say) on one line and without terminal controls: a hostile
 * name must neither start a line that looks like another field nor send escape sequences to the terminal.
 */
export function oneLine(text: string): string {
  return escapeControls(text, false);
}

/** Text of several lines (a message), its controls escaped and each further line indented by `indent` spaces. */
function lines(text: string, indent: number): string {
  return escapeControls(text, true).replace(/\n/g, `\n${' '.repeat(indent)}`);
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

export function printTable(rows: Array<Record<string, unknown>>, columns: string[]): void {
  if (rows.length === 0) {
    process.stdout.write('(none)\n');
    return;
  }
  const cell = (v: unknown) => oneLine(v === null || v === undefined ? '' : Array.isArray(v) ? v.join(',') : String(v));
  const widths = columns.map((c) => Math.max(c.length, ...rows.map((r) => cell(r[c]).length)));
  const line = (values: string[]) =>
    values
      .map((v, i) => v.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  process.stdout.write(`${line(columns.map((c) => c.toUpperCase()))}\n`);
  for (const row of rows) process.stdout.write(`${line(columns.map((c) => cell(row[c])))}\n`);
}

export function printFields(fields: Record<string, unknown>): void {
  const width = Math.max(...Object.keys(fields).map((k) => k.length));
  for (const [key, value] of Object.entries(fields)) {
    const text = typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value ?? '');
    process.stdout.write(`${oneLine(key).padEnd(width)}  ${lines(text, width + 2)}\n`);
  }
}
