// The documents of one bench/search item, one at a time: messages in threads, e-mails, calls, contacts, web visits,
// downloads, images, documents, locations and file entries in the mix of the item's kind, with the text, accounts
// and entity keys the analysis job would index for each.
import { accountEntity, artifactId, entityKey, type ArtifactType, type SearchDocument } from '@tamga/core';
import { type CorpusCase, type CorpusItem, FROM, TO } from './corpus-plan';
import { latin, type Person, person } from './person';
import { type Rng } from './rng';
import { sentence } from './sentence';
import { COLLOCATIONS, type Language, VOCABULARY } from './vocabulary';
import { Zipf } from './zipf';

const TYPE_MIX: Record<CorpusItem['kind'], ReadonlyArray<readonly [ArtifactType, number]>> = {
  phone: [
    ['message', 0.8],
    ['call', 0.06],
    ['image', 0.045],
    ['file_entry', 0.03],
    ['location', 0.025],
    ['contact', 0.02],
    ['web_visit', 0.015],
    ['account', 0.005],
  ],
  mailbox: [
    ['email', 0.92],
    ['contact', 0.05],
    ['document', 0.03],
  ],
  computer: [
    ['web_visit', 0.4],
    ['file_entry', 0.2],
    ['download', 0.15],
    ['document', 0.12],
    ['image', 0.08],
    ['message', 0.05],
  ],
};

const PHONE_ZIPF = new Zipf(3000, 1.1, 1);
const SMALL_ZIPF = new Zipf(500, 1.1, 1);
const WALLET_ZIPF = new Zipf(200, 1.1, 1);
const LINK_ZIPF = new Zipf(300, 1.1, 1);

/** A phone number the way people type it. */
function writtenPhone(rng: Rng, e164: string): string {
  const cc = e164.startsWith('+998') ? '+998' : e164.startsWith('+44') ? '+44' : '+7';
  const rest = e164.slice(cc.length);
  switch (rng.int(4)) {
    case 0:
      return e164;
    case 1:
      return `${cc} ${rest.slice(0, 3)} ${rest.slice(3, 6)} ${rest.slice(6, 8)} ${rest.slice(8)}`.trim();
    case 2:
      return `${cc} (${rest.slice(0, 3)}) ${rest.slice(3, 6)}-${rest.slice(6, 8)}-${rest.slice(8)}`;
    default:
      return cc === '+7' ? `8${rest}` : e164;
  }
}

/** ISO with microseconds: `2024-03-05T09:00:00.123456Z`. */
function isoMicro(ms: number, micro: number): string {
  const whole = Math.floor(ms);
  return `${new Date(whole).toISOString().slice(0, 19)}.${String((whole % 1000) * 1000 + micro).padStart(6, '0')}Z`;
}

/** A conversation: one contact, one language, one platform, messages in time order. */
interface Thread {
  contact: Person;
  lang: Language;
  platform: 'telegram' | 'whatsapp';
  at: number;
  left: number;
}

export class ItemWriter {
  private thread: Thread | null = null;
  private ordinal = 0;
  constructor(
    private readonly rng: Rng,
    private readonly kase: CorpusCase,
    private readonly item: CorpusItem,
  ) {}

  private lang(): Language {
    return this.rng.weighted(this.kase.languages);
  }

  private contact(): Person {
    // Some contacts talk far more than others.
    const contacts = this.kase.contacts;
    return contacts[Math.min(contacts.length - 1, Math.floor(contacts.length * Math.pow(this.rng.next(), 2.2)))]!;
  }

  private time(): number {
    return FROM + this.rng.next() * (TO - FROM);
  }

  private nextThread(): Thread {
    if (this.thread && this.thread.left > 0) return this.thread;
    const contact = this.contact();
    const lang = this.rng.chance(0.75) ? contact.lang : this.lang();
    const left = this.rng.lognormal(3.5, 1.2, 5000);
    // Leave room for the thread to run before the end of the period.
    const at = FROM + this.rng.next() * (TO - FROM) * 0.9;
    return (this.thread = { contact, lang, platform: this.rng.chance(0.65) ? 'telegram' : 'whatsapp', at, left });
  }

