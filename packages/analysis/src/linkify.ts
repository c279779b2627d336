// The one linkify-it instance: fuzzy links with the region's extra top-level domains, links with credentials.
import { LinkifyIt } from 'linkify-it';

// linkify-it accepts any two-letter TLD and a short default list for schemeless links; these are the other TLDs
// that show up in regional fraud (Cyrillic IDN TLDs and cheap gTLDs), plus telegram.dog.
export const EXTRA_TLDS = [
  'қаз',
  'рус',
  'онлайн',
  'сайт',
  'орг',
  'ком',
  'москва',
  'дети',
  'укр',
  'бел',
  'срб',
  'мкд',
  'app',
  'bank',
  'bet',
  'biz',
  'buzz',
  'casino',
  'cc',
  'click',
  'cloud',
  'club',
  'company',
  'crypto',
  'dev',
  'digital',
  'dog',
  'email',
  'exchange',
  'finance',
  'fun',
  'games',
  'group',
  'icu',
  'info',
  'io',
  'life',
  'link',
  'live',
  'media',
  'money',
  'network',
  'news',
  'one',
  'online',
  'pro',
  'site',
  'space',
  'store',
  'team',
  'tech',
  'today',
  'top',
  'vip',
  'website',
  'win',
  'world',
  'xyz',
];

let linkify: LinkifyIt | undefined;

export function getLinkify(): LinkifyIt {
  linkify ??= new LinkifyIt({ fuzzyLink: true, fuzzyEmail: false, fuzzyIP: false, urlAuth: true }).tlds(EXTRA_TLDS, true);
  return linkify;
}
