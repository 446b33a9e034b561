import { insertMention, mentionQueryAt } from './mentionQuery';

describe('mentionQueryAt', () => {
  it.each([
    ['@', { start: 0, query: '' }],
    ['こんにちは @yama', { start: 6, query: 'yama' }],
    ['（@山田', { start: 1, query: '山田' }],
    ['詳しい方\n@sato', { start: 5, query: 'sato' }],
  ])('suggests for %j', (text, expected) => {
    expect(mentionQueryAt(text, text.length)).toEqual(expected);
  });

  it.each([['staff01@example.lg.jp'], ['@yama taro'], ['`@code'], ['```\n@inside'], ['no at sign']])('does not suggest for %j', (text) => {
    expect(mentionQueryAt(text, text.length)).toBeNull();
  });

  it('looks only before the caret', () => {
    expect(mentionQueryAt('@yama と @sato', 5)).toEqual({ start: 0, query: 'yama' });
  });
});

describe('insertMention', () => {
  it('replaces the partial name (and its remainder after the caret) with the handle and a space', () => {
    expect(insertMention('相談です @ya よろしく', 5, 8, 'yamada.taro')).toEqual({ text: '相談です @yamada.taro  よろしく', caret: 18 });
    expect(insertMention('@yam', 0, 2, 'yamada')).toEqual({ text: '@yamada ', caret: 8 });
  });
});
