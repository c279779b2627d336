// Images cut short, on small built files: WebP against its RIFF and chunk lengths, HEIF/AVIF against its box sizes
// and item locations, and the Exif, GPS and IFD1 blocks of a TIFF or a JPEG's EXIF segment against the bytes there are.
import { describe, expect, it } from 'vitest';
import { runParser, seededRandom } from '../testing/run-parser';
import { imageParser } from './exif-image-parser';
import { heifWith, jpegWith, tiffBlock, webpWith } from './tiff-fixture';

const MAKE = { tag: 0x010f, ascii: 'Cam' };
const TAKEN = { tag: 0x9003, ascii: '2024:03:15 10:00:00' };
const ALMATY = [
  { tag: 1, ascii: 'N' },
  {
    tag: 2,
    rational: [
      [43, 1],
      [15, 1],
      [0, 1],
    ] as Array<[number, number]>,
  },
  { tag: 3, ascii: 'E' },
  {
    tag: 4,
    rational: [
      [76, 1],
      [57, 1],
      [0, 1],
    ] as Array<[number, number]>,
  },
];
/** Header 0–8, IFD0 8–50, Exif IFD 50–88, GPS IFD 88–190, IFD1 190–232, thumbnail 232–532. */
const TIFF = tiffBlock([MAKE], [TAKEN], ALMATY, 0, Buffer.alloc(300, 0x5a));
const END = { ifd0: 50, exif: 88, gps: 190, tiff: 532 };

async function run(bytes: Uint8Array, name: string) {
  const result = await runParser(imageParser, bytes, { name });
  return {
    ...result,
    image: result.artifacts.find((a) => a.key === 'image')!,
    location: result.artifacts.find((a) => a.key === 'location:gps'),
  };
}

const RIFF_SHORT = /^the file ends [\d,]+ bytes? before the end its RIFF header declares: it may be incomplete \(truncated\)/;

describe('a WebP cut short', () => {
  const webp = webpWith(TIFF, 33, 44, 20_000); // VP8X 12–30, VP8 30–20,038, EXIF 20,038–20,578

  it('gives no warning when whole, and says by how much the file falls short of its RIFF size when cut', async () => {
    const whole = await run(webp, 'whole.webp');
    expect(whole.warnings).toEqual([]);
    expect(whole.image.fields).toMatchObject({ make: 'Cam', width: 33, height: 44 });
    expect(whole.location!.fields).toMatchObject({ latitude: 43.25, longitude: 76.95 });

    const cut = await run(webp.subarray(0, webp.length - 12_345), 'cut.webp');
    expect(cut.warnings).toEqual([
      'the file ends 12,345 bytes before the end its RIFF header declares: it may be incomplete (truncated); the VP8 chunk (the image data, 20,000 bytes at offset 30) runs 11,805 bytes past the end of the file',
    ]);
    expect(cut.warned[0]).toMatchObject({
      code: 'image.webp_riff_short',
      params: { bytes: 12_345, part: 'webp_chunk', name: 'VP8', content: 'image_data', length: 20_000, at: 30, past: 11_805 },
    });
    // The dimensions come from the header, which is there; the EXIF chunk after the image data is lost.
    expect(cut.image.fields).toMatchObject({ width: 33, height: 44, make: null });

    const inExif = await run(webp.subarray(0, webp.length - 100), 'exif.webp');
    expect(inExif.warnings).toEqual([
      'the file ends 100 bytes before the end its RIFF header declares: it may be incomplete (truncated); the EXIF chunk (the EXIF metadata, which was not read, 532 bytes at offset 20,038) runs 100 bytes past the end of the file',
    ]);
    const oneByte = await run(webp.subarray(0, webp.length - 1), 'one.webp');
    expect(oneByte.warnings).toEqual([
      'the file ends 1 byte before the end its RIFF header declares: it may be incomplete (truncated); the EXIF chunk (the EXIF metadata, which was not read, 532 bytes at offset 20,038) runs 1 byte past the end of the file',
    ]);
  });

  it('warns once at every cut, inside a chunk header or body alike', async () => {
    for (let at = 16; at < webp.length; at += 997) {
      const { warnings, image } = await run(webp.subarray(0, at), 'cut.webp');
      expect(warnings, `cut at ${at}`).toHaveLength(1);
      expect(warnings[0], `cut at ${at}`).toMatch(RIFF_SHORT);
      expect(image.fields).toMatchObject({ format: 'webp' });
    }
  });

  it('names a chunk whose length runs past the end when the RIFF size does not', async () => {
    const corrupt = Buffer.from(webp);
    corrupt.writeUInt32LE(0x7fff_fff0, 34); // the VP8 chunk's length
    expect((await run(corrupt, 'corrupt.webp')).warnings).toEqual([
      'the VP8 chunk (the image data, 2,147,483,632 bytes at offset 30) runs 2,147,463,092 bytes past the end of the file: the file may be incomplete (truncated) or damaged',
    ]);
  });

  it('takes a missing pad byte after an odd last chunk, and data after the RIFF end, for no cut', async () => {
    const odd = webpWith(Buffer.concat([TIFF, Buffer.from([0])]), 3, 4);
    expect(odd[odd.length - 1]).toBe(0); // the pad byte
    expect((await run(odd.subarray(0, odd.length - 1), 'nopad.webp')).warnings).toEqual([]);
    expect((await run(odd.subarray(0, odd.length - 2), 'cut.webp')).warnings).toEqual([
      'the file ends 2 bytes before the end its RIFF header declares: it may be incomplete (truncated); the EXIF chunk (the EXIF metadata, which was not read, 533 bytes at offset 30) runs 1 byte past the end of the file',
    ]);
    expect((await run(Buffer.concat([webp, Buffer.from('trailing')]), 'trailing.webp')).warnings).toEqual([]);
  });
});

