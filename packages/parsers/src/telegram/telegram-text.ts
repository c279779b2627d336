// Message text (FORMATS.md §1.4): `text_entities` first, then `text` (a string or a mixed array); the artefact
// text is the plain concatenation, the formatted parts are kept as entities with their position in it.

export interface TextEntity {
  type: string;
  text: string;
  /** Position in the plain text, in UTF-16 code units (as JavaScript strings count). */
  offset: number;
  length: number;
  [extra: string]: unknown;
}

function parts(message: Record<string, unknown>): unknown[] {
  // An empty text_entities beside a non-empty text (hand-edited or foreign exports) must not lose the text.
  if (Array.isArray(message.text_entities) && (message.text_entities.length > 0 || !message.text)) return message.text_entities;
  if (Array.isArray(message.text)) return message.text;
  if (typeof message.text === 'string') return [message.text];
  return [];
}

/** The plain text and the non-plain entities of a message. */
export function messageText(message: Record<string, unknown>): { text: string; entities: TextEntity[] } {
  let text = '';
  const entities: TextEntity[] = [];
  for (const part of parts(message)) {
    if (typeof part === 'string') {
      text += part;
    } else if (part && typeof part === 'object') {
      const { type, text: partText, ...rest } = part as Record<string, unknown>;
      const value = typeof partText === 'string' ? partText : '';
      if (type !== 'plain') {
        entities.push({
          ...rest,
          type: typeof type === 'string' ? type : 'unknown',
          text: value,
          offset: text.length,
          length: value.length,
        });
      }
      text += value;
    }
  }
  return { text, entities };
}

const PLACEHOLDER = /^\((?:File|Photo) (not included|exceeds maximum size|unavailable)/;

/** `not_included`, `too_large` or `unavailable` when a media path is one of tdesktop's placeholders. */
export function placeholderReason(path: unknown): string | null {
  if (typeof path !== 'string') return null;
  const m = PLACEHOLDER.exec(path);
  if (!m) return null;
  return m[1] === 'not included' ? 'not_included' : m[1] === 'unavailable' ? 'unavailable' : 'too_large';
}
