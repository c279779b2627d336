// The uploaded file's own times, as far as a browser knows them: only when it was last modified (File.lastModified).
// A time at or before the epoch, or in the future, says the browser did not know it and is not sent.

export function sentFileTimes(file: File, now = Date.now()): { modifiedAt?: string } {
  const modified = file.lastModified;
  return Number.isFinite(modified) && modified > 0 && modified <= now ? { modifiedAt: new Date(modified).toISOString() } : {};
}
