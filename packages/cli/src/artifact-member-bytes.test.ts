// tamga artifacts show --bytes on a message of a WhatsApp export: the chat is compressed inside the ZIP, so the bytes
// are inflated from its member, and the JSON names the member the range belongs to.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@tamga/storage';
import { buildZip } from '@tamga/parsers/testing';
import { envFor, openCliCase, tamga } from './test-run';

describe('tamga artifacts show --bytes: a message inside a ZIP export', { timeout: 180_000 }, () => {
  const db = createTestDatabase();
  const env = envFor(db);
  afterAll(() => db.drop());

  it('prints the message line as the chat member holds it, and names the member in JSON', async () => {
    await openCliCase(env, db.dir, 'KZ-WA-1', 'Переписка', '2-79/2026');
    const as = ['--as', 'erlan'];
    const chat = '01/03/2024, 10:00 - Loris: Салем!\n01/03/2024, 10:01 - Айгерим: встреча в 18:00\nу входа\n';
    const zip = join(db.dir, 'WhatsApp Chat with Айгерим.zip');
    writeFileSync(zip, buildZip([{ name: 'WhatsApp Chat with Айгерим.txt', data: chat }]));
    expect((await tamga([...as, 'ingest', '--case', 'KZ-WA-1', zip], env)).code).toBe(0);
    expect((await tamga([...as, 'process', '--case', 'KZ-WA-1', '--wait'], env)).code).toBe(0);

    const listed = await tamga([...as, 'artifacts', 'list', '--case', 'KZ-WA-1', '--type', 'message', '--json'], env);
    const second = (JSON.parse(listed.stdout) as Array<{ id: string; text: string }>).find((m) => m.text.startsWith('встреча'))!;
    const raw = await tamga([...as, 'artifacts', 'show', second.id, '--case', 'KZ-WA-1', '--bytes', '--justification', 'Сверка'], env);
    expect(raw.code, raw.stderr).toBe(0);
    expect(raw.stdout).toBe('01/03/2024, 10:01 - Айгерим: встреча в 18:00\nу входа');

    const json = await tamga(
      [...as, 'artifacts', 'show', second.id, '--case', 'KZ-WA-1', '--bytes', '--justification', 'Сверка', '--json'],
      env,
    );
    const start = Buffer.from(chat).indexOf('01/03/2024, 10:01');
    expect(JSON.parse(json.stdout).bytes).toEqual({
      member: 'WhatsApp Chat with Айгерим.txt',
      start,
      end: start + Buffer.byteLength('01/03/2024, 10:01 - Айгерим: встреча в 18:00\nу входа'),
      base64: Buffer.from('01/03/2024, 10:01 - Айгерим: встреча в 18:00\nу входа').toString('base64'),
    });
  });
});