describe('a HEIF or AVIF cut short', () => {
  // ftyp 0–24, meta 24–187, mdat 187–1,737: item 1 (the image) 195–1,195, item 2 (Exif) 1,195–1,737.
  const heic = heifWith(TIFF, 1000);

  it('gives no warning when whole, and reads its Exif item', async () => {
    for (const [bytes, name] of [
      [heic, 'whole.heic'],
      [heifWith(TIFF, 1000, { brand: 'avif' }), 'whole.avif'],
    ] as const) {
      const whole = await run(bytes, name);
      expect(whole.warnings).toEqual([]);
      expect(whole.image.fields).toMatchObject({ format: 'heic', make: 'Cam', dateTimeOriginal: '2024:03:15 10:00:00' });
      expect(whole.location!.fields).toMatchObject({ latitude: 43.25, longitude: 76.95 });
    }
  });

  it('names the box that runs past the end, and the items whose bytes are lost', async () => {
    const inImage = await run(heic.subarray(0, 700), 'cut.heic');
    expect(inImage.warnings.at(-1)).toBe(
      "the mdat box (the media data, which holds the images, 1,550 bytes at offset 187) runs 1,037 bytes past the end of the file: the file may be incomplete (truncated); the bytes of 2 of the 2 items its iloc box places in the file (images, tiles, thumbnails, metadata; items 1, 2) lie past the file's end, by up to 1,037 bytes",
    );
    const inExif = await run(heic.subarray(0, heic.length - 345), 'exif.heic');
    expect(inExif.warnings.at(-1)).toBe(
      "the mdat box (the media data, which holds the images, 1,550 bytes at offset 187) runs 345 bytes past the end of the file: the file may be incomplete (truncated); the bytes of 1 of the 2 items its iloc box places in the file (images, tiles, thumbnails, metadata; item 2) lie past the file's end, by up to 345 bytes",
    );
    const inMeta = await run(heic.subarray(0, 100), 'meta.heic');
    expect(inMeta.warnings).toEqual([
      'the meta box (the metadata and item locations, 163 bytes at offset 24) runs 87 bytes past the end of the file: the file may be incomplete (truncated)',
    ]);
    expect(inImage.warned.at(-1)).toMatchObject({
      code: 'image.heif_box_past_end',
      params: {
        part: 'heif_box',
        name: 'mdat',
        content: 'media_data',
        length: 1550,
        at: 187,
        past: 1037,
        items: 'some',
        lostItems: 2,
        placedItems: 2,
        ids: '1, 2',
        farthest: 1037,
      },
    });
    expect(inImage.warned).toContainEqual(
      expect.objectContaining({ code: 'image.metadata_offset_past_end', params: expect.objectContaining({ end: 'block' }) }),
    );
    const inHeader = await run(heic.subarray(0, 30), 'header.heic');
    expect(inHeader.warned.at(-1)).toMatchObject({ params: { part: 'heif_box_header', headerBytes: 6, at: 24, items: 'none' } });
    expect(inHeader.warnings.at(-1)).toBe('the file ends 6 bytes into a box header at offset 24: the file may be incomplete (truncated)');
  });

  it('says the mdat is missing when the file ends after its metadata', async () => {
    const { warnings } = await run(heic.subarray(0, 187), 'nomdat.heic');
    expect(warnings.at(-1)).toBe(
      "the file has no mdat box (the media data, which holds the images) after its meta box: it may be incomplete (truncated); the bytes of 2 of the 2 items its iloc box places in the file (images, tiles, thumbnails, metadata; items 1, 2) lie past the file's end, by up to 1,550 bytes",
    );
    expect((await run(heic.subarray(0, 24), 'ftyp.heic')).warnings.at(-1)).toBe(
      'the file has no mdat box (the media data, which holds the images) after its ftyp box: it may be incomplete (truncated)',
    );
  });

  it('names items placed past the end when the boxes themselves are whole', async () => {
    const corrupt = Buffer.from(heic);
    const iloc = corrupt.indexOf('iloc', 0, 'latin1') - 4;
    corrupt.writeUInt32BE(542 + 100, iloc + 44); // item 2's extent length
    expect((await run(corrupt, 'corrupt.heic')).warned.at(-1)).toMatchObject({
      code: 'image.heif_items_past_end',
      params: { items: 'one', lostItems: 1, placedItems: 2, ids: '2', farthest: 100 },
    });
    expect((await run(corrupt, 'corrupt.heic')).warnings.at(-1)).toBe(
      "the bytes of 1 of the 2 items its iloc box places in the file (images, tiles, thumbnails, metadata; item 2) lie past the file's end, by up to 100 bytes: the file may be incomplete (truncated) or damaged",
    );
  });

  it('takes items kept in idat, an mdat that runs to the end (size 0) and a few zero bytes of padding for no cut', async () => {
    expect((await run(heifWith(TIFF, 100, { inIdat: true }), 'idat.heic')).warnings).toEqual([]);
    const toEnd = Buffer.from(heic);
    toEnd.writeUInt32BE(0, toEnd.indexOf('mdat', 0, 'latin1') - 4);
    expect((await run(toEnd, 'toend.heic')).warnings).toEqual([]);
    expect((await run(Buffer.concat([heic, Buffer.alloc(5)]), 'padded.heic')).warnings).toEqual([]);
  });

  it('reads a 64-bit box size', async () => {
    const large = Buffer.alloc(16);
    large.writeUInt32BE(1, 0);
    large.write('mdat', 4, 'latin1');
    large.writeUInt32BE(2, 8); // 2^33 bytes
    const bytes = Buffer.concat([heic.subarray(0, 24), large, Buffer.alloc(1000)]);
    expect((await run(bytes, 'large.heic')).warnings.at(-1)).toBe(
      'the mdat box (the media data, which holds the images, 8,589,934,592 bytes at offset 24) runs 8,589,933,576 bytes past the end of the file: the file may be incomplete (truncated)',
    );
  });

  it('warns at every cut and never fails', async () => {
    for (let at = 16; at < heic.length; at += 37) {
      const { warnings, image } = await run(heic.subarray(0, at), 'cut.heic');
      expect(warnings.at(-1), `cut at ${at}`).toMatch(/the file may be incomplete \(truncated\)|it may be incomplete \(truncated\)/);
      expect(image.fields).toMatchObject({ format: 'heic' });
    }
  });
});

