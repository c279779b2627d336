import { describe, expect, it } from 'vitest';
import { artifactRecord, type ArtifactDraft } from './artifact';
import { ArtifactBatchBuilder, artifactBatchRecords } from './artifact-batch';

const context = { caseId: 'case', itemId: 'item', parserId: 'test.parser', parserVersion: '1', run: 1 };
const drafts: ArtifactDraft[] = [
  {
    type: 'message',
    key: 'chat:1:message:1',
    time: { utc: '2024-03-05T09:00:02.000000Z', zone: 'Asia/Almaty', raw: '1709629202' },
    actors: [{ role: 'from', account: 'telegram:user1', name: 'Айгерим 👩‍💻' }],
    text: 'сәлем, 世界\nline two',
    fields: { chatId: 1, big: '12950613270990943' },
    locator: { pointer: '/chats/list/0/messages/0', offset: 10, length: 400 },
  },
  { type: 'contact', key: 'contact:2', text: null, locator: { line: 2 } },
  { type: 'email', key: 'mail:3', time: { utc: '2024-03-05T09:00:01.000000Z', zone: null }, text: '', locator: {} },
  // Values that look like the header's own separators and placeholders.
  { type: 'call', key: 'call 4', time: { utc: '-', zone: 'UTC +5 (local) -' }, actors: [], text: '- 7 7\n', locator: {} },
];

function pack(first = 0) {
  const builder = new ArtifactBatchBuilder(context);
  drafts.forEach((draft, i) => builder.add(draft, first + i));
  return builder.take();
}

describe('ArtifactBatchBuilder', () => {
  it('packs artefacts that read back as the records artifactRecord makes', () => {
    const batch = pack(7);
    expect(batch).toMatchObject({ ...context, firstOrdinal: 7, count: drafts.length });
    expect(artifactBatchRecords(batch)).toEqual(drafts.map((draft, i) => artifactRecord(draft, { ...context, ordinal: 7 + i })));
  });

  it("packs exactly the output digest's input: per artefact a header with the lengths, then actors, text and data", () => {
    const batch = pack();
    const expected = drafts
      .map((draft, i) => {
        const r = artifactRecord(draft, { ...context, ordinal: i });
        const text = r.text ?? '';
        const header = `${r.id} ${r.type} ${r.at ?? '-'} ${r.zone ?? '-'} ${r.actors.length} ${text.length} ${r.data.length}\n`;
        return header + r.actors + text + r.data;
      })
      .join('');
    expect(Buffer.from(batch.bytes.buffer, 0, batch.byteLength).equals(Buffer.from(expected))).toBe(true);
  });

  it('grows for an artefact larger than its buffer and starts each batch afresh', () => {
    const builder = new ArtifactBatchBuilder(context);
    const huge: ArtifactDraft = { type: 'document', key: 'huge', text: 'ж'.repeat(12 << 20), locator: {} };
    builder.add(drafts[0]!, 0);
    builder.add(huge, 1);
    expect(builder.full).toBe(true);
    const first = builder.take();
    expect(artifactBatchRecords(first).map((r) => r.text?.length)).toEqual([drafts[0]!.text!.length, 12 << 20]);
    builder.add(drafts[1]!, 2);
    const second = builder.take();
    expect(second).toMatchObject({ firstOrdinal: 2, count: 1 });
    expect(artifactBatchRecords(second)[0]!.id).toBe(artifactRecord(drafts[1]!, { ...context, ordinal: 2 }).id);
  });

  it('refuses ordinals that are not consecutive', () => {
    const builder = new ArtifactBatchBuilder(context);
    builder.add(drafts[0]!, 0);
    expect(() => builder.add(drafts[1]!, 2)).toThrow(/consecutive/);
  });
});
