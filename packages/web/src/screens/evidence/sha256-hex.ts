// The SHA-256 of a file computed in the browser, to compare with the server's own once the file is up.
/** Files hashed in the browser before they go (the Web Crypto digest needs the whole file in memory). */
export const HASH_LIMIT = 512 * 1024 * 1024;

export async function sha256Hex(file: File): Promise<string | undefined> {
  if (!window.isSecureContext || !crypto.subtle || file.size > HASH_LIMIT) return undefined;
  const digest = await crypto.subtle.digest('SHA-256', await file.arrayBuffer());
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
