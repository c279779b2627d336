// Chromium's page transition and visit source codes (ui/base/page_transition_types.h, history_types.h),
// decoded for the reviewer while the stored value is kept as written.

const CORE_TYPES = [
  'LINK',
  'TYPED',
  'AUTO_BOOKMARK',
  'AUTO_SUBFRAME',
  'MANUAL_SUBFRAME',
  'GENERATED',
  'AUTO_TOPLEVEL',
  'FORM_SUBMIT',
  'RELOAD',
  'KEYWORD',
  'KEYWORD_GENERATED',
] as const;

const QUALIFIERS: ReadonlyArray<readonly [number, string]> = [
  [0x00800000, 'BLOCKED'],
  [0x01000000, 'FORWARD_BACK'],
  [0x02000000, 'FROM_ADDRESS_BAR'],
  [0x04000000, 'HOME_PAGE'],
  [0x08000000, 'FROM_API'],
  [0x10000000, 'CHAIN_START'],
  [0x20000000, 'CHAIN_END'],
  [0x40000000, 'CLIENT_REDIRECT'],
  [0x80000000, 'SERVER_REDIRECT'],
];

export interface DecodedTransition {
  /** As stored (some builds store the 32 bits signed). */
  raw: number;
  /** The unsigned 32-bit value in hex, e.g. `0xA0000006`. */
  hex: string;
  core: string;
  qualifiers: string[];
}

export function decodeTransition(stored: number): DecodedTransition {
  // `>>> 0` reinterprets a signed value as the unsigned 32 bits it stands for (-1610612730 → 0xA0000006).
  const value = stored >>> 0;
  const coreCode = value & 0xff;
  return {
    raw: stored,
    hex: `0x${value.toString(16).toUpperCase().padStart(8, '0')}`,
    core: CORE_TYPES[coreCode] ?? `UNKNOWN_${coreCode}`,
    qualifiers: QUALIFIERS.filter(([bit]) => (value & bit) >>> 0 === bit).map(([, name]) => name),
  };
}

const VISIT_SOURCES = ['SYNCED', 'BROWSED', 'EXTENSION', 'FIREFOX_IMPORTED', 'IE_IMPORTED', 'SAFARI_IMPORTED'] as const;

/** No visit_source row means the visit was browsed on this device. */
export function visitSourceName(source: number | null): string {
  if (source === null) return 'BROWSED';
  return VISIT_SOURCES[source] ?? `UNKNOWN_${source}`;
}

const DOWNLOAD_STATES: Record<number, string> = { 0: 'IN_PROGRESS', 1: 'COMPLETE', 2: 'CANCELLED', 4: 'INTERRUPTED' };

export function downloadStateName(state: number | null): string | null {
  if (state === null) return null;
  return DOWNLOAD_STATES[state] ?? `UNKNOWN_${state}`;
}
