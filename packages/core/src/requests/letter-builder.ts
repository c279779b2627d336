// From a request to the RequestLetter a LetterRenderer prints: a pure mapping, plus the use cases that render a
// preview and that read back the exact document that was sent.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Actor } from '../actor';
import type { Authorization } from '../authorization';
import type { Deps } from '../deps';
import { TamgaError } from '../errors';
import type { Tx } from '../ports';
import { actorEvent, recordEvent } from '../record-event';
import type { EvidenceRequest } from './request';
import { loadRequestFor } from './request-access';
import type { LetterFormat, LetterLanguage, RequestLetter } from './request-letter';

export interface LetterContext {
  caseReference: string;
  authorization: Authorization | null;
  linkedReferences: string[];
  /** The date the letter bears. */
  issuedAt: string;
}

export function requestLetter(request: EvidenceRequest, context: LetterContext): RequestLetter {
  const a = context.authorization;
  const extra = Object.fromEntries(Object.entries(request.extra).filter(([, v]) => typeof v === 'string' && v.trim())) as Record<
    string,
    string
  >;
  if (request.lessIntrusiveAlternatives) extra.lessIntrusiveAlternatives = request.lessIntrusiveAlternatives;
  return {
    reference: request.reference,
    type: request.type,
    urgency: request.urgency,
    issuedAt: context.issuedAt,
    caseReference: context.caseReference,
    requestingAuthority: request.requestingAuthority,
    addressee: request.addressee,
    legalBasis: request.legalBasis,
    authorization: a
      ? {
          type: a.type,
          number: a.number,
          issuedBy: [a.issuedBy.body, a.issuedBy.name].filter(Boolean).join(', '),
          issuedAt: a.issuedAt,
          validUntil: a.validUntil,
        }
      : null,
    offence: request.offence,
    necessityStatement: request.necessityStatement,
    proportionalityStatement: request.proportionalityStatement,
    relationToOffence: request.relationToOffence,
    items: request.items.map(({ status: _status, ...item }) => item),
    confidentiality: request.confidentiality,
    ...(request.emergency ? { emergency: request.emergency } : {}),
    ...(request.preservation
      ? {
          preservation: {
            ...(request.preservation.preservationRef ? { preservationRef: request.preservation.preservationRef } : {}),
            ...(request.preservation.expiresAt ? { expiresAt: request.preservation.expiresAt } : {}),
          },
        }
      : {}),
    extra,
    linkedReferences: context.linkedReferences,
  };
}

/** Loads what the letter needs besides the request: the case reference, the authorisation, linked references. */
export async function letterFor(tx: Tx, request: EvidenceRequest, caseReference: string, issuedAt: string): Promise<RequestLetter> {
  const authorization = request.authorizationId ? ((await tx.authorizations.byId(request.caseId, request.authorizationId)) ?? null) : null;
  const linkedReferences: string[] = [];
  for (const id of request.linkedRequestIds) {
    const linked = await tx.requests.byId(request.caseId, id);
    if (linked) linkedReferences.push(linked.reference);
  }
  return requestLetter(request, { caseReference, authorization, linkedReferences, issuedAt });
}

export const LETTER_CONTENT_TYPES: Record<LetterFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export interface RenderedLetter {
  bytes: Uint8Array;
  sha256: string;
  contentType: string;
  filename: string;
}

export function letterFilename(request: EvidenceRequest, format: LetterFormat, language: LetterLanguage): string {
  return `${request.reference.replace(/[^A-Za-z0-9._-]+/g, '_')}-${language}.${format}`;
}

export async function renderLetter(
  deps: Deps,
  letter: RequestLetter,
  request: EvidenceRequest,
  format: LetterFormat,
  language: LetterLanguage,
) {
  if (!deps.letters) throw new TamgaError('LETTER_RENDERER_UNAVAILABLE');
  const bytes = await deps.letters.render(letter, { format, language });
  return {
    bytes,
    sha256: bytesToHex(sha256(bytes)),
    contentType: LETTER_CONTENT_TYPES[format],
    filename: letterFilename(request, format, language),
  };
}

/** The RequestLetter as data, for a preview of its fields. */
export async function getRequestLetter(deps: Deps, actor: Actor, caseId: string, requestId: string): Promise<RequestLetter> {
  return deps.store.transaction(async (tx) => {
    const { request, access } = await loadRequestFor(tx, actor, caseId, requestId, 'read');
    return letterFor(tx, request, access.record.reference, request.sentAt ?? deps.clock.now().toISOString());
  });
}

/**
 * The document: once sent, the very bytes that went out (from the blob store, same SHA-256 as the ledger);
 * before that, a fresh rendering as a preview. Either way the reading is an event.
 */
export async function readRequestLetter(
  deps: Deps,
  actor: Actor,
  caseId: string,
  requestId: string,
  options: { format: LetterFormat; language: LetterLanguage },
): Promise<RenderedLetter & { sent: boolean }> {
  const { request, letter } = await deps.store.transaction(async (tx) => {
    const loaded = await loadRequestFor(tx, actor, caseId, requestId, 'read');
    const issuedAt = loaded.request.sentAt ?? deps.clock.now().toISOString();
    return { request: loaded.request, letter: await letterFor(tx, loaded.request, loaded.access.record.reference, issuedAt) };
  });
  const sent = request.sentDocument;
  const useSent = !!sent && sent.format === options.format && sent.language === options.language;
  let rendered: RenderedLetter;
  if (useSent) {
    const chunks: Uint8Array[] = [];
    for await (const chunk of deps.blobs.read(sent.sha256)) chunks.push(chunk);
    const bytes = new Uint8Array(Buffer.concat(chunks));
    rendered = {
      bytes,
      sha256: sent.sha256,
      contentType: LETTER_CONTENT_TYPES[sent.format],
      filename: letterFilename(request, sent.format, sent.language),
    };
  } else {
    rendered = await renderLetter(deps, letter, request, options.format, options.language);
  }
  await deps.store.transaction((tx) =>
    recordEvent(
      tx,
      deps,
      actorEvent(actor, useSent ? 'request.letter_read' : 'request.letter_previewed', {
        caseId,
        targetType: 'request',
        targetId: requestId,
        details: { reference: request.reference, format: options.format, language: options.language, sha256: rendered.sha256 },
      }),
    ),
  );
  return { ...rendered, sent: useSent };
}
