// Photos (JPEG, TIFF, HEIC, PNG, WebP): camera, capture time, dimensions and EXIF tags as one `image`
// artefact, and the GPS fix as a `location` artefact when it is a real position (FORMATS.md §5).
import {
  DETECT,
  ParseError,
  formatOffset,
  isoFromMicros,
  type ArtifactTime,
  type MessageParams,
  type Parser,
  type ParserInput,
  type ParserOutput,
} from '@tamga/core';
import { exifBlockCuts } from './exif-block-cuts';
import { jsonSafe, readExif, type ExifRead } from './exifr-read';
import { exifTime, parseExifWallTime, wallAsUtcMicros } from './exif-time';
import { interpretGps } from './gps-location';
import { heifEndProblem } from './heif-end-problem';
import {
  containerDimensions,
  endBeforePadding,
  imageFormat,
  missingEndMarker,
  tiffIfd0Offset,
  webpExifBlock,
  type ImageFormat,
  type ImageWarning,
} from './image-format';
import { webpEndProblem } from './webp-end-problem';

/** exifr reads ranges from a path; bigger files are not handed to it whole (a TIFF IFD may sit at the end). */
const MAX_WHOLE_FILE = 64 * 1024 ** 2;
/** For larger files only this much of the start is read: JPEG and HEIF keep their metadata near the start. */
const HEAD_FOR_LARGE = 8 * 1024 ** 2;

const EXTENSIONS = /\.(jpe?g|jfif|tiff?|png|webp|heic|heif|avif)$/i;

async function readPrefix(input: ParserInput, length: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  for await (const chunk of input.read({ start: 0, end: length })) chunks.push(chunk);
  return Buffer.concat(chunks);
}

/**
 * What exifr reads: a path (it reads only the ranges it needs), bytes, or nothing when there is no metadata block;
 * `prefix` when only the start of a large file is handed to it.
 */
