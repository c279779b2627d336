// A file sent to the server's resumable upload endpoint (tus), for what is not evidence of a case: hash lists.
import { Upload } from 'tus-js-client';
import { csrfToken } from '../evidence/upload';

const CHUNK = 8 * 1024 * 1024;

/** Sends the file and returns the upload's id once every byte has arrived. */
export async function sendFile(file: File, onProgress: (sent: number) => void): Promise<string> {
  const token = await csrfToken();
  return new Promise((resolve, reject) => {
    const upload = new Upload(file, {
      endpoint: '/api/uploads',
      chunkSize: CHUNK,
      retryDelays: [0, 1000, 3000, 5000],
      headers: { 'x-csrf-token': token },
      metadata: { filename: file.name, filetype: file.type || 'application/octet-stream' },
      // A bank list is imported once; nothing to resume in a later session.
      storeFingerprintForResuming: false,
      onProgress: (sent) => onProgress(sent),
      onSuccess: () => resolve((upload.url ?? '').split('/').pop() ?? ''),
      onError: reject,
    });
    upload.start();
  });
}
