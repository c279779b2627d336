// A chat message in its conversation: the messages of the same chat and item around it, in time order, as
// bubbles with sender names and times; replies, forwards, media (with the exhibits they became), edits and service
// messages marked.
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { api, errorMessage } from '../../api';
import { Link } from '../../router';
import { ErrorNote } from '../../ui';
import { cursorOf, num, readableAccount, str, type Artifact, type Occurrence } from './artifact-data';
import { wallTimeIn, ZoneTag } from './artifact-time';
import { ChatFileLine, useChatExhibits, type ChatExhibits } from './chat-file';
import { Highlighted } from './highlight';

/** Which chat a message belongs to inside its item: Telegram's chat id, WhatsApp's chat name. */
function chatKey(a: Artifact): string | null {
  const f = a.fields;
  if (f.chatId !== undefined && f.chatId !== null) return `telegram:${String(f.chatId)}`;
  const chat = str(f.chat);
  return chat ? `whatsapp:${chat}` : null;
}

function sameChat(a: Artifact, anchor: Artifact): boolean {
  return a.type === 'message' && a.itemId === anchor.itemId && chatKey(a) === chatKey(anchor);
}

/** (at, id) order, undated last, as the API sorts. */
function precedes(a: Artifact, b: Artifact): boolean {
  const at = a.at ?? '~';
  const bt = b.at ?? '~';
  return at < bt || (at === bt && a.id < b.id);
}

function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * Up to `want` messages of the same chat before `anchor`. The API pages forwards only, so: everything before it
 * when that fits in one page (small chats), otherwise windows before it that grow until they hold enough.
 */
async function earlier(caseId: string, anchor: Artifact, want: number): Promise<{ rows: Artifact[]; more: boolean }> {
  if (!anchor.at) return { rows: [], more: false };
  const end = Date.parse(anchor.at);
  const ask = (windowMs: number | null) =>
    api.call('listArtifacts', {
      params: { caseId },
      query: {
        type: 'message',
        itemId: anchor.itemId,
        ...(windowMs === null ? {} : { from: isoSeconds(end - windowMs) }),
        to: isoSeconds(end + 1000),
        limit: 1000,
      },
    });
  const mine = (page: { artifacts: Artifact[] }) => page.artifacts.filter((a) => sameChat(a, anchor) && precedes(a, anchor));
  const all = await ask(null);
  if (all.next === null) {
    const rows = mine(all);
    return { rows: rows.slice(-want), more: rows.length > want };
  }
  let best: Artifact[] = [];
  for (const windowMs of [60_000, 3_600_000, 86_400_000, 30 * 86_400_000, 366 * 86_400_000]) {
    const page = await ask(windowMs);
    // A full page is the oldest of the window, not the nearest: keep the smaller window's answer.
    if (page.next !== null) break;
    best = mine(page);
    if (best.length >= want) break;
  }
  return { rows: best.slice(-want), more: true };
}

/** Up to `want` messages of the same chat after `anchor`, following the cursor. */
async function later(caseId: string, anchor: Artifact, want: number): Promise<{ rows: Artifact[]; more: boolean }> {
  const rows: Artifact[] = [];
  let cursor: string | null = cursorOf(anchor);
  for (let pages = 0; pages < 5 && cursor && rows.length < want; pages++) {
    const page: { artifacts: Artifact[]; next: string | null } = await api.call('listArtifacts', {
      params: { caseId },
      query: { type: 'message', itemId: anchor.itemId, after: cursor, limit: 200 },
    });
    rows.push(...page.artifacts.filter((a) => sameChat(a, anchor)));
    cursor = page.next;
  }
  return { rows: rows.slice(0, want), more: rows.length > want || cursor !== null };
}

function senderOf(a: Artifact): { account: string | null; name: string } {
  const actor = a.actors.find((x) => x.role === 'from' || x.role === 'author');
  if (actor) return { account: actor.account, name: actor.name || readableAccount(actor.account) };
  return { account: null, name: str(a.fields.author) ?? '' };
}

const HUES = [210, 150, 20, 280, 340, 90, 45, 190];
function hueOf(account: string): number {
  let h = 0;
  for (let i = 0; i < account.length; i++) h = (h * 31 + account.charCodeAt(i)) >>> 0;
  return HUES[h % HUES.length]!;
}

