/** The URL to import for a TypeScript entry point: its bundle, or the entry itself with tsx's loader registered. */
export function bundledEntry(entry: string | URL): Promise<string>;
/** The path of an up-to-date bundle of the entry, or null where none can be written. */
export function bundleOf(entry: string | URL): Promise<string | null>;
