// Canonical JSON (RFC 8785 style for the values Tamga stores): sorted keys, no whitespace, so a hash is repeatable.
// Every ledger event is hashed over this form (a group of ten thousand attachments makes ten thousand events, and
// `tamga verify` reads them all again), so it is built with plain loops and one string, not arrays of entries.

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError('canonical JSON has no representation for non-finite numbers');
    return JSON.stringify(value);
  }
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) {
      if (i > 0) out += ',';
      const item: unknown = value[i];
      out += canonicalJson(item === undefined ? null : item);
    }
    return `${out}]`;
  }
  if (typeof value === 'object') {
    // A Date, Map or class instance has no canonical form here and would hash as "{}": refuse it.
    const prototype = Object.getPrototypeOf(value) as unknown;
    if (prototype !== Object.prototype && prototype !== null) {
      throw new TypeError(`canonical JSON takes plain objects only, not ${(value as object).constructor?.name ?? 'this object'}`);
    }
    const record = value as Record<string, unknown>;
    // The default sort compares UTF-16 code units, which is the order canonical JSON asks for.
    const keys = Object.keys(record).sort();
    let out = '{';
    for (const key of keys) {
      const item = record[key];
      if (item === undefined) continue;
      if (out.length > 1) out += ',';
      out += `${JSON.stringify(key)}:${canonicalJson(item)}`;
    }
    return `${out}}`;
  }
  throw new TypeError(`canonical JSON cannot encode ${typeof value}`);
}
