// Artefacts as the screens read them: the API's shapes, small readers of the free-form `fields`, the page cursor,
// and the one-line summaries the tables show.
import type { RouteOutput, Routes } from '@tamga/api';
import type { TFunction } from 'i18next';
import { formatDuration } from './duration';

export type ArtifactDetail = RouteOutput<Routes['getArtifact']>;
export type Artifact = ArtifactDetail['artifact'];
export type Provenance = ArtifactDetail['provenance'];
export type Locator = Artifact['locator'];
export type Occurrence = RouteOutput<Routes['artifactEntities']>['occurrences'][number];
export type ArtifactType = Artifact['type'];

/** What a view of one artefact is given, in the browser's detail pane and on the full page. */
export interface ArtifactViewProps {
  caseId: string;
  artifact: Artifact;
  occurrences: Occurrence[] | undefined;
  /** The full page shows more context (a longer conversation, every header). */
  full: boolean;
}

export const ARTIFACT_TYPES: readonly ArtifactType[] = [
  'message',
  'email',
  'web_visit',
  'bookmark',
  'download',
  'image',
  'document',
  'call',
  'contact',
  'location',
  'account',
  'file_entry',
];

export function isArtifactType(value: string | null): value is ArtifactType {
  return value !== null && (ARTIFACT_TYPES as readonly string[]).includes(value);
}

/**
 * The key of an artefact's kind in `artifact-types:names`: its type, except a Safari "history cleared" record, which
 * is a web_visit but not a visit, and is named for what it is.
 */
export function typeNameKey(artifact: { type: string; fields: Record<string, unknown> }): string {
  return artifact.type === 'web_visit' && artifact.fields.kind === 'history_cleared' ? 'history_cleared' : artifact.type;
}

/** A string field, or null for anything else (parsers keep JSON-safe values, but nothing is promised). */
export function str(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

export function num(value: unknown): number | null {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return null;
}

export function obj(value: unknown): Record<string, unknown> | null {
  return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
}

export function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/** The keyset position of an artefact in the time order, as the API's `next` and `after` write it. */
export function cursorOf(artifact: Pick<Artifact, 'at' | 'id'>): string {
  return `${artifact.at ?? ''}|${artifact.id}`;
}

/**
 * A bound typed in a `datetime-local` field (read as UTC) in the form the API takes: `2024-03-05T15:44` becomes
 * `2024-03-05T15:44Z`; a plain date stays as it is.
 */
export function apiBound(value: string | null): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return trimmed;
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+$/.test(trimmed)) return `${trimmed}Z`;
  if (/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(trimmed)) return trimmed;
  return undefined;
}

/** A stored UTC time (`…T10:00:00.000000Z`) as a `datetime-local` value in UTC (`…T10:00:00`). */
export function inputBound(iso: string): string {
  return iso.slice(0, 19);
}

const SENDER_ROLES = ['from', 'author', 'caller', 'owner'];

/** Who wrote or made it: the first sender-like actor, by name when the source gave one. */
export function authorOf(artifact: Artifact): string | null {
  for (const role of SENDER_ROLES) {
    const actor = artifact.actors.find((a) => a.role === role);
    if (actor) return actor.name || readableAccount(actor.account);
  }
  return null;
}

/** `email:a@b.kz` → `a@b.kz`; other platforms keep their prefix, which says where the account lives. */
export function readableAccount(account: string): string {
  return account.startsWith('email:') ? account.slice(6) : account;
}

/**
 * An e-mail's address as its header wrote it (`fields.writtenAs`, by account: e-mail parsers from version 5 keep
 * those written with capitals), else the lower-cased account as `readableAccount` shows it. `fields` must be the
 * fields of the e-mail the account was read from: another e-mail may have written the same address otherwise.
 */
export function addressAsWritten(account: string, fields: Record<string, unknown> | null | undefined): string {
  return str(obj(fields?.writtenAs)?.[account]) ?? readableAccount(account);
}

function firstLine(text: string | null | undefined): string | null {
  if (!text) return null;
  const line = text.trim().split('\n', 1)[0]!.trim();
  return line.length > 0 ? line : null;
}

function coordinates(latitude: unknown, longitude: unknown): string | null {
  const lat = num(latitude);
  const lon = num(longitude);
  return lat === null || lon === null ? null : `${lat.toFixed(6)}, ${lon.toFixed(6)}`;
}

/** One line that says what an artefact is about, in the reader's language where the words are ours. */
export function previewOf(artifact: Artifact, t: TFunction): string {
  const f = artifact.fields;
  switch (artifact.type) {
    case 'message': {
      const text = firstLine(artifact.text);
      if (text) return text;
      const media = obj(f.media);
      if (media) return `[${mediaLabel(str(media.kind), t)}]`;
      if (str(f.action)) return `[${t('artifacts:chat.service')}: ${String(f.action)}]`;
      return '';
    }
    case 'email':
      return str(f.subject) ?? firstLine(artifact.text) ?? t('artifacts:email.noSubject');
    case 'web_visit':
      if (f.kind === 'search_term') return `${t('artifacts:web.searchTerm')}: ${str(f.term) ?? ''}`;
      return [str(f.title), str(f.url)].filter(Boolean).join(' — ') || (firstLine(artifact.text) ?? '');
    case 'bookmark':
      return [str(f.title), str(f.url)].filter(Boolean).join(' — ') || (firstLine(artifact.text) ?? str(f.folderPath) ?? '');
    case 'download':
      return str(f.url) ?? firstLine(artifact.text) ?? '';
    case 'image':
      return firstLine(artifact.text) ?? str(f.format)?.toUpperCase() ?? '';
    case 'document':
      return str(f.title) ?? firstLine(artifact.text) ?? '';
    case 'call': {
      const seconds = num(f.durationSeconds);
      if (f.missed === true) return t('artifacts:call.missed');
      return seconds === null ? t('artifacts:call.call') : t('artifacts:call.lasted', { duration: formatDuration(seconds, t) });
    }
    case 'contact':
      return [firstLine(artifact.text), str(f.phoneNumber) ?? str(f.phone)].filter(Boolean).join(' · ');
    case 'location':
      return [str(f.placeName), coordinates(f.latitude, f.longitude)].filter(Boolean).join(' · ') || (firstLine(artifact.text) ?? '');
    case 'account':
      return (
        firstLine(artifact.text) ??
        str(f.address) ??
        list(f.names)
          .filter((n) => typeof n === 'string')
          .join(', ')
      );
    case 'file_entry':
      return str(f.path) ?? str(f.name) ?? firstLine(artifact.text) ?? '';
    default:
      return firstLine(artifact.text) ?? '';
  }
}

export function mediaLabel(kind: string | null, t: TFunction): string {
  const known = ['photo', 'video_file', 'voice_message', 'video_message', 'audio_file', 'sticker', 'animation'];
  return kind && known.includes(kind) ? t(`artifacts:chat.media.${kind}`) : t('artifacts:chat.media.file');
}
