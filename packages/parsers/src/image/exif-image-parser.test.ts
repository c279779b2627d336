import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { DETECT, type ArtifactDraft } from '@tamga/core';
import { expectRobust, probeOf, runParser } from '../testing/run-parser';
import { describeReadError, imageParser, impliedOffset } from './exif-image-parser';

const SAMPLES = {
  'DSCN0010.jpg': '17307b1207eb6487d7908e9d154890b46e3d2e0192369cfd3f4c33d5a5af4035',
  'Kodak_CX7530.jpg': 'ac759931999a215ef78469a82bdfc382ccba96eb8d039ec9e81e53a9a419d35e',
  'iphone_hdr_NO.jpg': 'eb81d33a9b1d1bea5d133483f918c2cc927161c0dda44c9fedfa4da87c8b1cc3',
  'Canon_40D.jpg': '6bfdabd4fc33d112283c147acccc574e770bbe6fbdbc3d4da968ba7b606ecc2f',
  'exifr_001.tif': '315b0c43230843df410ec7599454d3af5d03d3594d85dabc30a76776e2b2127d',
} as const;

async function sample(name: keyof typeof SAMPLES): Promise<string> {
  const path = new URL(`../../../../../shared/samples/exif/${name}`, import.meta.url).pathname;
  expect(
    createHash('sha256')
      .update(await readFile(path))
      .digest('hex'),
  ).toBe(SAMPLES[name]);
  return path;
}

// Tests read nested exifr output freely.
/* eslint-disable @typescript-eslint/no-explicit-any */
async function parse(name: keyof typeof SAMPLES, caseTimeZone = 'Asia/Almaty') {
  const run = await runParser(imageParser, await sample(name), { caseTimeZone });
  const image = run.artifacts.find((a) => a.key === 'image')!;
  const location = run.artifacts.find((a) => a.key === 'location:gps') as (ArtifactDraft & { fields: Record<string, any> }) | undefined;
  return { run, image: image as ArtifactDraft & { fields: Record<string, any> }, location };
}

const TOLERANCE = 9; // toBeCloseTo(x, 9): |Δ| < 5e-10, within the manifest's 1e-9°

