// A small tus client for remote ingest: uploads a file in chunks, resumes after an interruption (also across
// runs, from a note of the upload's URL), and hashes the bytes it sends so the server can confirm them.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { credentialsPath } from './credentials';

const CHUNK = 8 * 1024 * 1024;

export interface UploadProgress {
  sent: number;
  total: number;
}

function resumeFile(): string {
  return join(dirname(credentialsPath()), 'uploads.json');
}

function readNotes(): Record<string, string> {
  return existsSync(resumeFile()) ? (JSON.parse(readFileSync(resumeFile(), 'utf8')) as Record<string, string>) : {};
}

function note(key: string, url: string | null): void {
  const notes = readNotes();
  if (url) notes[key] = url;
  else delete notes[key];
  mkdirSync(dirname(resumeFile()), { recursive: true, mode: 0o700 });
  writeFileSync(resumeFile(), JSON.stringify(notes, null, 2), { mode: 0o600 });
}

async function request(url: string, init: RequestInit & { headers: Record<string, string> }): Promise<Response> {
  return fetch(url, { ...init, headers: { 'tus-resumable': '1.0.0', ...init.headers } });
}

/** Uploads one file; returns the upload id and the SHA-256 of what was sent. */
export async function tusUpload(
  server: string,
  token: string,
  path: string,
  onProgress: (progress: UploadProgress) => void,
): Promise<{ uploadId: string; sha256: string }> {
  const { size, mtimeMs } = statSync(path);
  const auth = { authorization: `Bearer ${token}` };
  const key = `${server}|${path}|${size}|${mtimeMs}`;
  let url = readNotes()[key];
  let offset = 0;
  if (url) {
    const head = await request(url, { method: 'HEAD', headers: auth });
    if (head.ok) offset = Number(head.headers.get('upload-offset') ?? 0);
    else url = undefined;
  }
  if (!url) {
    const name = Buffer.from(path.split('/').pop() ?? 'file').toString('base64');
    const created = await request(new URL('/api/uploads', server).toString(), {
      method: 'POST',
      headers: { ...auth, 'upload-length': String(size), 'upload-metadata': `filename ${name}` },
    });
    if (created.status !== 201) throw new Error(`The server refused the upload: HTTP ${created.status} ${await created.text()}`);
    url = new URL(created.headers.get('location') ?? '', server).toString();
    note(key, url);
  }
  // The digest must cover every byte, including those a previous run sent: read them again locally.
  const hash = createHash('sha256');
  const file = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(CHUNK);
    let position = 0;
    while (position < offset) {
      const { bytesRead } = await file.read(buffer, 0, Math.min(CHUNK, offset - position), position);
      hash.update(buffer.subarray(0, bytesRead));
      position += bytesRead;
    }
    onProgress({ sent: offset, total: size });
    while (offset < size) {
      const { bytesRead } = await file.read(buffer, 0, Math.min(CHUNK, size - offset), offset);
      const chunk = buffer.subarray(0, bytesRead);
      const response = await request(url, {
        method: 'PATCH',
        headers: { ...auth, 'upload-offset': String(offset), 'content-type': 'application/offset+octet-stream' },
        body: chunk,
      });
      if (response.status !== 204)
        throw new Error(`Upload stopped at ${offset} of ${size} bytes: HTTP ${response.status}; run the same command again to resume`);
      hash.update(chunk);
      offset = Number(response.headers.get('upload-offset'));
      onProgress({ sent: offset, total: size });
    }
  } finally {
    await file.close();
  }
  note(key, null);
  return { uploadId: url.split('/').pop() as string, sha256: hash.digest('hex') };
}
