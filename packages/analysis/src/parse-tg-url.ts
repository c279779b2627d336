// parseTgUrl: the deep-link meaning of tg:// links, in the same canonical form as their t.me equivalents (§9.8).
import { folderLink, inviteLink, phoneLink, privatePost, proxyLink, shareLink, stickerSetLink, usernameLink } from './telegram-link';
import type { TelegramLink } from './telegram-link';

/** The deep-link meaning of a `tg://` URL; `null` if it is not one. */
export function parseTgUrl(url: URL): TelegramLink | null {
  if (url.protocol !== 'tg:') return null;
  const action = url.hostname.toLowerCase();
  const q = url.searchParams;
  switch (action) {
    case 'resolve': {
      const phone = q.get('phone');
      if (phone) return phoneLink(phone.replace(/^\+/, ''));
      const domain = q.get('domain');
      if (!domain) return null;
      const post = q.get('post');
      return usernameLink(domain, post ? [post] : [], q);
    }
    case 'join': {
      const invite = q.get('invite');
      return invite ? inviteLink(invite) : null;
    }
    case 'privatepost': {
      const channel = q.get('channel');
      if (!channel) return null;
      const thread = q.get('thread') ?? q.get('topic');
      const post = q.get('post') ?? undefined;
      return thread && post ? privatePost(channel, thread, post) : privatePost(channel, post);
    }
    case 'addstickers':
    case 'addemoji':
      return stickerSetLink(action, q.get('set'));
    case 'addlist':
      return folderLink(q.get('slug'));
    case 'proxy':
    case 'socks':
      return proxyLink(action, q);
    case 'msg_url': {
      const shared = q.get('url');
      return shareLink(shared, `https://t.me/share/url?url=${encodeURIComponent(shared ?? '')}`);
    }
    default:
      return { kind: 'other', valid: true, segment: action, canonical: url.href };
  }
}
