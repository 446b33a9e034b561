import { translate, type MessageKey, type TranslateVars } from '../../i18n';
import { isEarlierReport, parsePostRef, reportTargetPath, validateReport } from './moderationModel';

const t = (key: MessageKey, vars?: TranslateVars) => translate('ja', key, vars);

describe('parsePostRef (the original of a duplicate)', () => {
  it.each([
    ['123', '123'],
    [' #123 ', '123'],
    ['/posts/123', '123'],
    ['/posts/123#answer-9', '123'],
    ['https://banso.city.kaede.lg.jp/posts/0123?x=1', '123'],
    ['http://localhost:5173/posts/7/edit', '7'],
  ])('%s → %s', (input, id) => expect(parsePostRef(input)).toBe(id));

  it.each(['', 'abc', '/users/12', 'https://example.com/', '12a'])('refuses %p', (input) => expect(parsePostRef(input)).toBeNull());
});

describe('validateReport', () => {
  it('needs a reason', () => expect(validateReport(null, '', t)).toEqual({ reason: '理由を選んでください' }));
  it('needs a note for その他 only', () => {
    expect(validateReport('OTHER', '  ', t)).toEqual({ note: '「その他」のときは、どこが問題かをメモに書いてください' });
    expect(validateReport('SPAM', '', t)).toEqual({});
  });
  it('counts characters as the server does', () => {
    expect(validateReport('SPAM', '𠮷'.repeat(1000), t)).toEqual({});
    expect(validateReport('SPAM', 'あ'.repeat(1001), t)).toEqual({ note: '1000文字以内で入力してください' });
  });
});

describe('reportTargetPath', () => {
  it('links an answer on its post, and a post or a comment to the post', () => {
    expect(reportTargetPath({ targetType: 'ANSWER', targetId: '9', post: { id: '3' } })).toBe('/posts/3#answer-9');
    expect(reportTargetPath({ targetType: 'COMMENT', targetId: '4', post: { id: '3' } })).toBe('/posts/3');
    expect(reportTargetPath({ targetType: 'POST', targetId: '3', post: null })).toBeNull();
  });
});

describe('isEarlierReport', () => {
  const now = Date.parse('2026-12-01T00:00:00.000Z');
  it('tells an earlier report from the one just filed (allowing for clock skew)', () => {
    expect(isEarlierReport('2026-11-30T00:00:00.000Z', now)).toBe(true);
    expect(isEarlierReport('2026-11-30T23:59:30.000Z', now)).toBe(false);
    expect(isEarlierReport('not a date', now)).toBe(false);
  });
});
