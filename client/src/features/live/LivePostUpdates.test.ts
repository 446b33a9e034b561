import { anchorOf, writtenBy } from './LivePostUpdates';
import type { PostDetailQuery } from '../../gql/graphql';

type Post = NonNullable<PostDetailQuery['post']>;

const post = {
  comments: [{ id: 'c1', author: { id: '7' } }],
  answers: [
    { id: 'a1', author: { id: '7' }, comments: [{ id: 'c2', author: { id: '8' } }] },
    { id: 'a2', author: null, comments: [] },
  ],
} as unknown as Post;

const at = '2026-04-01T00:00:00.000Z';

describe('live post page helpers', () => {
  it('finds the element of a new answer or comment (the ids notification links use)', () => {
    expect(anchorOf({ kind: 'ANSWER', answerId: '12', commentId: null })).toBe('answer-12');
    expect(anchorOf({ kind: 'COMMENT', answerId: '12', commentId: '30' })).toBe('comment-30');
    expect(anchorOf({ kind: 'COMMENT', answerId: null, commentId: null })).toBeNull();
  });

  it('knows what the viewer wrote themselves (no 「新しい回答」 for it)', () => {
    const a = (kind: 'ANSWER' | 'COMMENT', id: string) => ({
      postId: '1',
      kind,
      answerId: kind === 'ANSWER' ? id : null,
      commentId: kind === 'COMMENT' ? id : null,
      at,
    });
    expect(writtenBy(post, a('ANSWER', 'a1'), '7')).toBe(true);
    expect(writtenBy(post, a('ANSWER', 'a1'), '8')).toBe(false);
    expect(writtenBy(post, a('ANSWER', 'a2'), '7')).toBe(false);
    expect(writtenBy(post, a('COMMENT', 'c1'), '7')).toBe(true);
    expect(writtenBy(post, a('COMMENT', 'c2'), '8')).toBe(true);
    expect(writtenBy(post, a('COMMENT', 'c2'), null)).toBe(false);
    expect(writtenBy(null, a('ANSWER', 'a1'), '7')).toBe(false);
  });
});
