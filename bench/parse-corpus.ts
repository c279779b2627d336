// Generators for bench/parse: a Telegram Desktop full-account export and an MBOX, written as a stream so
// the generator itself never holds the corpus in memory. Deterministic, so runs compare.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

const WORDS = ['привет', 'встреча', 'завтра', 'кошелёк', 'перевод', 'hello', 'meet', 'tomorrow', 'адрес', 'сәлем', 'qalaysiz', 'канал'];

function sentence(i: number): string {
  const n = 4 + (i % 9);
  const words: string[] = [];
  for (let k = 0; k < n; k++) words.push(WORDS[(i * 7 + k * 3) % WORDS.length]!);
  return words.join(' ');
}

async function writeAll(path: string, produce: (write: (s: string) => Promise<void>) => Promise<void>): Promise<void> {
  const out = createWriteStream(path);
  let buffered: string[] = [];
  let size = 0;
  const write = async (s: string) => {
    buffered.push(s);
    size += s.length;
    if (size > 1 << 20) {
      if (!out.write(buffered.join(''))) await once(out, 'drain');
      buffered = [];
      size = 0;
    }
  };
  await produce(write);
  out.end(buffered.join(''));
  await once(out, 'finish');
}

/** A full-account export (`result.json`) with `chats` chats sharing `messages` messages. */
export async function writeTelegramExport(path: string, messages: number, chats = 10): Promise<void> {
  await writeAll(path, async (write) => {
    await write('{\n "about": "Here is the data you requested.",\n "personal_information": {\n  "user_id": 5000000001,\n');
    await write(
      '  "first_name": "Айгерим",\n  "last_name": "",\n  "phone_number": "+7 701 234 5678",\n  "username": "@aigerim_kz",\n  "bio": ""\n },\n',
    );
    await write(' "chats": {\n  "about": "This page lists all chats from this export.",\n  "list": [\n');
    const perChat = Math.ceil(messages / chats);
    let id = 0;
    const start = 1709629200; // 2024-03-05T09:00:00Z
    for (let c = 0; c < chats; c++) {
      await write(`   {\n    "name": "Чат ${c}",\n    "type": "personal_chat",\n    "id": ${4000000000 + c},\n    "messages": [\n`);
      const count = Math.min(perChat, messages - c * perChat);
      for (let m = 0; m < count; m++) {
        id++;
        const unix = start + id * 7;
        const date = new Date((unix + 5 * 3600) * 1000).toISOString().slice(0, 19);
        const from = id % 2 ? 'Айгерим' : `Контакт ${c}`;
        const fromId = id % 2 ? 'user5000000001' : `user${6000000000 + c}`;
        const link = `https://t.me/kanal_${id % 100}`;
        const text =
          id % 5 === 0
            ? `[\n       "${sentence(id)} ",\n       {\n        "type": "link",\n        "text": "${link}"\n       }\n      ]`
            : `"${sentence(id)}"`;
        // tdesktop writes text_entities beside text, the plain runs included.
        const entities =
          id % 5 === 0
            ? `[\n       {\n        "type": "plain",\n        "text": "${sentence(id)} "\n       },\n       {\n        "type": "link",\n        "text": "${link}"\n       }\n      ]`
            : `[\n       {\n        "type": "plain",\n        "text": "${sentence(id)}"\n       }\n      ]`;
        const reply = id % 11 === 0 ? `,\n      "reply_to_message_id": ${id - 1}` : '';
        const edited = id % 13 === 0 ? `,\n      "edited": "${date}",\n      "edited_unixtime": "${unix + 60}"` : '';
        await write(
          `     {\n      "id": ${id},\n      "type": "message",\n      "date": "${date}",\n      "date_unixtime": "${unix}",\n      "from": "${from}",\n      "from_id": "${fromId}"${reply}${edited},\n      "text": ${text},\n      "text_entities": ${entities}\n     }${m + 1 < count ? ',' : ''}\n`,
        );
      }
      await write(`    ]\n   }${c + 1 < chats ? ',' : ''}\n`);
    }
    await write('  ]\n }\n}\n');
  });
}

/** An mboxrd file of `messages` plain-text messages, every tenth with a small attachment. */
/** An mboxrd mailbox; with `attachments`, every tenth message carries a small attached file. */
export async function writeMbox(path: string, messages: number, attachments = true): Promise<void> {
  await writeAll(path, async (write) => {
    for (let i = 0; i < messages; i++) {
      const date = new Date(Date.UTC(2024, 2, 1) + i * 61_000);
      const rfc = date.toUTCString().replace('GMT', '+0000');
      const from = `user${i % 97}@mail.kz`;
      const to = `user${(i * 7) % 89}@example.uz`;
      const body = `${sentence(i)}\n>From the archive: ${sentence(i + 1)}\n`;
      await write(`From ${from} ${date.toUTCString()}\n`);
      await write(
        `Received: from mx${i % 5}.mail.kz (mx${i % 5}.mail.kz [185.22.${i % 250}.${(i * 3) % 250}])\n\tby mx.example.uz with ESMTPS; ${rfc}\n`,
      );
      await write(`From: User ${i % 97} <${from}>\nTo: <${to}>\nSubject: =?UTF-8?B?${Buffer.from(`Тема ${i}`).toString('base64')}?=\n`);
      await write(`Date: ${rfc}\nMessage-ID: <${i}@mail.kz>\nMIME-Version: 1.0\n`);
      if (attachments && i % 10 === 0) {
        await write('Content-Type: multipart/mixed; boundary="b1"\n\n--b1\nContent-Type: text/plain; charset=utf-8\n\n');
        await write(
          `${body}\n--b1\nContent-Type: application/octet-stream; name="note${i}.txt"\nContent-Disposition: attachment; filename="note${i}.txt"\nContent-Transfer-Encoding: base64\n\n`,
        );
        await write(`${Buffer.from(`attachment ${i} ${sentence(i)}`).toString('base64')}\n--b1--\n\n`);
      } else {
        await write(`Content-Type: text/plain; charset=utf-8\n\n${body.replace(/^From /gm, '>From ')}\n`);
      }
    }
  });
}