async function exifSource(
  input: ParserInput,
  format: ImageFormat,
  warn: ParserOutput['warn'],
): Promise<{ source: string | Uint8Array; prefix?: number } | null> {
  if (format === 'webp') {
    const block = await webpExifBlock(input, HEAD_FOR_LARGE);
    return block && { source: block };
  }
  // A TIFF's IFDs may sit anywhere, its end included: exifr follows their offsets through the file, reading only
  // the ranges it needs, whatever the file's size.
  if (format === 'tiff' && input.item.size > MAX_WHOLE_FILE) {
    const path = await input.localPath();
    if (!path.includes('://') && path.length <= 4096) return { source: path };
  }
  if (input.item.size > MAX_WHOLE_FILE) {
    warn(`image is ${input.item.size} bytes: metadata was looked for in the first ${HEAD_FOR_LARGE} bytes only`, {
      code: 'image.large_prefix_only',
      params: { size: input.item.size, bytes: HEAD_FOR_LARGE },
    });
    return { source: await readPrefix(input, HEAD_FOR_LARGE), prefix: HEAD_FOR_LARGE };
  }
  // exifr reads a PNG from a path in its first chunk only, and eXIf may follow the image data: the whole file, but
  // not the padding after IEND, which exifr would take for a chunk running past the end.
  if (format === 'png') {
    const bytes = await readPrefix(input, input.item.size);
    return { source: bytes.subarray(0, endBeforePadding(bytes)) };
  }
  const path = await input.localPath();
  // exifr takes a string with `://` for a URL and a very long one for base64: hand it bytes instead.
  return { source: path.includes('://') || path.length > 4096 ? await readPrefix(input, input.item.size) : path };
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const firstNumber = (value: unknown): number | undefined =>
  typeof value === 'number' ? value : ArrayBuffer.isView(value) || Array.isArray(value) ? (value as ArrayLike<number>)[0] : undefined;

function captureTime(
  read: ExifRead,
  caseTimeZone: string,
  warn: ParserOutput['warn'],
): { time: ArtifactTime | null; source: string | null } {
  const { exif } = read;
  const unreadable = (tag: string, value: string | undefined) => {
    // A blank or all-zero value is how cameras write "not set"; anything else that is no time is worth a word.
    if (value && /[1-9]/.test(value))
      warn(`${tag} ${JSON.stringify(value)} is not a date and time that exists; not used`, {
        code: 'image.time_not_real',
        params: { tag, value },
      });
  };
  const original = exifTime(text(exif.DateTimeOriginal), text(exif.SubSecTimeOriginal), text(exif.OffsetTimeOriginal), caseTimeZone);
  if (original) return { time: original, source: 'DateTimeOriginal' };
  unreadable('DateTimeOriginal', text(exif.DateTimeOriginal));
  const digitized = exifTime(text(exif.CreateDate), text(exif.SubSecTimeDigitized), text(exif.OffsetTimeDigitized), caseTimeZone);
  if (!digitized) unreadable('DateTimeDigitized', text(exif.CreateDate));
  return digitized ? { time: digitized, source: 'DateTimeDigitized' } : { time: null, source: null };
}

/** Real UTC offsets lie between -12:00 and +14:00, in quarter hours. */
const MAX_OFFSET_SECONDS = 14 * 3600;
const OFFSET_STEP_SECONDS = 15 * 60;
/** How far from a whole offset a camera clock may be and still suggest one: a fix is written a moment after the shot. */
const CLOCK_SLACK_SECONDS = 120;

/**
 * The UTC offset the camera clock shows against the GPS clock (`+02:00`), when the difference is within two minutes of
 * a real offset; null otherwise (a clock set wrong, as in DSCN0010.jpg, 22 h off). A hint, never applied to a time.
 */
export function impliedOffset(cameraMinusGpsSeconds: number | undefined): string | null {
  if (cameraMinusGpsSeconds === undefined || Math.abs(cameraMinusGpsSeconds) > MAX_OFFSET_SECONDS + CLOCK_SLACK_SECONDS) return null;
  const steps = Math.round(cameraMinusGpsSeconds / OFFSET_STEP_SECONDS);
  if (Math.abs(cameraMinusGpsSeconds - steps * OFFSET_STEP_SECONDS) > CLOCK_SLACK_SECONDS) return null;
  const minutes = (steps * OFFSET_STEP_SECONDS) / 60;
  return minutes >= -12 * 60 && minutes <= 14 * 60 ? formatOffset(minutes) : null;
}

/** exifr's names for the segments it reads, as an examiner knows them. */
const SEGMENT_NAMES: Record<string, string> = { tiff: 'EXIF', xmp: 'XMP', jfif: 'JFIF', iptc: 'IPTC', icc: 'ICC profile', ihdr: 'IHDR' };
/** A read past the end of the bytes, in JavaScript's words (DataView, typed array, Buffer) or exifr's. */
const OUT_OF_BOUNDS = /outside|out of bounds|out of range|invalid typed array length|beyond buffer length/i;

/**
 * exifr's errors in words an examiner understands, the raw detail kept in parentheses: a segment or an offset past
 * the end of the bytes usually means a truncated or damaged file. Other messages are kept as they are. `prefix`: how
 * many bytes of the file exifr was given when it was not given all of them.
 */
export function describeReadError(message: string, format: ImageFormat, size: number, prefix?: number): string {
  return readError(message, format, size, prefix).text;
}

/** The same, with its kind (`segment_past_end`, `offset_past_end` or `other`) and values, for the warning's key. */
function readError(
  message: string,
  format: ImageFormat,
  size: number,
  prefix?: number,
): { text: string; kind: string; params: MessageParams } {
  const raw = message.replace(/\s+/g, ' ').trim();
  const other = { text: raw, kind: 'other', params: { error: raw } };
  const text = describeReadErrorText(message, format, size, prefix);
  if (text === raw) return other;
  // The end the sentence names, as describeReadErrorText chooses it.
  const end: MessageParams = prefix !== undefined && prefix < size ? { end: 'prefix', prefix } : { end: 'file', size };
  const segment = /^(?:Segment unreachable|Couldn't read segment): (\{[^}]*\})/.exec(raw);
  if (segment) {
    const { type, offset, length } = JSON.parse(segment[1]!) as { type?: string; offset?: number; length?: number };
    const name = SEGMENT_NAMES[type ?? ''] ?? type ?? 'a';
    return { text, kind: 'segment_past_end', params: { segment: name, length: length ?? '', offset: offset ?? '', ...end, error: raw } };
  }
  return { text, kind: 'offset_past_end', params: { ...(format === 'tiff' ? end : { end: 'block' }), error: raw } };
}

function describeReadErrorText(message: string, format: ImageFormat, size: number, prefix?: number): string {
  const raw = message.replace(/\s+/g, ' ').trim();
  const end = prefix !== undefined && prefix < size ? `the first ${prefix} bytes, the part of the file read` : `the file's ${size} bytes`;
  const segment = /^(?:Segment unreachable|Couldn't read segment): (\{[^}]*\})/.exec(raw);
  if (segment) {
    try {
      const { type, offset, length } = JSON.parse(segment[1]!) as { type?: string; offset?: number; length?: number };
      const name = SEGMENT_NAMES[type ?? ''] ?? type ?? 'a';
      return `its ${name} segment (${length} bytes at offset ${offset}) runs past the end of ${end}, so it was not read; the file may be truncated (${raw})`;
    } catch {
      return raw;
    }
  }
  if (!OUT_OF_BOUNDS.test(raw)) return raw;
  // A TIFF's offsets count from the start of the file; elsewhere the bytes may be the file or a block within it.
  const where = format === 'tiff' ? end : 'the bytes that hold it';
  return `an offset or length in it points past the end of ${where}, so part of it was not read; the file may be truncated or damaged (${raw})`;
}

async function safeReadExif(input: ParserInput, format: ImageFormat, warn: ParserOutput['warn']): Promise<ExifRead | null> {
  const size = input.item.size;
  // A TIFF's metadata all hangs from IFD0: when the file ends before it, there is nothing to read.
  const ifd0 = format === 'tiff' ? tiffIfd0Offset(input.head) : null;
  if (ifd0 !== null && ifd0 + 2 > size) {
    warn(
      `the file ends before its metadata: IFD0 is at offset ${ifd0}, past the end of the file's ${size} bytes; the file may be truncated`,
      { code: 'image.ends_before_ifd0', params: { offset: ifd0, size } },
    );
    return null;
  }
  let prefix: number | undefined;
  try {
    const found = await exifSource(input, format, warn);
    if (found === null) return null;
    prefix = found.prefix;
    const read = await readExif(found.source);
    for (const error of read.errors.slice(0, 10)) {
      const { text, kind, params } = readError(error, format, size, prefix);
      warn(`metadata: ${text}`, { code: `image.metadata_${kind}`, params });
    }
    return read;
  } catch (error) {
    const { text, kind, params } = readError((error as Error).message, format, size, prefix);
    warn(`metadata could not be read: ${text}`, { code: `image.metadata_unreadable_${kind}`, params });
    return null;
  }
}

/**
 * What the file's own structure says about its end: a missing end marker (JPEG, PNG), lengths that run past the end
 * (WebP's RIFF chunks, HEIF's boxes and item locations). A check that stumbles on malformed bytes says nothing: it is
 * a warning at most, never a reason for the image to fail.
 */
async function endOfFileProblem(format: ImageFormat, input: ParserInput): Promise<ImageWarning | null> {
  if (format === 'jpeg' || format === 'png') return missingEndMarker(format, input);
  try {
    if (format === 'webp') return await webpEndProblem(input);
    if (format === 'heic') return await heifEndProblem(input);
  } catch {
    input.signal.throwIfAborted();
  }
  return null;
}

/** The Exif, GPS and IFD1 blocks cut short, which exifr passes over in silence (see exif-block-cuts.ts). */
async function blockCuts(format: ImageFormat, input: ParserInput): Promise<ImageWarning[]> {
  try {
    return await exifBlockCuts(format, input);
  } catch {
    input.signal.throwIfAborted();
    return [];
  }
}

export const imageParser: Parser = {
  id: 'image.exif',
  // 2: no time for a date that does not exist (it was moved to the next month); a GPS time part of 0/0 read as 0;
  // a PNG's eXIf chunk after the image data is read, and a TIFF over 64 MiB whose IFDs are at its end. 3: the GPS
  // time, the camera clock's difference from it and the offset that implies, on the image too. 4: a JPEG without its
  // end-of-image marker or a PNG without IEND is said to be maybe incomplete; a TIFF that ends before IFD0, and a
  // segment or offset past the end of the bytes, are said in words instead of JavaScript's errors. 5: a WebP or
  // HEIF/AVIF cut short (its RIFF size, a chunk or box past the end, no mdat, an item's bytes past the end), and an
  // Exif, GPS or IFD1 block cut short (its offset, entries or a value past the end of the bytes), are warned about.
  // 6: those warnings, and a segment or offset past the end of the bytes, carry the values their sentences name (the
  // chunk, box, tag, offsets and byte counts), and a block cut at a tag other than its key ones (a MakerNote) has a
  // code of its own, image.exif_tag_cut.
  version: '6',
  description: 'Photos (JPEG, TIFF, HEIC, PNG, WebP): EXIF camera, capture time, dimensions and GPS position',
  detect(probe) {
    if (imageFormat(probe.head)) return DETECT.CERTAIN;
    return EXTENSIONS.test(probe.name) ? DETECT.NAME_ONLY : DETECT.NO;
  },
  async parse(input, out) {
    const format: ImageFormat | null = imageFormat(input.head);
    if (!format) throw new ParseError('not a JPEG, TIFF, PNG, WebP or HEIF image: no known magic bytes at the start');
    const warn: ParserOutput['warn'] = (text, key) => out.warn(text, key);
    const read = await safeReadExif(input, format, warn);
    input.signal.throwIfAborted();
    for (const cut of await blockCuts(format, input)) warn(cut.text, cut.key);
    const incomplete = await endOfFileProblem(format, input);
    if (incomplete) warn(incomplete.text, incomplete.key);
    const ifd0 = read?.ifd0 ?? {};
    const exif = read?.exif ?? {};

    let dimensions = await containerDimensions(format, input).catch(() => null);
    if (!dimensions) {
      const width = firstNumber(ifd0.ImageWidth) ?? firstNumber(exif.ExifImageWidth) ?? firstNumber(read?.ihdr?.ImageWidth);
      const height = firstNumber(ifd0.ImageHeight) ?? firstNumber(exif.ExifImageHeight) ?? firstNumber(read?.ihdr?.ImageHeight);
      if (width !== undefined && height !== undefined)
        dimensions = { width, height, source: ifd0.ImageWidth !== undefined ? 'tiff:ifd0' : 'exif' };
    }

    const { time, source: timeSource } = read ? captureTime(read, input.item.caseTimeZone, warn) : { time: null, source: null };
    const gps = read ? interpretGps(read) : null;
    for (const problem of gps?.problems ?? []) warn(problem.text, problem.key);

    // Camera clock minus GPS clock: the camera's offset only if its clock was right, so reported, never applied.
    const wall = parseExifWallTime(text(exif.DateTimeOriginal), text(exif.SubSecTimeOriginal));
    const clockDifference = wall && gps?.fixMicros != null ? Number(wallAsUtcMicros(wall) - gps.fixMicros) / 1e6 : undefined;

    const make = text(ifd0.Make) ?? null;
    const model = text(ifd0.Model) ?? null;
    await out.artifact({
      type: 'image',
      key: 'image',
      time,
      text: [make, model].filter(Boolean).join(' ') || null,
      fields: {
        format,
        make,
        model,
        software: text(ifd0.Software) ?? null,
        lensModel: text(exif.LensModel) ?? null,
        serialNumber: text(exif.BodySerialNumber) ?? null,
        artist: text(ifd0.Artist) ?? null,
        imageDescription: text(ifd0.ImageDescription) ?? null,
        width: dimensions?.width ?? null,
        height: dimensions?.height ?? null,
        dimensionsSource: dimensions?.source ?? null,
        orientation: firstNumber(ifd0.Orientation) ?? null,
        dateTimeOriginal: text(exif.DateTimeOriginal) ?? null,
        offsetTimeOriginal: text(exif.OffsetTimeOriginal) ?? null,
        dateTimeDigitized: text(exif.CreateDate) ?? null,
        modifyDate: text(ifd0.ModifyDate) ?? null,
        timeSource,
        gpsIfdPresent: gps !== null,
        gpsPosition: gps?.position ?? null,
        // The camera's clock beside the GPS clock (FORMATS.md §5.2): reported here too, so the photo's page shows it.
        gpsTime: gps?.fixMicros != null ? isoFromMicros(gps.fixMicros) : null,
        cameraClockMinusGpsSeconds: clockDifference ?? null,
        impliedOffset: impliedOffset(clockDifference),
        exif: jsonSafe({ ifd0, exif }),
        xmp: read && Object.keys(read.xmp).length > 0 ? jsonSafe(read.xmp) : undefined,
      },
      locator: { offset: 0, length: input.item.size },
    });

    if (gps?.position) {
      const fix: ArtifactTime | null =
        gps.fixMicros !== null ? { utc: isoFromMicros(gps.fixMicros), zone: 'UTC', raw: gpsFixRaw(gps.fields, read!) } : time;
      await out.artifact({
        type: 'location',
        key: 'location:gps',
        time: fix,
        text: `${gps.position.latitude}, ${gps.position.longitude}`,
        fields: {
          source: 'exif-gps',
          ...gps.fields,
          timeSource: gps.fixMicros !== null ? 'GPSDateStamp+GPSTimeStamp' : timeSource,
          cameraClockMinusGpsSeconds: clockDifference,
        },
        locator: { offset: 0, length: input.item.size },
      });
    }
  },
};

/** The fix as stored: `2008:10:23 14/1 27/1 724/100` (or exifr's divided values when the raw IFD was unreadable). */
function gpsFixRaw(fields: Record<string, unknown>, read: ExifRead): string {
  const rationals = (fields.rawRationals as Record<string, string[]> | undefined)?.GPSTimeStamp;
  const stamp = rationals ?? Array.from((read.gps.GPSTimeStamp as ArrayLike<number> | undefined) ?? []).map(String);
  return `${String(fields.dateStamp ?? '')} ${stamp.join(' ')}`.trim();
}
