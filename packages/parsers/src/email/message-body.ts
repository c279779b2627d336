// Which MIME parts are the body text and which are attachments (FORMATS.md §4.1), with charset handling.
import { safeMemberPath } from '@tamga/core';
import { decodeText } from './charset';
import { emailWarning, type EmailWarning } from './email-warning';
import { htmlToText } from './html-text';
import { decodeBody, type MimeEntity } from './mime-tree';

export interface AttachmentPart {
  entity: MimeEntity;
  /** The decoded file name as the message gives it, or null. */
  name: string | null;
  /** One safe path segment for the child's path. */
  safeName: string;
  content: Buffer;
}

export interface TextPart {
  part: string;
  mimeType: string;
  /** The declared charset, or null. */
  charset: string | null;
  decodedAs: string;
  charsetMismatch: boolean;
}

export interface MessageBody {
  text: string | null;
  /** `plain`, `html` (converted to text), `mixed`, or null without text. */
  format: 'plain' | 'html' | 'mixed' | null;
  textParts: TextPart[];
  attachments: AttachmentPart[];
}

const EXTENSIONS: Record<string, string> = {
  'message/rfc822': 'eml',
  'text/plain': 'txt',
  'text/html': 'html',
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'application/pdf': 'pdf',
  'application/pkcs7-signature': 'p7s',
  'application/x-pkcs7-signature': 'p7s',
  'application/pkcs7-mime': 'p7m',
  'application/x-pkcs7-mime': 'p7m',
};

function fileName(entity: MimeEntity): string | null {
  return entity.disposition?.params.filename || entity.params.name || null;
}

/** An attachment: `Content-Disposition: attachment` or a file name (even inline), or anything not plain/HTML text. */
function isAttachment(entity: MimeEntity): boolean {
  if (entity.disposition?.value === 'attachment' || fileName(entity)) return true;
  return entity.type !== 'text/plain' && entity.type !== 'text/html';
}

function safeName(entity: MimeEntity): string {
  const name = fileName(entity);
  if (!name) return `part-${entity.partId || '1'}.${EXTENSIONS[entity.type] ?? 'bin'}`;
  // One segment: path separators inside a file name must not create folders.
  const { path } = safeMemberPath(name.replace(/[/\\]/g, '_'));
  return path.length > 150 ? path.slice(-150) : path;
}

/** What collectBody gathers as it walks the tree (module-level functions over it, not closures per message). */
interface BodyWalk {
  bytes: Buffer;
  warnings: EmailWarning[];
  texts: Array<{ text: string; html: boolean }>;
  textParts: TextPart[];
  attachments: AttachmentPart[];
}

function addText(body: BodyWalk, entity: MimeEntity): void {
  const decoded = decodeText(decodeBody(body.bytes, entity), entity.params.charset);
  body.textParts.push({
    part: entity.partId,
    mimeType: entity.type,
    charset: entity.params.charset ?? null,
    decodedAs: decoded.charset,
    charsetMismatch: decoded.charsetMismatch,
  });
  if (decoded.charsetMismatch) {
    body.warnings.push(
      emailWarning(
        `part ${entity.partId || '(root)'} declares charset ${entity.params.charset ?? '(none)'} but was decoded as ${decoded.charset}`,
        'email.charset_mismatch',
        { part: entity.partId || '(root)', declared: entity.params.charset ?? '(none)', decodedAs: decoded.charset },
      ),
    );
  }
  const html = entity.type === 'text/html';
  body.texts.push({ text: html ? htmlToText(decoded.text) : decoded.text, html });
}

function walk(body: BodyWalk, entity: MimeEntity, wantText: boolean): void {
  if (entity.type.startsWith('multipart/') && (entity.children.length > 0 || entity.params.boundary)) {
    // In an alternative, one representation is the text: plain if there is one, otherwise the first that has any.
    const chosen =
      entity.type === 'multipart/alternative'
        ? (entity.children.find((c) => c.type === 'text/plain' && !isAttachment(c)) ??
          entity.children.find((c) => c.type.startsWith('multipart/') || (c.type === 'text/html' && !isAttachment(c))))
        : undefined;
    for (const child of entity.children) walk(body, child, wantText && (chosen === undefined || child === chosen));
    return;
  }
  if (isAttachment(entity)) {
    const content = decodeBody(body.bytes, entity);
    // A view on the message bytes is copied: an mbox reuses its buffer for the next message.
    body.attachments.push({
      entity,
      name: fileName(entity),
      safeName: safeName(entity),
      content: content.buffer === body.bytes.buffer ? Buffer.from(content) : content,
    });
  } else if (wantText) {
    addText(body, entity);
  }
}

export function collectBody(bytes: Buffer, root: MimeEntity, warnings: EmailWarning[]): MessageBody {
  const body: BodyWalk = { bytes, warnings, texts: [], textParts: [], attachments: [] };
  walk(body, root, true);
  const { texts, textParts, attachments } = body;

  const hasHtml = texts.some((t) => t.html);
  const hasPlain = texts.some((t) => !t.html);
  const text = texts.map((t) => t.text).join('\n');
  return {
    text: text.length ? text : null,
    format: !texts.length ? null : hasHtml && hasPlain ? 'mixed' : hasHtml ? 'html' : 'plain',
    textParts,
    attachments,
  };
}