/** In a one-to-one Telegram chat the chat id is the peer's user id, so the other side is the device's owner. */
function peerAccount(anchor: Artifact): string | null {
  const f = anchor.fields;
  if ((f.chatType === 'personal_chat' || f.chatType === 'bot_chat') && f.chatId !== undefined && f.chatId !== null)
    return `telegram:user${String(f.chatId)}`;
  return null;
}

export function Conversation({
  caseId,
  anchor,
  occurrences,
  around,
}: {
  caseId: string;
  anchor: Artifact;
  occurrences: Occurrence[] | undefined;
  /** How many messages to show on each side, and to add on each "earlier" or "later". */
  around: number;
}) {
  const { t } = useTranslation('artifacts');
  const [messages, setMessages] = useState<Artifact[]>([anchor]);
  const [canEarlier, setCanEarlier] = useState(false);
  const [canLater, setCanLater] = useState(false);
  const [busy, setBusy] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const listRef = useRef<HTMLOListElement>(null);
  const centred = useRef(false);

  useEffect(() => {
    let live = true;
    centred.current = false;
    setMessages([anchor]);
    setBusy(true);
    setError(null);
    Promise.all([earlier(caseId, anchor, around), later(caseId, anchor, around)]).then(
      ([e, l]) => {
        if (!live) return;
        setMessages([...e.rows, anchor, ...l.rows]);
        setCanEarlier(e.more);
        setCanLater(l.more);
        setBusy(false);
      },
      (failure: unknown) => {
        if (!live) return;
        setError(errorMessage(failure));
        setBusy(false);
      },
    );
    return () => {
      live = false;
    };
  }, [caseId, anchor, around]);

  // Bring the message itself to the middle of the conversation once its neighbours are in.
  useLayoutEffect(() => {
    const list = listRef.current;
    if (!list || busy || centred.current) return;
    const current = list.querySelector<HTMLElement>('[aria-current="true"]');
    // The list is the bubbles' offset parent (position: relative).
    if (current) list.scrollTop = Math.max(0, current.offsetTop - list.clientHeight / 2 + current.clientHeight / 2);
    centred.current = true;
  }, [busy, messages]);

  const more = useCallback(
    (direction: 'earlier' | 'later') => {
      const edge = direction === 'earlier' ? messages[0] : messages[messages.length - 1];
      if (!edge) return;
      setBusy(true);
      const list = listRef.current;
      const heightBefore = list?.scrollHeight ?? 0;
      (direction === 'earlier' ? earlier(caseId, edge, around) : later(caseId, edge, around)).then(
        (result) => {
          setMessages((current) => (direction === 'earlier' ? [...result.rows, ...current] : [...current, ...result.rows]));
          if (direction === 'earlier') {
            setCanEarlier(result.more);
            // Keep the messages the reader was looking at where they were.
            requestAnimationFrame(() => {
              if (list) list.scrollTop += list.scrollHeight - heightBefore;
            });
          } else setCanLater(result.more);
          setBusy(false);
        },
        (failure: unknown) => {
          setError(errorMessage(failure));
          setBusy(false);
        },
      );
    },
    [messages, caseId, around],
  );

  const byMessageId = new Map<string, Artifact>();
  for (const m of messages)
    if (m.fields.messageId !== undefined && m.fields.messageId !== null) byMessageId.set(String(m.fields.messageId), m);
  const peer = peerAccount(anchor);
  const exhibits = useChatExhibits(caseId, anchor.itemId, messages);
  const chatName = str(anchor.fields.chatName) ?? str(anchor.fields.chat);

  return (
    <section className="conversation" aria-label={chatName ? t('chat.titleNamed', { name: chatName }) : t('chat.title')}>
      <h3>{chatName ? t('chat.titleNamed', { name: chatName }) : t('chat.title')}</h3>
      <ErrorNote message={error} />
      {canEarlier && (
        <button type="button" className="chat-more" disabled={busy} onClick={() => more('earlier')}>
          {t('chat.earlier')}
        </button>
      )}
      <ol className="chat" ref={listRef} aria-busy={busy}>
        {messages.map((m) => (
          <Bubble
            key={m.id}
            caseId={caseId}
            message={m}
            current={m.id === anchor.id}
            own={peer !== null && senderOf(m).account !== null && senderOf(m).account !== peer}
            replyTo={m.fields.replyToMessageId !== undefined ? (byMessageId.get(String(m.fields.replyToMessageId)) ?? null) : null}
            occurrences={m.id === anchor.id ? occurrences : undefined}
            exhibits={exhibits}
          />
        ))}
      </ol>
      {canLater && (
        <button type="button" className="chat-more" disabled={busy} onClick={() => more('later')}>
          {t('chat.later')}
        </button>
      )}
    </section>
  );
}

