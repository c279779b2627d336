import { describe, expect, it } from 'vitest';
import { SearchQuery, TimelineQuery } from './analysis-schemas';
import { Artifact, ArtifactQuery } from './processing-schemas';

describe('artefact types in the contract', () => {
  const bookmark = {
    id: 'a1',
    caseId: 'c1',
    itemId: 'i1',
    parserId: 'browser.firefox',
    parserVersion: '3',
    ordinal: 2,
    type: 'bookmark',
    at: '2011-07-01T11:13:59.266344Z',
    zone: 'UTC',
    time: { utc: '2011-07-01T11:13:59.266344Z', zone: 'UTC', raw: '1309518839266344' },
    actors: [],
    text: 'Recent Tags\nplace:sort=14&type=6&maxResults=10&queryType=1',
    fields: { title: 'Recent Tags', url: 'place:sort=14&type=6&maxResults=10&queryType=1', savedQuery: true, folderPath: 'Bookmarks Menu' },
    locator: { table: 'moz_bookmarks', row: 7 },
  };

  it('take a bookmark as an artefact, and as a type to list, search and put on the timeline', () => {
    expect(Artifact.parse(bookmark)).toEqual(bookmark);
    expect(ArtifactQuery.parse({ type: 'bookmark' })).toEqual({ type: 'bookmark' });
    expect(SearchQuery.parse({ q: 'tags', types: 'web_visit,bookmark' }).types).toEqual(['web_visit', 'bookmark']);
    expect(TimelineQuery.parse({ types: 'bookmark' }).types).toEqual(['bookmark']);
  });

  it('refuse a type that is not one', () => {
    expect(ArtifactQuery.safeParse({ type: 'bookmarks' }).success).toBe(false);
    expect(Artifact.safeParse({ ...bookmark, type: 'favourite' }).success).toBe(false);
  });
});
