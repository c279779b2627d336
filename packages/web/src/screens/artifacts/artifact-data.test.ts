// The readers of artefact fields the views share: an e-mail address as its header wrote it, and a call's one-line
// summary, whose length is written by the one duration formatter.
import i18next from 'i18next';
import { describe, expect, it } from 'vitest';
import * as communications from './artifacts.communications.locale';
import * as files from './artifacts.files.locale';
import * as types from '../../artifact-types.locale';
import { addressAsWritten, ARTIFACT_TYPES, isArtifactType, previewOf, type Artifact } from './artifact-data';

describe('addressAsWritten', () => {
  const fields = { writtenAs: { 'email:ivan.petrov@mail.kz': 'Ivan.Petrov@Mail.KZ' } };

  it("gives the address as the e-mail's header wrote it, where the e-mail kept one", () => {
    expect(addressAsWritten('email:ivan.petrov@mail.kz', fields)).toBe('Ivan.Petrov@Mail.KZ');
  });

  it('gives the account without its prefix for any other address, and where the e-mail kept none', () => {
    expect(addressAsWritten('email:aigul@mail.kz', fields)).toBe('aigul@mail.kz');
    expect(addressAsWritten('email:ivan.petrov@mail.kz', {})).toBe('ivan.petrov@mail.kz');
    expect(addressAsWritten('email:ivan.petrov@mail.kz', null)).toBe('ivan.petrov@mail.kz');
    expect(addressAsWritten('email:ivan.petrov@mail.kz', { writtenAs: ['Ivan.Petrov@Mail.KZ'] })).toBe('ivan.petrov@mail.kz');
    expect(addressAsWritten('email:ivan.petrov@mail.kz', { writtenAs: { 'email:ivan.petrov@mail.kz': 7 } })).toBe('ivan.petrov@mail.kz');
  });
});

describe("a call's summary", () => {
  const call = (fields: Record<string, unknown>) => ({ type: 'call', fields, actors: [], text: null }) as unknown as Artifact;

  it('writes the length in days, hours, minutes and seconds, in English and Russian', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: {
        en: { artifacts: { ...files.en, ...communications.en } },
        ru: { artifacts: { ...files.ru, ...communications.ru } },
      },
      lng: 'en',
      interpolation: { escapeValue: false },
    });
    const en = i18n.getFixedT('en');
    expect(previewOf(call({ durationSeconds: 3725 }), en)).toBe('Call, 1 h 2 min 5 s');
    expect(previewOf(call({ durationSeconds: 42 }), en)).toBe('Call, 42 s');
    expect(previewOf(call({ durationSeconds: 90_061 }), en)).toBe('Call, 1 d 1 h 1 min 1 s');
    expect(previewOf(call({ durationSeconds: 3725, missed: true }), en)).toBe('Missed call');
    expect(previewOf(call({}), en)).toBe('Call');
    expect(previewOf(call({ durationSeconds: 3725 }), i18n.getFixedT('ru'))).toBe('Звонок, 1 ч 2 мин 5 с');
  });
});

describe('a bookmark', () => {
  const bookmark = (fields: Record<string, unknown>, text: string | null = null) =>
    ({ type: 'bookmark', fields, actors: [], text }) as unknown as Artifact;

  it('is a type the browser lists and names, in English and Russian', async () => {
    expect(isArtifactType('bookmark')).toBe(true);
    expect(ARTIFACT_TYPES).toContain('bookmark');
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: { en: { 'artifact-types': types.en }, ru: { 'artifact-types': types.ru } },
      lng: 'en',
      interpolation: { escapeValue: false },
    });
    expect(i18n.getFixedT('en')('artifact-types:names.bookmark')).toBe('Bookmark');
    expect(i18n.getFixedT('en')('artifact-types:bookmark', { count: 91 })).toBe('91 bookmarks');
    expect(i18n.getFixedT('ru')('artifact-types:names.bookmark')).toBe('Закладка');
    expect(i18n.getFixedT('ru')('artifact-types:bookmark', { count: 91 })).toBe('91 закладка');
    expect(i18n.getFixedT('ru')('artifact-types:bookmark', { count: 5 })).toBe('5 закладок');
  });

  it('is summed up by its title and address, like a visit', () => {
    const t = ((key: string) => key) as never;
    const url = 'place:sort=14&type=6&maxResults=10&queryType=1';
    expect(previewOf(bookmark({ title: 'Recent Tags', url, folderPath: 'Bookmarks Menu' }), t)).toBe(`Recent Tags — ${url}`);
    expect(previewOf(bookmark({ title: null, url: 'https://kaspi.kz/' }), t)).toBe('https://kaspi.kz/');
    expect(previewOf(bookmark({ folderPath: 'Bookmarks Menu' }), t)).toBe('Bookmarks Menu');
  });
});