describe('an Exif, GPS or IFD1 block cut short', () => {
  const blocksWarned = (warnings: string[]) =>
    warnings.map((w) => /^(Exif|GPS|Thumbnail) block (?:\(IFD1\) )?cut short/.exec(w)?.[1]).filter(Boolean);
  const expected = (cut: number) => [...(cut < END.exif ? ['Exif'] : []), ...(cut < END.gps ? ['GPS'] : []), 'Thumbnail'];

  it('warns for each block a TIFF file is cut inside or before, and not when it is whole', async () => {
    expect(TIFF.length).toBe(END.tiff);
    expect((await run(TIFF, 'whole.tif')).warnings).toEqual([]);
    for (let at = END.ifd0; at < END.tiff; at += 5) {
      expect(blocksWarned((await run(TIFF.subarray(0, at), 'cut.tif')).warnings), `cut at ${at}`).toEqual(expected(at));
    }
    // The latitude is whole, the longitude is not.
    const inGps = await run(TIFF.subarray(0, 170), 'gps.tif');
    expect(inGps.location).toBeUndefined();
    expect(inGps.warnings).toEqual([
      "GPS block cut short: the position may be missing (the value of GPSLongitude, 24 bytes at offset 166, runs past the end of the file's 170 bytes; the file may be truncated or damaged)",
      "Thumbnail block (IFD1) cut short: the embedded thumbnail may be missing (it begins at offset 190, past the end of the file's 170 bytes; the file may be truncated or damaged)",
    ]);
    const inEntries = await run(TIFF.subarray(0, 60), 'exif.tif');
    expect(inEntries.warnings[0]).toBe(
      "Exif block cut short: the capture time and camera settings may be missing (its one entry, at offset 50, runs past the end of the file's 60 bytes; the file may be truncated or damaged)",
    );
    expect(inEntries.image.fields).toMatchObject({ make: 'Cam', dateTimeOriginal: null });
    expect((await run(TIFF.subarray(0, 400), 'thumb.tif')).warnings).toEqual([
      "Thumbnail block (IFD1) cut short: the embedded thumbnail may be missing (the thumbnail image, 300 bytes at offset 232, runs past the end of the file's 400 bytes; the file may be truncated or damaged)",
    ]);
  });

  it('warns likewise for a JPEG cut inside its EXIF segment, and for a segment shorter than its blocks', async () => {
    const jpeg = jpegWith(TIFF, 10, 10); // the TIFF block starts at 12
    expect((await run(jpeg, 'whole.jpg')).warnings).toEqual([]);
    for (let at = 12 + END.ifd0; at < 12 + END.tiff; at += 5) {
      expect(blocksWarned((await run(jpeg.subarray(0, at), 'cut.jpg')).warnings), `cut at ${at}`).toEqual(expected(at - 12));
    }
    expect((await run(jpeg.subarray(0, 12 + 170), 'gps.jpg')).warnings).toEqual([
      'GPS block cut short: the position may be missing (the value of GPSLongitude, 24 bytes at offset 166 of the EXIF data, runs past the end of the 170 bytes of EXIF data before the file ends; the file may be truncated or damaged)',
      'Thumbnail block (IFD1) cut short: the embedded thumbnail may be missing (it begins at offset 190 of the EXIF data, past the end of the 170 bytes of EXIF data before the file ends; the file may be truncated or damaged)',
      'the JPEG does not end with its end-of-image marker (FF D9): the file may be incomplete (truncated), or other data follows the image; the metadata read from its start stands',
    ]);
    // A writer that stated too short a segment: the file is whole, the blocks past the segment are not read.
    const short = Buffer.from(jpeg);
    short.writeUInt16BE(2 + 6 + 120, 4);
    const { warnings, location } = await run(short, 'short.jpg');
    expect(location).toBeUndefined();
    expect(warnings.slice(0, 2)).toEqual([
      "GPS block cut short: the position may be missing (its 4 entries, from offset 88 of the EXIF data, run past the end of its EXIF segment's 120 bytes; the file may be truncated or damaged)",
      "Thumbnail block (IFD1) cut short: the embedded thumbnail may be missing (it begins at offset 190 of the EXIF data, past the end of its EXIF segment's 120 bytes; the file may be truncated or damaged)",
    ]);
  });

  it('names a cut tag that is not one of the key ones (a MakerNote) by a code of its own, with the values its sentence names', async () => {
    const withNote = tiffBlock([MAKE], [TAKEN, { tag: 0x927c, ascii: 'x'.repeat(200) }]);
    const { warned, image } = await run(withNote.subarray(0, withNote.length - 50), 'note.tif');
    expect(image.fields).toMatchObject({ dateTimeOriginal: '2024:03:15 10:00:00' });
    expect(warned).toEqual([
      {
        text: "Exif block cut short: MakerNote may be missing or incomplete (the value of MakerNote, 201 bytes at offset 88, runs past the end of the file's 240 bytes; the file may be truncated or damaged)",
        code: 'image.exif_tag_cut',
        params: { cut: 'value', tag: 'MakerNote', length: 201, at: 88, end: 'file', size: 240 },
      },
    ]);
    const jpeg = jpegWith(TIFF, 10, 10);
    const short = Buffer.from(jpeg);
    short.writeUInt16BE(2 + 6 + 120, 4);
    expect((await run(short, 'short.jpg')).warned[0]).toMatchObject({
      code: 'image.gps_block_cut',
      params: { cut: 'entries', entries: 4, at: 88, end: 'exif_segment', size: 120 },
    });
    expect((await run(jpeg.subarray(0, 12 + 170), 'gps.jpg')).warned[0]).toMatchObject({
      code: 'image.gps_block_cut',
      params: { cut: 'value', tag: 'GPSLongitude', length: 24, at: 166, end: 'exif_data', size: 170 },
    });
  });

  it('ignores pointers of 0 and into the header, and says nothing of a TIFF without those blocks', async () => {
    expect((await run(tiffBlock([MAKE]), 'plain.tif')).warnings).toEqual([]);
    const zero = Buffer.from(TIFF);
    zero.writeUInt32LE(0, 8 + 2 + 2 * 12 + 8); // the GPS pointer (IFD0 entries sorted: Make, Exif, GPS)
    zero.writeUInt32LE(4, 8 + 2 + 1 * 12 + 8); // the Exif pointer, into the header
    expect(blocksWarned((await run(zero.subarray(0, 150), 'zero.tif')).warnings)).toEqual(['Thumbnail']);
  });
});