describe('imageParser on the real samples', () => {
  it('detects images by magic bytes, and only by name otherwise', async () => {
    for (const name of Object.keys(SAMPLES) as Array<keyof typeof SAMPLES>) {
      expect(imageParser.detect(await probeOf(await sample(name)))).toBe(DETECT.CERTAIN);
    }
    expect(imageParser.detect({ head: new Uint8Array([1, 2, 3, 4]), name: 'photo.JPG', size: 4 })).toBe(DETECT.NAME_ONLY);
    expect(imageParser.detect({ head: new Uint8Array([1, 2, 3, 4]), name: 'notes.txt', size: 4 })).toBe(DETECT.NO);
    const heic = Buffer.from('\u0000\u0000\u0000\u0018ftypheic\u0000\u0000\u0000\u0000', 'latin1');
    expect(imageParser.detect({ head: heic, name: 'x', size: heic.length })).toBe(DETECT.CERTAIN);
  });

  it('DSCN0010.jpg: Nikon, little-endian, GPS with a UTC fix 22 h after the camera clock', async () => {
    const { run, image, location } = await parse('DSCN0010.jpg');
    expect(run.warnings).toEqual([]);
    expect(image.fields).toMatchObject({ format: 'jpeg', make: 'NIKON', model: 'COOLPIX P6000', width: 640, height: 480, orientation: 1 });
    // A naive local time read in the case zone (Almaty was UTC+6 in 2008), marked derived.
    expect(image.time).toEqual({ utc: '2008-10-22T10:28:39.000000Z', zone: 'Asia/Almaty', derived: true, raw: '2008:10:22 16:28:39' });
    expect(location!.fields.latitude).toBeCloseTo(43.46744833333334, TOLERANCE);
    expect(location!.fields.longitude).toBeCloseTo(11.885126666663888, TOLERANCE);
    expect(location!.fields).toMatchObject({
      latitudeRef: 'N',
      longitudeRef: 'E',
      altitude: null,
      altitudeRef: 0,
      mapDatum: 'WGS-84',
      mapDatumRaw: 'WGS-84   ',
      byteOrder: 'II',
      rawRationals: {
        GPSLatitude: ['43/1', '28/1', '281400000/100000000'],
        GPSLongitude: ['11/1', '53/1', '645599999/100000000'],
        GPSTimeStamp: ['14/1', '27/1', '724/100'],
      },
      tags: { GPSSatellites: '06' },
    });
    expect(location!.time).toEqual({ utc: '2008-10-23T14:27:07.240000Z', zone: 'UTC', raw: '2008:10:23 14/1 27/1 724/100' });
    expect(location!.fields.cameraClockMinusGpsSeconds).toBeCloseTo(-79108.24, 6);
    // The image says so too; 22 h off is no real offset, so none is implied.
    expect(image!.fields).toMatchObject({ gpsTime: '2008-10-23T14:27:07.240000Z', impliedOffset: null });
    expect(image!.fields.cameraClockMinusGpsSeconds).toBeCloseTo(-79108.24, 6);
  });

  it('Kodak_CX7530.jpg: southern hemisphere, minutes-only form, no GPS time', async () => {
    const { image, location } = await parse('Kodak_CX7530.jpg', 'UTC');
    expect(image.fields).toMatchObject({ make: 'EASTMAN KODAK COMPANY', width: 100, height: 78, dateTimeOriginal: '2005:08:13 09:47:23' });
    expect(image.time).toEqual({ utc: '2005-08-13T09:47:23.000000Z', zone: 'UTC', derived: true, raw: '2005:08:13 09:47:23' });
    expect(location!.fields.latitude).toBeCloseTo(-0.3713, TOLERANCE);
    expect(location!.fields.longitude).toBeCloseTo(36.056416666666664, TOLERANCE);
    expect(location!.fields).toMatchObject({
      latitudeRef: 'S',
      altitude: null,
      dateStamp: null,
      rawRationals: { GPSLatitude: ['0/1', '22278/1000', '0/1'] },
    });
    expect(location!.fields.tags.GPSVersionID).toEqual([2, 2, 0, 0]);
    // Without a GPS fix the location carries the camera time, derived like it.
    expect(location!.time).toEqual(image.time);
  });

  it('iphone_hdr_NO.jpg: big-endian, western longitude, altitude, sub-second camera time', async () => {
    const { image, location } = await parse('iphone_hdr_NO.jpg', 'Europe/Madrid');
    expect(image.fields).toMatchObject({ make: 'Apple', model: 'iPhone 6', width: 3264, height: 2448 });
    expect(image.time).toEqual({
      utc: '2015-04-10T18:12:23.016000Z',
      zone: 'Europe/Madrid',
      derived: true,
      raw: '2015:04:10 20:12:23.016',
    });
    expect(location!.fields.latitude).toBeCloseTo(40.44697222222222, TOLERANCE);
    expect(location!.fields.longitude).toBeCloseTo(-3.724752777777778, TOLERANCE);
    expect(location!.fields.altitude).toBeCloseTo(639.5878787878788, TOLERANCE);
    expect(location!.fields).toMatchObject({
      byteOrder: 'MM',
      longitudeRef: 'W',
      rawRationals: { GPSAltitude: ['105532/165'], GPSImgDirection: ['99837/469'], GPSDestBearing: ['15417/469'], GPSSpeed: ['0/1'] },
      tags: { GPSSpeedRef: 'K', GPSImgDirectionRef: 'T', GPSDestBearingRef: 'T' },
    });
    expect(location!.time).toMatchObject({ utc: '2015-04-10T18:12:22.060000Z', zone: 'UTC' });
    expect(location!.fields.cameraClockMinusGpsSeconds).toBeCloseTo(7200.956, 6);
    // MANIFEST.md: the implied offset is +02:00 (Madrid summer time); the capture time itself is not changed by it.
    expect(image!.fields).toMatchObject({ gpsTime: '2015-04-10T18:12:22.060000Z', impliedOffset: '+02:00' });
    expect(image!.time).toMatchObject({ utc: '2015-04-10T18:12:23.016000Z', zone: 'Europe/Madrid' });
  });

  it('implies an offset only within two minutes of a real one, between -12:00 and +14:00', () => {
    expect(impliedOffset(7200.956)).toBe('+02:00');
    expect(impliedOffset(19_800 - 95)).toBe('+05:30');
    expect(impliedOffset(-18_000 + 30)).toBe('-05:00');
    expect(impliedOffset(0.4)).toBe('+00:00');
    expect(impliedOffset(7200 + 600)).toBeNull();
    expect(impliedOffset(-79_108.24)).toBeNull();
    expect(impliedOffset(15 * 3600)).toBeNull();
    expect(impliedOffset(-13 * 3600)).toBeNull();
    expect(impliedOffset(undefined)).toBeNull();
  });

  it('Canon_40D.jpg: a GPS IFD with only the version is "no position", not (0, 0) and not an error', async () => {
    const { run, image, location } = await parse('Canon_40D.jpg');
    expect(location).toBeUndefined();
    expect(run.warnings).toEqual([]);
    expect(image.fields).toMatchObject({
      make: 'Canon',
      model: 'Canon EOS 40D',
      width: 100,
      height: 68,
      gpsIfdPresent: true,
      gpsPosition: null,
    });
    expect(image.time!.raw).toBe('2008:05:30 15:56:01.00');
  });

  it('exifr_001.tif: IFD0 at the end of the file, altitude below sea level, DJI XMP', async () => {
    const { image, location } = await parse('exifr_001.tif');
    expect(image.fields).toMatchObject({
      format: 'tiff',
      make: 'DJI',
      model: 'FLIR',
      width: 640,
      height: 512,
      dateTimeOriginal: '2017:11:07 18:56:07',
    });
    expect(image.fields.xmp['drone-dji']).toMatchObject({ AbsoluteAltitude: -8.074252, RelativeAltitude: 32.099998 });
    expect(location!.fields.latitude).toBeCloseTo(50.86259891666667, TOLERANCE);
    expect(location!.fields.longitude).toBeCloseTo(4.672542138888889, TOLERANCE);
    expect(location!.fields).toMatchObject({ altitude: -8, altitudeRef: 1, mapDatum: 'WGS-84', rawRationals: { GPSAltitude: ['80/10'] } });
  });

  it('warns that a JPEG cut short of its end-of-image marker may be incomplete, and keeps what its start holds', async () => {
    const whole = await readFile(await sample('iphone_hdr_NO.jpg'));
    const half = await runParser(imageParser, whole.subarray(0, 978_724), { name: 'half.jpg', caseTimeZone: 'Europe/Madrid' });
    expect(half.warnings).toEqual([
      'the JPEG does not end with its end-of-image marker (FF D9): the file may be incomplete (truncated), or other data follows the image; the metadata read from its start stands',
    ]);
    const image = half.artifacts.find((a) => a.key === 'image')!;
    const location = half.artifacts.find((a) => a.key === 'location:gps')!;
    expect(image.fields).toMatchObject({ make: 'Apple', model: 'iPhone 6', width: 3264, height: 2448 });
    expect(location.fields!.latitude).toBeCloseTo(40.44697222222222, TOLERANCE);

    // Zero or 0xFF bytes after the marker are padding some cameras add: no warning.
    for (const padding of [Buffer.alloc(70_000), Buffer.alloc(3, 0xff)]) {
      const padded = await runParser(imageParser, Buffer.concat([whole, padding]), { name: 'padded.jpg' });
      expect(padded.warnings).toEqual([]);
    }
    // Cut inside IFD0: exifr's complaint is put in words too.
    const dscn = await readFile(await sample('DSCN0010.jpg'));
    const early = await runParser(imageParser, dscn.subarray(0, 100), { name: 'early.jpg' });
    expect(early.warnings).toEqual([
      'metadata: an offset or length in it points past the end of the bytes that hold it, so part of it was not read; the file may be truncated or damaged (Invalid TIFF value offset. block: IFD0, tag: 10e, type: 2, offset 158 is outside of chunk size 88)',
      'the JPEG does not end with its end-of-image marker (FF D9): the file may be incomplete (truncated), or other data follows the image; the metadata read from its start stands',
    ]);
  });

  it('puts a segment that runs past the end of the bytes read in words, and leaves other messages as they are', () => {
    const unreachable =
      'Segment unreachable: {"offset":2,"length":11260,"headerLength":10,"start":12,"size":11250,"end":11262,"type":"tiff"}';
    expect(describeReadError(unreachable, 'jpeg', 3000)).toBe(
      `its EXIF segment (11260 bytes at offset 2) runs past the end of the file's 3000 bytes, so it was not read; the file may be truncated (${unreachable})`,
    );
    expect(describeReadError(unreachable, 'jpeg', 70_000_000, 8_388_608)).toMatch(
      /past the end of the first 8388608 bytes, the part of the file read/,
    );
    expect(describeReadError('IFD0 offset points to outside of file.\nthis.ifd0Offset: 900, file.byteLength: 800', 'tiff', 800)).toBe(
      "an offset or length in it points past the end of the file's 800 bytes, so part of it was not read; the file may be truncated or damaged (IFD0 offset points to outside of file. this.ifd0Offset: 900, file.byteLength: 800)",
    );
    expect(describeReadError('Unknown file format', 'jpeg', 10)).toBe('Unknown file format');
  });

  it('says a TIFF ends before its metadata, or that an offset points past its end, in words', async () => {
    const whole = await readFile(await sample('exifr_001.tif'));
    const half = await runParser(imageParser, whole.subarray(0, 339_512), { name: 'half.tif' });
    expect(half.warnings).toEqual([
      "the file ends before its metadata: IFD0 is at offset 677442, past the end of the file's 339512 bytes; the file may be truncated",
    ]);
    expect(half.artifacts.map((a) => a.key)).toEqual(['image']);
    expect(half.artifacts[0]!.fields).toMatchObject({ format: 'tiff', make: null });

    // IFD0 begins before the end, but its entries run past it.
    const inside = await runParser(imageParser, whole.subarray(0, 677_500), { name: 'inside.tif' });
    expect(inside.warnings).toEqual([
      "metadata: an offset or length in it points past the end of the file's 677500 bytes, so part of it was not read; the file may be truncated or damaged (Offset is outside the bounds of the DataView)",
    ]);
    // Cut inside IFD0's values, which is before the Exif and GPS blocks: those are lost too, and said so.
    const value = await runParser(imageParser, whole.subarray(0, 678_000), { name: 'value.tif' });
    expect(value.warnings).toEqual([
      "metadata: an offset or length in it points past the end of the file's 678000 bytes, so part of it was not read; the file may be truncated or damaged (Invalid typed array length: 982)",
      "Exif block cut short: the capture time and camera settings may be missing (it begins at offset 678,748, past the end of the file's 678,000 bytes; the file may be truncated or damaged)",
      "GPS block cut short: the position may be missing (it begins at offset 678,870, past the end of the file's 678,000 bytes; the file may be truncated or damaged)",
    ]);
  });

  it('says an Exif or GPS block after IFD0 is cut short, which exifr passes over in silence', async () => {
    const tif = await readFile(await sample('exifr_001.tif'));
    const inGps = await runParser(imageParser, tif.subarray(0, 678_900), { name: 'gps.tif' });
    expect(inGps.artifacts.map((a) => a.key)).toEqual(['image']);
    expect(inGps.artifacts[0]!.fields).toMatchObject({ make: 'DJI', dateTimeOriginal: '2017:11:07 18:56:07', gpsPosition: null });
    expect(inGps.warnings).toEqual([
      "GPS block cut short: the position may be missing (its 7 entries, from offset 678,870, run past the end of the file's 678,900 bytes; the file may be truncated or damaged)",
    ]);

    // A JPEG cut inside its EXIF segment, little-endian (DSCN0010) and big-endian (iPhone).
    const dscn = await readFile(await sample('DSCN0010.jpg'));
    const dscnCut = await runParser(imageParser, dscn.subarray(0, 12 + 1_100), { name: 'dscn.jpg' });
    expect(dscnCut.warnings).toEqual([
      'Exif block cut short: MakerNote may be missing or incomplete (the value of MakerNote, 3,298 bytes at offset 1,146 of the EXIF data, runs past the end of the 1,100 bytes of EXIF data before the file ends; the file may be truncated or damaged)',
      'GPS block cut short: GPSTimeStamp may be missing or incomplete (the value of GPSTimeStamp, 24 bytes at offset 1,100 of the EXIF data, runs past the end of the 1,100 bytes of EXIF data before the file ends; the file may be truncated or damaged)',
      'Thumbnail block (IFD1) cut short: the embedded thumbnail may be missing (it begins at offset 4,454 of the EXIF data, past the end of the 1,100 bytes of EXIF data before the file ends; the file may be truncated or damaged)',
      'the JPEG does not end with its end-of-image marker (FF D9): the file may be incomplete (truncated), or other data follows the image; the metadata read from its start stands',
    ]);
    // The position lies before the cut and is kept; the fix time after it is not.
    const location = dscnCut.artifacts.find((a) => a.key === 'location:gps')!;
    expect(location.fields!.latitude).toBeCloseTo(43.46744833333334, TOLERANCE);
    const iphone = await readFile(await sample('iphone_hdr_NO.jpg'));
    const iphoneCut = await runParser(imageParser, iphone.subarray(0, 12 + 1_700), { name: 'iphone.jpg' });
    expect(iphoneCut.artifacts.map((a) => a.key)).toEqual(['image']);
    expect(iphoneCut.warnings.slice(0, 2)).toEqual([
      'GPS block cut short: the position may be missing (its 14 entries, from offset 1,622 of the EXIF data, run past the end of the 1,700 bytes of EXIF data before the file ends; the file may be truncated or damaged)',
      'Thumbnail block (IFD1) cut short: the embedded thumbnail may be missing (it begins at offset 1,912 of the EXIF data, past the end of the 1,700 bytes of EXIF data before the file ends; the file may be truncated or damaged)',
    ]);
  });

  it('gives no warning on any of the samples, whole', async () => {
    for (const name of Object.keys(SAMPLES) as Array<keyof typeof SAMPLES>) {
      expect((await runParser(imageParser, await sample(name), { caseTimeZone: 'UTC' })).warnings, name).toEqual([]);
    }
  });

  it('survives truncated, corrupted and random variants', async () => {
    for (const name of ['DSCN0010.jpg', 'exifr_001.tif'] as const) {
      const outcomes = await expectRobust(imageParser, await readFile(await sample(name)), { name });
      expect(outcomes).toHaveLength(14);
    }
  });
});
