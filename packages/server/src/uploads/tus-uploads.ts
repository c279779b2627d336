// Resumable uploads with tus: an upload cut off part-way resumes from the last byte the server has.
// Each upload is tagged with its owner; only the owner can continue it or turn it into evidence.
import { mkdirSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { FileStore } from '@tus/file-store';
import { Server } from '@tus/server';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { TamgaError, type Actor, type Deps } from '@tamga/core';
import { authenticate } from '../http/authenticate';
import { sendError } from '../http/error-reply';

export const UPLOADS_PATH = '/api/uploads';
const OWNER_KEY = 'tamgaOwner';
const UPLOAD_URL = /^\/api\/uploads\/[A-Za-z0-9_-]{1,200}$/;

export interface FinishedUpload {
  path: string;
  size: number;
  filename: string | null;
}

export interface Uploads {
  /** A complete upload of this actor, ready to be ingested, or an error saying why not. */
  finished(actor: Actor, uploadId: string): Promise<FinishedUpload>;
  remove(uploadId: string): Promise<void>;
}

/** The authenticated user travels from Fastify to tus's hooks on the Node request object. */
const OWNER = Symbol('tamga upload owner');
type OwnedRequest = { [OWNER]?: string };

function ownerOf(request: unknown): string | undefined {
  const node = (request as { runtime?: { node?: { req?: OwnedRequest } } }).runtime?.node?.req;
  return node?.[OWNER];
}

export function registerUploads(app: FastifyInstance, deps: Deps, directory: string, maxSize: number): Uploads {
  mkdirSync(directory, { recursive: true });
  const datastore = new FileStore({ directory });
  const tus = new Server({
    path: UPLOADS_PATH,
    datastore,
    maxSize,
    respectForwardedHeaders: false,
    // The owner is ours to set, never the client's: whatever metadata the client sent under that key is replaced.
    // tus works out the upload id itself (the last path segment, URL-decoded): check the owner against that id.
    async onIncomingRequest(request, uploadId) {
      if (request.method === 'POST' || request.method === 'OPTIONS') return;
      const upload = await datastore.getUpload(uploadId).catch(() => undefined);
      if (!upload || upload.metadata?.[OWNER_KEY] !== ownerOf(request)) throw { status_code: 404, body: 'Not found' };
    },
    async onUploadCreate(request, upload) {
      const owner = ownerOf(request);
      if (!owner) throw { status_code: 401, body: 'Sign in first' };
      return { metadata: { ...upload.metadata, [OWNER_KEY]: owner } };
    },
  });

  app.addContentTypeParser('application/offset+octet-stream', (_request, _payload, done) => done(null));
  const handler = async (request: FastifyRequest, reply: FastifyReply) => {
    try {
      const { actor } = await authenticate(deps, request);
      if (actor.mustChangePassword) throw new TamgaError('PASSWORD_CHANGE_REQUIRED');
      (request.raw as OwnedRequest)[OWNER] = actor.userId;
      // Only /api/uploads and /api/uploads/<id>: no extra segments or encodings that could name another upload.
      const path = request.url.split('?')[0] ?? '';
      if (path !== UPLOADS_PATH && !UPLOAD_URL.test(path)) throw new TamgaError('ROUTE_NOT_FOUND');
    } catch (error) {
      return sendError(error, request, reply);
    }
    reply.hijack();
    await tus.handle(request.raw, reply.raw);
  };
  app.all(UPLOADS_PATH, handler);
  app.all(`${UPLOADS_PATH}/*`, handler);

  return {
    async finished(actor, uploadId) {
      if (!/^[A-Za-z0-9_-]{1,200}$/.test(uploadId)) throw new TamgaError('VALIDATION_FAILED', 'Not an upload id');
      const upload = await datastore.getUpload(uploadId).catch(() => undefined);
      if (!upload || upload.metadata?.[OWNER_KEY] !== actor.userId) throw new TamgaError('VALIDATION_FAILED', 'No such upload of yours');
      if (upload.size === undefined || upload.offset !== upload.size) {
        throw new TamgaError('VALIDATION_FAILED', `The upload is incomplete: ${upload.offset} of ${upload.size ?? '?'} bytes arrived`);
      }
      return { path: join(directory, uploadId), size: upload.size, filename: upload.metadata?.filename ?? null };
    },
    async remove(uploadId) {
      await rm(join(directory, uploadId), { force: true });
      await rm(join(directory, `${uploadId}.json`), { force: true });
    },
  };
}
