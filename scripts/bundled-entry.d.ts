/** Imports a TypeScript entry point: from its bundle, or from source through tsx where there is none. */
export function importEntry(entry: string | URL): Promise<Record<string, unknown>>;
/** The path of an up-to-date bundle of the entry, or null where none can be made. */
export function bundleOf(entry: string | URL): Promise<string | null>;
