// A tiny ZIP writer for tests: stored and deflated members, raw names, unix modes, flags and lying sizes, so
// archive parsers can be tested on exactly the awkward archives they must survive.
import { crc32, createDeflateRaw, deflateRawSync } from 'node:zlib';

export interface ZipWriterEntry {
  /** The name as written; a Buffer is written byte for byte (no UTF-8 flag). */
  name: string | Buffer;
  /** The member's bytes before compression (ignored when `payload` is given). */
  data?: Buffer | string;
  /** 0 stored, 8 deflated (default 8 when data is non-empty). */
  method?: number;
  /** The bytes written after the local header, as is (a precomputed deflate stream, a fake encrypted body …). */
  payload?: Buffer;
  /** Overrides of what the headers declare. */
  size?: number;
  crc?: number;
  /** General purpose flags; bit 0 marks encryption, bit 11 (UTF-8 names) is added for string names. */
  flags?: number;
  /** Unix mode (e.g. 0o120777 for a symlink), written in the high 16 bits of the external attributes. */
  mode?: number;
  /** DOS external attributes (low byte), e.g. 0x10 for a directory. */
  dosAttributes?: number;
  /** Local wall time written in DOS format. */
  modified?: { year: number; month: number; day: number; hour: number; minute: number; second: number };
  /** Extra field bytes for both headers (e.g. an Info-ZIP `UT` time stamp). */
  extra?: Buffer;
}

function dosTime(m: NonNullable<ZipWriterEntry['modified']>): { date: number; time: number } {
  return {
    date: ((m.year - 1980) << 9) | (m.month << 5) | m.day,
    time: (m.hour << 11) | (m.minute << 5) | Math.floor(m.second / 2),
  };
}

/** Builds a whole archive in memory. */
export function buildZip(entries: ZipWriterEntry[], options: { comment?: string } = {}): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = typeof entry.name === 'string' ? Buffer.from(entry.name, 'utf8') : entry.name;
    const data = entry.data === undefined ? Buffer.alloc(0) : Buffer.from(entry.data);
    const method = entry.method ?? (data.length > 0 ? 8 : 0);
    const payload = entry.payload ?? (method === 8 ? deflateRawSync(data) : data);
    const size = entry.size ?? data.length;
    const crc = entry.crc ?? crc32(data);
    const flags = (entry.flags ?? 0) | (typeof entry.name === 'string' ? 0x800 : 0);
    const { date, time } = dosTime(entry.modified ?? { year: 2024, month: 3, day: 1, hour: 12, minute: 0, second: 0 });
    const extra = entry.extra ?? Buffer.alloc(0);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(time, 10);
    local.writeUInt16LE(date, 12);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(payload.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    locals.push(local, name, extra, payload);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(entry.mode !== undefined ? (3 << 8) | 20 : 20, 4); // made by: unix when a mode is given
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(flags, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(time, 12);
    central.writeUInt16LE(date, 14);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(payload.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE((((entry.mode ?? 0) << 16) | (entry.dosAttributes ?? 0)) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name, extra);
    offset += 30 + name.length + extra.length + payload.length;
  }
  const directory = Buffer.concat(centrals);
  const comment = Buffer.from(options.comment ?? '', 'utf8');
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([...locals, directory, end, comment]);
}

/**
 * A member of `size` zero bytes, deflated at level 9 without ever holding the zeros in memory: the payload of
 * a compression bomb (200 MB of zeros deflate to about 200 KB).
 */
export async function zerosMember(name: string, size: number): Promise<ZipWriterEntry> {
  const block = Buffer.alloc(1024 * 1024);
  const deflate = createDeflateRaw({ level: 9 });
  const parts: Buffer[] = [];
  deflate.on('data', (chunk: Buffer) => parts.push(chunk));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on('end', resolve);
    deflate.on('error', reject);
  });
  let crc = 0;
  for (let written = 0; written < size; written += block.length) {
    const piece = block.subarray(0, Math.min(block.length, size - written));
    crc = crc32(piece, crc);
    if (!deflate.write(piece)) await new Promise((resolve) => deflate.once('drain', resolve));
  }
  deflate.end();
  await done;
  return { name, method: 8, payload: Buffer.concat(parts), size, crc };
}