  private mentions(lang: Language, entities: string[]): string {
    const { rng, kase } = this;
    const parts: string[] = [];
    if (rng.chance(0.03)) {
      const phone = kase.mentionedPhones[PHONE_ZIPF.sample(rng)]!;
      parts.push(writtenPhone(rng, phone));
      entities.push(entityKey('phone', phone));
    }
    if (rng.chance(0.01)) {
      const card = kase.cards[SMALL_ZIPF.sample(rng)]!;
      parts.push(`${card.slice(0, 4)} ${card.slice(4, 8)} ${card.slice(8, 12)} ${card.slice(12)}`);
      entities.push(entityKey('payment_card', card));
    }
    if (rng.chance(0.003)) {
      const wallet = kase.wallets[WALLET_ZIPF.sample(rng)]!;
      parts.push(wallet);
      entities.push(entityKey('btc_address', wallet));
    }
    if (rng.chance(0.02)) {
      const link = kase.links[LINK_ZIPF.sample(rng)]!;
      parts.push(link);
      entities.push(entityKey('url', link));
    }
    if (rng.chance(0.02)) {
      const amount = `${1 + rng.int(999)} ${rng.chance(0.5) ? '000' : '500'}`;
      const currency = { ru: 'тенге', kk: 'теңге', uz: 'soʻm', uzc: 'сўм', en: 'USDT' }[lang];
      parts.push(`${amount} ${currency}`);
    }
    if (rng.chance(0.08)) parts.push(rng.pick(COLLOCATIONS[lang]));
    return parts.join(' ');
  }

  /** Text as the analysis job joins it: the artefact's text, then each actor's name and account. */
  private document(
    type: ArtifactType,
    at: string | null,
    body: string,
    actors: Array<[Person, string]>,
    entities: string[],
  ): SearchDocument {
    const accounts = [...new Set(actors.map(([, account]) => account))];
    for (const account of accounts) {
      const e = accountEntity(account);
      entities.push(entityKey(e.type, e.value));
    }
    const text = [body, ...actors.flatMap(([p, account]) => [p.name, account])].filter(Boolean).join('\n');
    return {
      artifactId: artifactId(this.item.id, 'bench', `${type}:${this.ordinal++}`),
      caseId: this.item.caseId,
      itemId: this.item.id,
      type,
      at,
      text,
      accounts,
      entities: [...new Set(entities)],
    };
  }

