// A chat message's file found among the exhibits by path: a WhatsApp archive's member among its derived items, a
// Telegram export's media beside result.json, read relative to its folder.
import { describe, expect, it } from 'vitest';
import { chatFileOf, exhibitOf, resolveBeside } from './chat-media';

const exhibit = (exhibitNumber: string, originalPath: string) => ({ id: exhibitNumber, exhibitNumber, originalPath });

describe('resolveBeside', () => {
  it('reads a path relative to the folder of the item', () => {
    expect(resolveBeside('result.json', 'photos/photo_1@01-03-2024_10-00-00.jpg')).toBe('photos/photo_1@01-03-2024_10-00-00.jpg');
    expect(resolveBeside('ChatExport_2024-03-01/result.json', 'photos/a.jpg')).toBe('ChatExport_2024-03-01/photos/a.jpg');
    expect(resolveBeside('a/result.json', 'photos\\x.jpg')).toBe('a/photos/x.jpg');
  });

  it('refuses a path that is absolute, a URL, or leaves the parent', () => {
    expect(resolveBeside('result.json', '/etc/passwd')).toBeNull();
    expect(resolveBeside('result.json', 'C:\\photos\\x.jpg')).toBeNull();
    expect(resolveBeside('result.json', 'https://t.me/x.jpg')).toBeNull();
    expect(resolveBeside('result.json', '../x.jpg')).toBeNull();
    expect(resolveBeside('result.json', '.')).toBeNull();
    expect(resolveBeside('\\\\server\\share\\result.json', '\\\\server\\x.jpg')).toBeNull();
    expect(resolveBeside('result.json', 'D:photos/x.jpg')).toBeNull();
    expect(resolveBeside('result.json', 'file:///etc/passwd')).toBeNull();
    expect(resolveBeside('result.json', 'data:image/png;base64,AAAA')).toBeNull();
  });

  it('refuses any . or .. segment, even one that stays inside the parent', () => {
    expect(resolveBeside('export/result.json', '../other-phone/x.jpg')).toBeNull();
    expect(resolveBeside('a/b/result.json', './files/../photos/x.jpg')).toBeNull();
    expect(resolveBeside('a/result.json', '..\\b\\x.jpg')).toBeNull();
    expect(resolveBeside('a/result.json', 'photos/./x.jpg')).toBeNull();
    expect(resolveBeside('a/result.json', './x.jpg')).toBeNull();
    expect(resolveBeside('a/result.json', 'photos/..')).toBeNull();
    expect(resolveBeside('a/result.json', 'photos//x.jpg')).toBeNull();
    expect(resolveBeside('a/result.json', 'photos/')).toBeNull();
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

  it('is not an exhibit outside the export folder, even one under the same parent', () => {
    const file = chatFileOf({ parserId: 'telegram.json', fields: { media: { kind: 'photo', path: '../other-phone/x.jpg' } } })!;
    const beside = [exhibit('EXH-004/1', 'export/result.json'), exhibit('EXH-004/2', 'other-phone/x.jpg')];
    expect(exhibitOf(file, { originalPath: 'export/result.json', parentId: 'folder' }, undefined, beside)).toBeUndefined();
  });

  it('prefers the exhibit of exactly the path to one whose letters are only composed differently', () => {
    const nfc = 'photos/café.jpg'.normalize('NFC');
    const nfd = 'photos/café.jpg'.normalize('NFD');
    const both = [exhibit('EXH-005/1', nfd), exhibit('EXH-005/2', nfc)];
    const item = { originalPath: 'result.json', parentId: 'folder' };
    const media = (path: string) => chatFileOf({ parserId: 'telegram.json', fields: { media: { kind: 'photo', path } } })!;
    expect(exhibitOf(media(nfc), item, undefined, both)?.exhibitNumber).toBe('EXH-005/2');
    expect(exhibitOf(media(nfd), item, undefined, both)?.exhibitNumber).toBe('EXH-005/1');
    const children = [exhibit('EXH-006/1', nfd), exhibit('EXH-006/2', nfc)];
    const member = chatFileOf({ parserId: 'whatsapp.zip', fields: { attachment: { fileName: 'café.jpg', member: nfc } } })!;
    expect(exhibitOf(member, undefined, children, undefined)?.exhibitNumber).toBe('EXH-006/2');
  });

  it('is none when the path matches more than one exhibit only once the letters are composed alike', () => {
    const decomposed = 'photos/café.jpg'.normalize('NFD');
    const twice = [exhibit('EXH-007/1', decomposed), exhibit('EXH-007/2', 'photos\\café.jpg'.normalize('NFD'))];
    const file = chatFileOf({ parserId: 'telegram.json', fields: { media: { kind: 'photo', path: 'photos/café.jpg'.normalize('NFC') } } })!;
    expect(exhibitOf(file, { originalPath: 'result.json', parentId: 'folder' }, undefined, twice)).toBeUndefined();
    const once = [exhibit('EXH-007/3', decomposed), exhibit('EXH-007/4', 'photos/other.jpg')];
    expect(exhibitOf(file, { originalPath: 'result.json', parentId: 'folder' }, undefined, once)?.exhibitNumber).toBe('EXH-007/3');
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

  it('of a chat file is looked for only under a bare file name', () => {
    const beside = [
      exhibit('EXH-009/1', 'chats/sam/WhatsApp Chat with Sam.txt'),
      exhibit('EXH-009/2', 'chats/x.jpg'),
      exhibit('EXH-009/3', 'chats/sam/sub/x.jpg'),
    ];
    const item = { originalPath: 'chats/sam/WhatsApp Chat with Sam.txt', parentId: 'folder' };
    for (const fileName of ['../x.jpg', 'sub/x.jpg', 'sub\\x.jpg', '..\\x.jpg', '..', '.', '/x.jpg', 'C:x.jpg']) {
      const file = chatFileOf({ parserId: 'whatsapp.txt', fields: { attachment: { fileName, member: null } } })!;
      expect(file).toMatchObject({ name: fileName, lookIn: null, path: null });
      expect(exhibitOf(file, item, undefined, beside)).toBeUndefined();
    }
  });

  it('is no file at all for a message that names none', () => {
    expect(chatFileOf({ parserId: 'whatsapp.zip', fields: { mediaOmitted: '<Media omitted>' } })).toBeNull();
  });
});
