import { describe, expect, it } from 'vitest';
import { ParseError } from '@tamga/core';
import { JsonArrayScanner, jsonPointer, type JsonPath, type ScanAction, type ScannedValue, type ValueKind } from './json-array-scanner';
import { fixHexEscapes } from './tdesktop-json';

const encoder = new TextEncoder();

/** Captures every element of any `messages` array and every other top-level value; descends elsewhere. */
function decide(path: JsonPath, kind: ValueKind): ScanAction {
  if (path.length === 0) return 'descend';
  const last = path[path.length - 2];
  if (last === 'messages') return 'capture';
  if (kind === 'primitive') return path.length === 1 ? 'capture' : 'skip';
  if (path[path.length - 1] === 'skipped') return 'skip';
  return path.length === 1 && path[0] !== 'messages' && path[0] !== 'chats' ? 'capture' : 'descend';
}

function scanInChunks(bytes: Uint8Array, sizes: (index: number) => number, scanner = new JsonArrayScanner(decide)) {
  const found: ScannedValue[] = [];
  let at = 0;
  for (let index = 0; at < bytes.length; index++) {
    const size = Math.max(1, sizes(index));
    // Copies, so a value that crossed chunks cannot lean on the caller's buffer.
    found.push(...scanner.push(bytes.slice(at, at + size)));
    at += size;
  }
  found.push(...scanner.end());
  return { found, complete: scanner.complete };
}

const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

// Strings with every awkward thing at once: escapes (tdesktop's \xHH too), quotes, backslashes, brackets and
// multi-byte UTF-8 (2, 3 and 4 bytes), so chunk boundaries land inside all of them.
const DOC = `\ufeff{
 "name": "Чат \\"кавычки\\" [скобки] {фигурные}",
 "id": 42,
 "flag": true,
 "none": null,
 "neg": -1.5e3,
 "about": {"nested": [1, 2, {"deep": "🙂"}]},
 "skipped": {"big": "${'x'.repeat(300)}"},
 "messages": [
  {"id": 1, "text": "a\\x0Bb \\\\x41 \\u2028 \\\\ \\" 😀 й 中"},
  {"id": 2, "text": ["plain", {"type": "bold", "text": "}]\\"{["}], "n": 12345678901234567},
  {"id": 3, "text": "", "text_entities": []},
  {},
  []
 ],
 "chats": {"list": [{"messages": [{"id": 9, "text": "\\\\"}]}]},
 "a/b~c": "pointer escapes"
}
`;
const BYTES = encoder.encode(DOC);

describe('JsonArrayScanner', () => {
  const reference = scanInChunks(BYTES, () => BYTES.length);

  it('hands back each chosen value with its path, pointer and exact byte range', () => {
    expect(reference.complete).toBe(true);
    const paths = reference.found.map((v) => v.pointer);
    expect(paths).toEqual([
      '/name',
      '/id',
      '/flag',
      '/none',
      '/neg',
      '/about',
      '/messages/0',
      '/messages/1',
      '/messages/2',
      '/messages/3',
      '/messages/4',
      '/chats/list/0/messages/0',
      '/a~1b~0c',
    ]);
    for (const value of reference.found) {
      expect(value.pointer).toBe(jsonPointer(value.path));
      // The bytes are exactly the file's bytes at [offset, offset + length).
      expect(Buffer.from(value.bytes).equals(Buffer.from(BYTES.subarray(value.offset, value.offset + value.bytes.length)))).toBe(true);
      expect(() => JSON.parse(fixHexEscapes(decode(value.bytes)))).not.toThrow();
    }
    const first = JSON.parse(fixHexEscapes(decode(reference.found[6]!.bytes)));
    expect(first.text).toBe('a\u000bb \\x41 \u2028 \\ " 😀 й 中');
    expect(JSON.parse(decode(reference.found[0]!.bytes))).toBe('Чат "кавычки" [скобки] {фигурные}');
    expect(reference.found.find((v) => v.pointer === '/messages/1')!.longNumber).toBe(true);
    expect(reference.found.find((v) => v.pointer === '/messages/0')!.longNumber).toBe(false);
  });

  it('gives the same result for every chunk size, boundaries inside strings, escapes and UTF-8 sequences', () => {
    const expected = reference.found.map((v) => [v.pointer, v.offset, decode(v.bytes)]);
    for (let size = 1; size <= 24; size++) {
      const run = scanInChunks(BYTES, () => size);
      expect(run.complete).toBe(true);
      expect(run.found.map((v) => [v.pointer, v.offset, decode(v.bytes)])).toEqual(expected);
    }
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) % 13;
    for (let round = 0; round < 50; round++) {
      const run = scanInChunks(BYTES, () => 1 + random());
      expect(run.found.map((v) => [v.pointer, v.offset, decode(v.bytes)])).toEqual(expected);
    }
  });

  it('splits a 4-byte emoji and an escape pair across chunks', () => {
    const doc = encoder.encode('{"messages": [{"t": "😀\\\\"}, {"t": "\\""}]}');
    const emoji = doc.indexOf(0xf0);
    const backslash = doc.indexOf(0x5c);
    for (const cut of [emoji + 1, emoji + 2, emoji + 3, backslash + 1, backslash + 2]) {
      const scanner = new JsonArrayScanner(decide);
      const found = [...scanner.push(doc.slice(0, cut)), ...scanner.push(doc.slice(cut))];
      expect(found.map((v) => JSON.parse(decode(v.bytes)).t)).toEqual(['😀\\', '"']);
      expect(scanner.complete).toBe(true);
    }
  });

  it('reports an unfinished document instead of inventing an end', () => {
    const run = scanInChunks(BYTES.subarray(0, Buffer.from(BYTES).indexOf('{"id": 3')), () => 100);
    expect(run.complete).toBe(false);
    expect(run.found.map((v) => v.pointer).pop()).toBe('/messages/1');
  });

  it('throws a ParseError with the offset on broken structure', () => {
    for (const bad of ['{"messages": [1, 2}', '{"a" 1}', '{"a": 1} x', '{"a": @}', '{1: 2}', ']']) {
      const scanner = new JsonArrayScanner(decide);
      expect(() => scanner.push(encoder.encode(bad)), bad).toThrow(ParseError);
    }
  });

  it('keeps nothing of skipped values and refuses values over the size limit', () => {
    const scanner = new JsonArrayScanner(decide, 64);
    expect(() => scanner.push(encoder.encode(`{"messages": [{"t": "${'y'.repeat(100)}"}]}`))).toThrow(/larger than 64 bytes/);
    const skipping = new JsonArrayScanner(decide, 64);
    const found = skipping.push(encoder.encode(`{"skipped": {"t": "${'y'.repeat(100)}"}, "id": 1}`));
    expect(found.map((v) => v.pointer)).toEqual(['/id']);
  });

  it('reads a literal that ends the input', () => {
    const scanner = new JsonArrayScanner(() => 'capture');
    expect(scanner.push(encoder.encode('12'))).toEqual([]);
    expect(scanner.push(encoder.encode('34'))).toEqual([]);
    expect(scanner.end().map((v) => decode(v.bytes))).toEqual(['1234']);
  });
});