  next(): SearchDocument {
    const { rng, item } = this;
    const owner = item.owner;
    const type = rng.weighted(TYPE_MIX[item.kind]);
    const entities: string[] = [];
    const micro = rng.int(1000);
    switch (type) {
      case 'message': {
        const t = this.nextThread();
        t.left--;
        // Bursts of minutes, pauses of hours and days.
        t.at += rng.chance(0.9) ? rng.next() * 600_000 : rng.next() * 2 * 86_400_000;
        const at = Math.min(t.at, TO - 1);
        const words = rng.lognormal(1.8, 0.8, 120);
        let body = sentence(rng, t.lang, words);
        const extra = this.mentions(t.lang, entities);
        if (extra) body = rng.chance(0.5) ? `${body} ${extra}` : `${extra} ${body}`;
        const fromOwner = rng.chance(0.5);
        const ownerAccount = t.platform === 'telegram' ? owner.telegram : owner.whatsapp;
        const contactAccount = t.platform === 'telegram' ? t.contact.telegram : t.contact.whatsapp;
        const actors: Array<[Person, string]> = [
          [owner, ownerAccount],
          [t.contact, contactAccount],
        ];
        if (!fromOwner) actors.reverse();
        return this.document(type, isoMicro(at, micro), body, actors, entities);
      }
      case 'email': {
        const contact = this.contact();
        const lang = rng.chance(0.7) ? contact.lang : this.lang();
        const subject = sentence(rng, lang, rng.lognormal(1.5, 0.5, 12));
        const paragraphs = Array.from({ length: 1 + rng.int(4) }, () => sentence(rng, lang, rng.lognormal(3.3, 0.6, 300)));
        const extra = this.mentions(lang, entities);
        const body = [subject, ...paragraphs, extra].filter(Boolean).join('\n\n');
        const actors: Array<[Person, string]> = [
          [owner, owner.email],
          [contact, contact.email],
        ];
        if (rng.chance(0.5)) actors.reverse();
        if (rng.chance(0.1)) {
          const cc = this.contact();
          actors.push([cc, cc.email]);
        }
        return this.document(type, isoMicro(this.time(), micro), body, actors, entities);
      }
      case 'call': {
        const contact = this.contact();
        const direction = rng.pick(['Исходящий', 'Входящий', 'Пропущенный', 'Outgoing', 'Incoming']);
        const seconds = rng.int(1800);
        const body = `${direction} ${String(Math.floor(seconds / 60)).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
        const actors: Array<[Person, string]> = [
          [owner, `phone:${owner.phone}`],
          [contact, `phone:${contact.phone}`],
        ];
        if (rng.chance(0.5)) actors.reverse();
        return this.document(type, isoMicro(this.time(), micro), body, actors, entities);
      }
      case 'contact': {
        const contact = rng.chance(0.5) ? this.contact() : person(rng, this.lang());
        entities.push(entityKey('phone', contact.phone));
        const body = `${contact.name}\n${writtenPhone(rng, contact.phone)}${rng.chance(0.3) ? `\n${contact.email.slice(6)}` : ''}`;
        return this.document(type, rng.chance(0.8) ? null : isoMicro(this.time(), micro), body, [], entities);
      }
      case 'account': {
        const body = `${owner.name} ${owner.telegram.slice(9)} ${owner.phone}`;
        return this.document(type, null, body, [[owner, owner.telegram]], entities);
      }
      case 'web_visit': {
        const link = this.kase.links[LINK_ZIPF.sample(rng)]!;
        entities.push(entityKey('url', link));
        const body = `${sentence(rng, this.lang(), rng.lognormal(1.8, 0.4, 16))}\n${link}`;
        return this.document(type, isoMicro(this.time(), micro), body, [], entities);
      }
      case 'download': {
        const link = this.kase.links[LINK_ZIPF.sample(rng)]!;
        entities.push(entityKey('url', link));
        const name = `${latin(VOCABULARY.ru[rng.int(2000)]!)}_${rng.int(1000)}.${rng.pick(['pdf', 'xlsx', 'zip', 'docx', 'apk'])}`;
        return this.document(type, isoMicro(this.time(), micro), `${name}\n${link}`, [], entities);
      }
      case 'image': {
        const at = this.time();
        const stamp = new Date(at).toISOString().replace(/[-:]/g, '').replace('T', '_').slice(0, 15);
        const caption = rng.chance(0.3) ? `\n${sentence(rng, this.lang(), rng.lognormal(1.5, 0.6, 30))}` : '';
        return this.document(type, isoMicro(at, micro), `IMG_${stamp}.jpg${caption}`, [], entities);
      }
      case 'document': {
        const lang = this.lang();
        const title = sentence(rng, lang, rng.lognormal(1.5, 0.5, 10));
        const text = Array.from({ length: 2 + rng.int(8) }, () => sentence(rng, lang, rng.lognormal(3.5, 0.7, 400))).join('\n');
        const extra = this.mentions(lang, entities);
        return this.document(type, rng.chance(0.9) ? isoMicro(this.time(), micro) : null, `${title}.docx\n${text}\n${extra}`, [], entities);
      }
      case 'location': {
        const place = rng.pick([
          'Алматы, проспект Абая',
          'Астана, Есіл ауданы',
          'Toshkent, Chilonzor tumani',
          'Шымкент, Тауке хан',
          'Dubai Marina',
        ]);
        const body = `${(41 + rng.next() * 10).toFixed(6)}, ${(63 + rng.next() * 15).toFixed(6)} ${place}`;
        return this.document(type, isoMicro(this.time(), micro), body, [], entities);
      }
      default: {
        const dir = rng.pick(['/sdcard/DCIM/Camera', '/sdcard/Download', '/sdcard/Telegram/Telegram Documents', 'C:/Users/user/Desktop']);
        const name = `${latin(VOCABULARY.ru[rng.int(5000)]!)}_${rng.digits(4)}.${rng.pick(['jpg', 'mp4', 'pdf', 'txt', 'db'])}`;
        return this.document('file_entry', rng.chance(0.7) ? isoMicro(this.time(), micro) : null, `${dir}/${name}`, [], entities);
      }
    }
  }
}
