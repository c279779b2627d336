// EXIF edge cases the samples lack, on small built files: stated offsets, placeholder and broken positions,
// missing refs, and the PNG and WebP carriers.
import { describe, expect, it } from 'vitest';
import { expectRobust, runParser } from '../testing/run-parser';
import { imageParser } from './exif-image-parser';
import { jpegWith, pngWith, tiffBlock, webpWith } from './tiff-fixture';

const MAKE = { tag: 0x010f, ascii: 'Тест Camera' };
const position = (lat: Array<[number, number]>, lon: Array<[number, number]>, refs = true) => [
  ...(refs ? [{ tag: 1, ascii: 'N' }] : []),
  { tag: 2, rational: lat },
  ...(refs ? [{ tag: 3, ascii: 'E' }] : []),
  { tag: 4, rational: lon },
];
const ALMATY = position(
  [
    [43, 1],
    [15, 1],
    [0, 1],
  ],
  [
    [76, 1],
    [57, 1],
    [0, 1],
  ],
);

async function run(bytes: Uint8Array, name = 'photo.jpg') {
  const result = await runParser(imageParser, bytes, { name, caseTimeZone: 'Asia/Almaty' });
  return {
    ...result,
    image: result.artifacts.find((a) => a.key === 'image')!,
    location: result.artifacts.find((a) => a.key === 'location:gps'),
  };
}