function Bubble({
  caseId,
  message,
  current,
  own,
  replyTo,
  occurrences,
  exhibits,
}: {
  caseId: string;
  message: Artifact;
  current: boolean;
  own: boolean;
  replyTo: Artifact | null;
  occurrences: Occurrence[] | undefined;
  exhibits: ChatExhibits;
}) {
  const { t, i18n } = useTranslation('artifacts');
  const f = message.fields;
  const sender = senderOf(message);
  const service = f.messageType === 'service' || f.kind === 'system';
  const wall = wallTimeIn(message.at, message.zone, i18n.language);
  const time = message.at ? (wall ?? message.at) : t('common:undated');
  const timeLink = current ? (
    <span className="bubble-time">{time}</span>
  ) : (
    <Link className="bubble-time" to={`/cases/${caseId}/artifacts/${message.id}`}>
      {time}
    </Link>
  );
  const text = message.text ?? '';

  if (service)
    return (
      <li className={`bubble service${current ? ' current' : ''}`} aria-current={current ? 'true' : undefined}>
        <span className="muted">{t('chat.service')}</span>
        {str(f.action) && (
          <>
            {' '}
            <code>{String(f.action)}</code>
          </>
        )}
        {sender.name && <> · {sender.name}</>}
        {text && <div className="bubble-text">{text}</div>}
        <div className="bubble-meta">{timeLink}</div>
      </li>
    );

  const replyId = f.replyToMessageId;
  const forwarded = str(f.forwardedFrom) ?? (f.forwardedFromId !== undefined ? String(f.forwardedFromId) : null);
  const edited = f.edited !== undefined && f.edited !== false;
  return (
    <li
      className={`bubble${own ? ' own' : ''}${current ? ' current' : ''}`}
      aria-current={current ? 'true' : undefined}
      style={sender.account ? ({ '--sender-hue': hueOf(sender.account) } as CSSProperties) : undefined}
    >
      <div className="bubble-sender">{sender.name || t('chat.unknownSender')}</div>
      {forwarded && <div className="bubble-forward">{t('chat.forwardedFrom', { name: forwarded })}</div>}
      {replyId !== undefined && replyId !== null && (
        <blockquote className="bubble-reply">
          {replyTo ? (
            <>
              <span className="bubble-reply-label">{t('chat.reply')}</span> <strong>{senderOf(replyTo).name}</strong>
              <br />
              <Link to={`/cases/${caseId}/artifacts/${replyTo.id}`}>{(replyTo.text ?? '').slice(0, 120) || t('chat.openReplied')}</Link>
            </>
          ) : (
            <span className="bubble-reply-label">{t('chat.replyToId', { id: String(replyId) })}</span>
          )}
        </blockquote>
      )}
      <ChatFileLine caseId={caseId} message={message} exhibits={exhibits} />
      {str(f.mediaOmitted) && <div className="bubble-media">[{t('chat.mediaOmitted')}]</div>}
      {str(f.call) && <div className="bubble-media">[{t(`chat.calls.${f.call === 'missed_video' ? 'missedVideo' : 'missedVoice'}`)}]</div>}
      {text && (
        <div className="bubble-text">
          <Highlighted text={text} occurrences={occurrences} field="text" />
        </div>
      )}
      <div className="bubble-meta">
        {f.deleted !== undefined && <span className="badge bad">{t('chat.deleted')}</span>}
        {edited && <span className="badge">{t('chat.edited')}</span>}
        {num(f.views) !== null && <span>{t('chat.views', { count: num(f.views)! })}</span>}
        {timeLink}
        {current && <ZoneTag artifact={message} />}
      </div>
    </li>
  );
}