describe('random and damaged bytes behind a valid start', () => {
  it('never fail the image, whatever the lengths and offsets say', async () => {
    const random = seededRandom(7);
    const starts: Array<[string, Buffer]> = [
      ['r.webp', webpWith(TIFF, 3, 4, 100).subarray(0, 30)],
      ['r.heic', heifWith(TIFF, 100).subarray(0, 24)],
      ['r.tif', TIFF.subarray(0, 8)],
      ['r.jpg', jpegWith(TIFF, 3, 4).subarray(0, 12)],
    ];
    for (const [name, start] of starts) {
      for (let round = 0; round < 8; round++) {
        const noise = Buffer.from(Array.from({ length: 64 + Math.floor(random() * 2000) }, () => Math.floor(random() * 256)));
        const { image } = await run(Buffer.concat([start, noise]), name);
        expect(image.fields, `${name} round ${round}`).toHaveProperty('format');
      }
      // Every byte of a whole file damaged in turn, a few at a time.
      const whole = name.endsWith('webp')
        ? webpWith(TIFF, 3, 4, 100)
        : name.endsWith('heic')
          ? heifWith(TIFF, 100)
          : name.endsWith('tif')
            ? TIFF
            : jpegWith(TIFF, 3, 4);
      for (let round = 0; round < 8; round++) {
        const damaged = Buffer.from(whole);
        for (let i = 0; i < 12; i++)
          damaged[start.length + Math.floor(random() * (damaged.length - start.length))] = Math.floor(random() * 256);
        const { image } = await run(damaged, name);
        expect(image.fields, `${name} damaged round ${round}`).toHaveProperty('format');
      }
    }
  });
});