describe('imageParser edge cases', () => {
  it('uses OffsetTimeOriginal when the file states it (not derived), and the GPS date and time', async () => {
    const tiff = tiffBlock(
      [MAKE],
      [
        { tag: 0x9003, ascii: '2024:03:15 10:00:00' },
        { tag: 0x9011, ascii: '+05:00' },
      ],
      [
        ...ALMATY,
        {
          tag: 7,
          rational: [
            [5, 1],
            [0, 1],
            [1, 2],
          ],
        },
        { tag: 0x1d, ascii: '2024:03:15' },
      ],
    );
    const { image, location, warnings } = await run(jpegWith(tiff, 320, 200));
    expect(warnings).toEqual([]);
    expect(image.time).toEqual({ utc: '2024-03-15T05:00:00.000000Z', zone: '+05:00', raw: '2024:03:15 10:00:00+05:00' });
    expect(image.fields).toMatchObject({ make: 'Тест Camera', width: 320, height: 200, offsetTimeOriginal: '+05:00' });
    expect(location).toMatchObject({
      time: { utc: '2024-03-15T05:00:00.500000Z', zone: 'UTC' },
      fields: { latitude: 43.25, longitude: 76.95 },
    });
    expect(location!.fields!.cameraClockMinusGpsSeconds).toBeCloseTo(17999.5, 6);
  });

  it('emits no location for the (0, 0) placeholder or an out-of-range position, and says why', async () => {
    const zero = position(
      [
        [0, 1],
        [0, 1],
        [0, 1],
      ],
      [
        [0, 1],
        [0, 1],
        [0, 1],
      ],
    );
    const nullIsland = await run(jpegWith(tiffBlock([MAKE], [], zero), 1, 1));
    expect(nullIsland.location).toBeUndefined();
    expect(nullIsland.warnings.join('\n')).toMatch(/null island/);
    const far = position([[91, 1]], [[10, 1]]);
    const outOfRange = await run(jpegWith(tiffBlock([MAKE], [], far), 1, 1));
    expect(outOfRange.location).toBeUndefined();
    expect(outOfRange.warnings.join('\n')).toMatch(/out of range/);
  });

  it('gives no time for dates that do not exist, and reads a GPS time part of 0/0 as 0 with a warning', async () => {
    const gpsTime = (seconds: [number, number], date: string) => [
      ...ALMATY,
      {
        tag: 7,
        rational: [[5, 1], [0, 1], seconds] as Array<[number, number]>,
      },
      { tag: 0x1d, ascii: date },
    ];
    const impossible = await run(
      jpegWith(tiffBlock([MAKE], [{ tag: 0x9003, ascii: '2021:02:30 10:00:00' }], gpsTime([0, 1], '2020:13:45')), 1, 1),
    );
    expect(impossible.image.time).toBeNull();
    expect(impossible.location!.time).toBeNull();
    expect(impossible.warnings).toEqual([
      'DateTimeOriginal "2021:02:30 10:00:00" is not a date and time that exists; not used',
      'GPS date "2020:13:45" does not exist; the fix has no time',
    ]);

    const zero = await run(jpegWith(tiffBlock([MAKE], [], gpsTime([0, 0], '2024:03:15')), 1, 1));
    expect(zero.location!.time).toMatchObject({ utc: '2024-03-15T05:00:00.000000Z', zone: 'UTC' });
    expect(zero.warnings).toEqual(['GPS time seconds have a zero denominator; read as 0']);
  });

  it('reads x/0 seconds as 0 with a warning, rejects x/0 degrees, and flags a missing hemisphere ref', async () => {
    const zeroSeconds = position(
      [
        [43, 1],
        [15, 1],
        [0, 0],
      ],
      [[76, 1]],
    );
    const a = await run(jpegWith(tiffBlock([MAKE], [], zeroSeconds), 1, 1));
    expect(a.location!.fields).toMatchObject({ latitude: 43.25, longitude: 76, rawRationals: { GPSLatitude: ['43/1', '15/1', '0/0'] } });
    expect(a.warnings).toEqual(['latitude seconds 0/0 has a zero denominator; read as 0']);

    const zeroDegrees = position([[43, 0]], [[76, 1]]);
    const b = await run(jpegWith(tiffBlock([MAKE], [], zeroDegrees), 1, 1));
    expect(b.location).toBeUndefined();
    expect(b.warnings).toEqual(['latitude degrees are missing or have a zero denominator']);

    const noRefs = position([[43, 1]], [[76, 1]], false);
    const c = await run(jpegWith(tiffBlock([MAKE], [], noRefs), 1, 1));
    expect(c.location!.fields).toMatchObject({ latitude: 43, longitude: 76, latitudeRef: null, hemisphereUnknown: true });
    expect(c.warnings).toEqual(['GPS latitude or longitude reference is missing; hemisphere unknown']);
  });

  it('reads a TIFF larger than 64 MiB whose IFDs follow the image data', async () => {
    const big = await run(tiffBlock([MAKE, { tag: 0x0132, ascii: '2024:03:15 10:00:00' }], [], ALMATY, 65 * 1024 * 1024), 'scan.tif');
    expect(big.warnings).toEqual([]);
    expect(big.image.fields).toMatchObject({ make: 'Тест Camera' });
    expect(big.location!.fields).toMatchObject({ latitude: 43.25, longitude: 76.95 });
  });

  it('reads a PNG eXIf chunk that follows the image data, past the first 64 KiB', async () => {
    const late = await run(
      pngWith(tiffBlock([MAKE], [{ tag: 0x9003, ascii: '2024:03:15 10:00:00' }], ALMATY), 10, 10, 100_000),
      'late.png',
    );
    expect(late.image.fields).toMatchObject({ make: 'Тест Camera', width: 10, height: 10 });
    expect(late.location!.fields).toMatchObject({ latitude: 43.25, longitude: 76.95 });
  });

  it('reads EXIF from PNG eXIf and WebP EXIF chunks, with the container dimensions', async () => {
    const tiff = tiffBlock([MAKE], [{ tag: 0x9003, ascii: '2023:12:31 23:59:59' }], ALMATY);
    for (const [bytes, format] of [
      [pngWith(tiff, 33, 44), 'png'],
      [webpWith(tiff, 33, 44), 'webp'],
    ] as const) {
      const { image, location } = await run(bytes, `photo.${format}`);
      expect(image.fields).toMatchObject({ format, make: 'Тест Camera', width: 33, height: 44 });
      expect(image.time).toMatchObject({ utc: '2023-12-31T17:59:59.000000Z', zone: 'Asia/Almaty', derived: true });
      expect(location!.fields).toMatchObject({ latitude: 43.25, longitude: 76.95 });
    }
  });

  it('emits an image artefact without EXIF, and fails clearly on bytes that are not an image', async () => {
    const bare = await run(Buffer.from([0xff, 0xd8, 0xff, 0xc0, 0, 11, 8, 0, 7, 0, 9, 1, 1, 0x11, 0, 0xff, 0xd9]));
    expect(bare.image.fields).toMatchObject({ format: 'jpeg', width: 9, height: 7, make: null });
    expect(bare.image.time).toBeNull();
    await expect(runParser(imageParser, new TextEncoder().encode('hello'))).rejects.toThrow(/not a JPEG, TIFF, PNG, WebP or HEIF image/);
  });

  it('warns that a PNG without its IEND chunk may be incomplete', async () => {
    const png = pngWith(tiffBlock([MAKE], [], ALMATY), 10, 10, 1000);
    expect((await run(png, 'whole.png')).warnings).toEqual([]);
    expect((await run(Buffer.concat([png, Buffer.alloc(16)]), 'padded.png')).warnings).toEqual([]);
    const cut = await run(png.subarray(0, png.length - 12), 'cut.png');
    expect(cut.warnings).toEqual([
      'the PNG does not end with its IEND chunk: the file may be incomplete (truncated), or other data follows the image; the metadata read from its start stands',
    ]);
    expect(cut.location!.fields).toMatchObject({ latitude: 43.25, longitude: 76.95 });
  });

  it('survives malformed PNG and WebP variants', async () => {
    const tiff = tiffBlock([MAKE], [{ tag: 0x9003, ascii: '2023:12:31 23:59:59' }], ALMATY);
    expect(await expectRobust(imageParser, pngWith(tiff, 3, 4), { name: 'a.png' })).toHaveLength(14);
    expect(await expectRobust(imageParser, webpWith(tiff, 3, 4), { name: 'a.webp' })).toHaveLength(14);
  });
});
