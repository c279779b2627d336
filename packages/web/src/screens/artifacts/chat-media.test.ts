// A chat message's file found among the exhibits by path: a WhatsApp archive's member among its derived items, a
// Telegram export's media beside result.json, read relative to its folder.
import { describe, expect, it } from 'vitest';
import { chatFileOf, exhibitOf, resolveBeside } from './chat-media';

const exhibit = (exhibitNumber: string, originalPath: string) => ({ id: exhibitNumber, exhibitNumber, originalPath });

describe('resolveBeside', () => {
  it('reads a path relative to the folder of the item', () => {
    expect(resolveBeside('result.json', 'photos/photo_1@01-03-2024_10-00-00.jpg')).toBe('photos/photo_1@01-03-2024_10-00-00.jpg');
    expect(resolveBeside('ChatExport_2024-03-01/result.json', 'photos/a.jpg')).toBe('ChatExport_2024-03-01/photos/a.jpg');
    expect(resolveBeside('a/b/result.json', './files/../photos/x.jpg')).toBe('a/b/photos/x.jpg');
    expect(resolveBeside('a/result.json', '..\\b\\x.jpg')).toBe('b/x.jpg');
  });

  it('refuses a path that is absolute, a URL, or leaves the parent', () => {
    expect(resolveBeside('result.json', '/etc/passwd')).toBeNull();
    expect(resolveBeside('result.json', 'C:\\photos\\x.jpg')).toBeNull();
    expect(resolveBeside('result.json', 'https://t.me/x.jpg')).toBeNull();
    expect(resolveBeside('result.json', '../x.jpg')).toBeNull();
    expect(resolveBeside('result.json', '.')).toBeNull();
  });
});

describe('the exhibit of a Telegram export’s media', () => {
  const photo = { parserId: 'telegram.json', fields: { media: { kind: 'photo', path: 'photos/photo_1@01-03-2024_10-00-00.jpg' } } };
  const siblings = [exhibit('EXH-001/1', 'photos/photo_1@01-03-2024_10-00-00.jpg'), exhibit('EXH-001/2', 'result.json')];

  it('is the item beside result.json under the path relative to its folder', () => {
    const file = chatFileOf(photo)!;
    expect(file).toEqual({
      kind: 'photo',
      name: 'photos/photo_1@01-03-2024_10-00-00.jpg',
      lookIn: 'siblings',
      path: photo.fields.media.path,
      missing: false,
    });
    expect(exhibitOf(file, { originalPath: 'result.json', parentId: 'folder' }, undefined, siblings)?.exhibitNumber).toBe('EXH-001/1');
  });

  it('is found when the folder taken in holds the export in a folder of its own, and whatever the form of the letters', () => {
    const nested = [exhibit('EXH-003/7', 'Экспорт/photos/фото.jpg'.normalize('NFD'))];
    const file = chatFileOf({ parserId: 'telegram.json', fields: { media: { kind: 'photo', path: 'photos/фото.jpg' } } })!;
    expect(exhibitOf(file, { originalPath: 'Экспорт/result.json', parentId: 'folder' }, undefined, nested)?.exhibitNumber).toBe(
      'EXH-003/7',
    );
  });

  it('is none for a result.json taken in on its own, or a file not beside it', () => {
    const file = chatFileOf(photo)!;
    expect(exhibitOf(file, { originalPath: '/cases/result.json', parentId: null }, undefined, siblings)).toBeUndefined();
    expect(exhibitOf(file, { originalPath: 'other/result.json', parentId: 'folder' }, undefined, siblings)).toBeUndefined();
    expect(exhibitOf(file, undefined, undefined, siblings)).toBeUndefined();
  });

  it('is not looked for when the export left the file out', () => {
    const file = chatFileOf({
      parserId: 'telegram.json',
      fields: {
        media: { kind: 'video_file', path: '(File not included. Change data exporting settings to download.)', missing: 'not_included' },
      },
    })!;
    expect(file).toMatchObject({ kind: 'video_file', lookIn: null, path: null, missing: true });
    expect(exhibitOf(file, { originalPath: 'result.json', parentId: 'folder' }, undefined, siblings)).toBeUndefined();
  });
});

describe('the exhibit of a WhatsApp attachment', () => {
  const children = [exhibit('EXH-008/1', '00000042-PHOTO-2024-03-01.jpg'), exhibit('EXH-008/2', 'media/00000043-VIDEO.mp4')];

  it('is the derived item of the archive under the member path', () => {
    const file = chatFileOf({
      parserId: 'whatsapp.zip',
      fields: { attachment: { fileName: '00000043-VIDEO.mp4', member: 'media/00000043-VIDEO.mp4' } },
    })!;
    expect(file).toEqual({ kind: null, name: '00000043-VIDEO.mp4', lookIn: 'children', path: 'media/00000043-VIDEO.mp4', missing: false });
    expect(exhibitOf(file, undefined, children, undefined)?.exhibitNumber).toBe('EXH-008/2');
  });

  it('is missing from the export when the archive has no member of its name', () => {
    const file = chatFileOf({ parserId: 'whatsapp.zip', fields: { attachment: { fileName: '00000044-PHOTO.jpg', member: null } } })!;
    expect(file).toMatchObject({ lookIn: null, missing: true });
    expect(exhibitOf(file, undefined, children, undefined)).toBeUndefined();
  });

  it('of a chat file taken in with its folder is the file of its name beside it', () => {
    const file = chatFileOf({ parserId: 'whatsapp.txt', fields: { attachment: { fileName: 'IMG-1.jpg', member: null } } })!;
    expect(file).toMatchObject({ lookIn: 'siblings', path: 'IMG-1.jpg', missing: false });
    const beside = [exhibit('EXH-002/1', 'chat/WhatsApp Chat with Sam.txt'), exhibit('EXH-002/2', 'chat/IMG-1.jpg')];
    expect(exhibitOf(file, { originalPath: 'chat/WhatsApp Chat with Sam.txt', parentId: 'folder' }, undefined, beside)?.exhibitNumber).toBe(
      'EXH-002/2',
    );
  });

  it('is no file at all for a message that names none', () => {
    expect(chatFileOf({ parserId: 'whatsapp.zip', fields: { mediaOmitted: '<Media omitted>' } })).toBeNull();
  });
});
