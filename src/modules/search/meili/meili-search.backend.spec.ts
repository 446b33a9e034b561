import { IdeaStatus, PostKind, PostStatus } from '../../posts/content.enums';
import { meiliFilter, meiliSettings, toMeiliDocument } from './meili-search.backend';
import type { SearchDocument } from '../search-document';

/**
 * The Meilisearch adapter's pure parts, checked without a server (the contract suite runs the
 * adapter against a live one when MEILI_URL is set): what a document carries and how the
 * filters are written.
 */
const idea: SearchDocument = {
  id: 7,
  title: 'ノーコードで備品管理',
  body: '',
  tags: [],
  answers: '',
  kind: PostKind.IDEA,
  status: PostStatus.OPEN,
  ideaStatus: IdeaStatus.ADOPTED,
  departmentId: 1,
  authorId: 2,
  answerCount: 0,
  featured: false,
  boost: 0,
  createdAt: '2026-06-01T00:00:00.000Z',
  updatedAt: '2026-06-01T00:00:00.000Z',
};

describe('Meilisearch adapter: an idea’s status', () => {
  it('is part of the document (null for the other kinds) and filterable', () => {
    expect(toMeiliDocument(idea).ideaStatus).toBe('ADOPTED');
    expect(toMeiliDocument({ ...idea, kind: PostKind.QUESTION, ideaStatus: null }).ideaStatus).toBeNull();
    expect(meiliSettings([]).filterableAttributes).toContain('ideaStatus');
  });

  it('is written as a filter next to the kind', () => {
    expect(meiliFilter({ kind: PostKind.IDEA, ideaStatus: IdeaStatus.UNDER_REVIEW })).toEqual(['kind = "IDEA"', 'ideaStatus = "UNDER_REVIEW"']);
    expect(meiliFilter({ kind: PostKind.IDEA })).toEqual(['kind = "IDEA"']);
  });
});
