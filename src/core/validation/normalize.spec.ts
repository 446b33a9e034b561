import { AppError } from '../errors/app-error';
import {
  assertNoBidi,
  isInvisibleOnly,
  isValidEvidence,
  normalizeTag,
  normalizeTags,
  optionalSingleLine,
  pageSize,
  parseId,
  rejectNull,
  requireSingleLine,
  requireText,
} from './normalize';

/** The error a call throws (fails the test when it does not throw). */
function thrown(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    return e as AppError;
  }
  throw new Error('expected an error');
}

describe('tag normalisation', () => {
  it('folds full-width, half-width kana and case so one tag has one spelling', () => {
    expect(normalizeTag('ＲＰＡ')).toBe('rpa');
    expect(normalizeTag(' ｶﾅ ')).toBe('カナ');
    expect(normalizeTag('Microsoft　365')).toBe('microsoft 365');
    expect(normalizeTag('#kintone')).toBe('kintone');
  });

  it('drops duplicates and empties, and enforces the maximum count', () => {
    expect(normalizeTags(['RPA', 'ｒｐａ', '', ' AI-OCR '], 5, 30)).toEqual([
      { key: 'rpa', label: 'RPA' },
      { key: 'ai-ocr', label: 'AI-OCR' },
    ]);
    expect(() => normalizeTags(['a', 'b', 'c', 'd', 'e', 'f'], 5, 30)).toThrow('タグは5個までです。');
    expect(() => normalizeTags(['a,b'], 5, 30)).toThrow(/使えない文字/);
  });
});

describe('text input', () => {
  it('requires non-blank text and counts characters, not bytes', () => {
    expect(() => requireText('   ', 'タイトル', 10, 'title')).toThrow('タイトルを入力してください。');
    expect(requireText('窓口'.repeat(5), 'タイトル', 10, 'title')).toBe('窓口窓口窓口窓口窓口');
    expect(() => requireText('窓口'.repeat(6), 'タイトル', 10, 'title')).toThrow('タイトルは10文字以内で入力してください。');
  });
});

describe('parseId', () => {
  it('accepts positive decimal ids only', () => {
    expect(parseId('42')).toBe(42);
    expect(parseId('0')).toBeNull();
    expect(parseId('1e3')).toBeNull();
    expect(parseId('1 OR 1=1')).toBeNull();
  });
});

describe('one-line fields (titles, names)', () => {
  const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];

  it('accepts ordinary Japanese text, trimmed, with tabs and inner spaces kept', () => {
    expect(requireSingleLine('  窓口の申請書をオンライン化したい　', 'タイトル', 150, 'title')).toBe('窓口の申請書をオンライン化したい');
    expect(requireSingleLine('RPA 導入\t報告', 'タイトル', 150, 'title')).toBe('RPA 導入\t報告');
    // Emoji sequences use ZWJ and variation selectors: visible, so fine.
    expect(requireSingleLine('チーム👨‍👩‍👧 ❤️', 'タイトル', 150, 'title')).toBe('チーム👨‍👩‍👧 ❤️');
  });

  it.each(BIDI.map((c) => [c.codePointAt(0)!.toString(16).toUpperCase(), c]))('refuses the bidi control U+%s with BAD_USER_INPUT', (_hex, c) => {
    const e = thrown(() => requireSingleLine(`請求書${c}fdp.exe`, 'タイトル', 150, 'title'));
    expect(e.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'title' });
    expect(e.message).toMatch(/表示順を変える制御文字/);
  });

  it.each([
    ['LF', 'a\nb'],
    ['CR', 'a\rb'],
    ['CRLF', 'a\r\nb'],
    ['LS', 'a\u2028b'],
    ['PS', 'a\u2029b'],
    ['NEL', 'a\u0085b'],
  ])('refuses a line break (%s) inside, but trims one at the ends', (_n, v) => {
    const e = thrown(() => requireSingleLine(v, 'スキル名', 60, 'name'));
    expect(e.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'name' });
    expect(e.message).toBe('スキル名に改行は使えません。1行で入力してください。');
    expect(requireSingleLine('生成AI活用\r\n', 'スキル名', 60, 'name')).toBe('生成AI活用');
  });

  it('refuses control characters, including C1 and DEL', () => {
    for (const c of ['\u0001', '\u007F', '\u009B']) expect(thrown(() => requireSingleLine(`a${c}b`, 'バッジ名', 40, 'name')).message).toMatch(/制御文字/);
  });

  it.each([
    ['zero-width space', '\u200B'],
    ['ZWNJ + ZWJ', '\u200C\u200D'],
    ['word joiner', '\u2060'],
    ['BOM between ZWSPs', '\u200B\uFEFF\u200B'],
    ['Hangul fillers', '\u3164\u115F\u1160'],
    ['ideographic space and ZWSP', '\u3000\u200B\u3000'],
    ['soft hyphen', '\u00AD'],
  ])('refuses a title that is only invisible characters (%s)', (_n, v) => {
    expect(isInvisibleOnly(v)).toBe(true);
    const e = thrown(() => requireSingleLine(v, 'タイトル', 150, 'title'));
    expect(e.extensions?.code).toBe('BAD_USER_INPUT');
    expect(e.message).toMatch(/^タイトル(が見えない文字|を入力して)/);
  });

  it('keeps invisible characters next to visible ones (the text is still readable)', () => {
    expect(isInvisibleOnly('a\u200B')).toBe(false);
    expect(requireSingleLine('申請\u200B書', 'タイトル', 150, 'title')).toBe('申請\u200B書');
  });

  it('optional one-line fields: blank is null, otherwise the same rules', () => {
    expect(optionalSingleLine(undefined, '説明', 300, 'summary')).toBeNull();
    expect(optionalSingleLine(null, '説明', 300, 'summary')).toBeNull();
    expect(optionalSingleLine('  ', '説明', 300, 'summary')).toBeNull();
    expect(optionalSingleLine(' 生成AIの業務利用 ', '説明', 300, 'summary')).toBe('生成AIの業務利用');
    expect(thrown(() => optionalSingleLine('a\nb', '説明', 300, 'summary')).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'summary' });
  });

  it('any required text (bodies, answers, comments too) made only of invisible characters counts as empty', () => {
    expect(thrown(() => requireText('\u200B\n\u200D', '本文', 100, 'body')).message).toBe(
      '本文が見えない文字（空白・ゼロ幅文字など）だけになっています。文字を入力してください。',
    );
  });

  it('multi-line texts keep their line breaks but refuse bidi controls', () => {
    expect(requireText('一行目\n二行目', '本文', 100, 'body')).toBe('一行目\n二行目');
    expect(() => assertNoBidi('一行目\n二行目', '説明', 'description')).not.toThrow();
    expect(thrown(() => assertNoBidi('abc\u2067def', '説明', 'description')).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'description' });
  });
});

describe('tags', () => {
  it('refuses bidi controls, inner line breaks and invisible-only tags; blank ones are still skipped', () => {
    expect(thrown(() => normalizeTags(['RPA\u202E'], 5, 30)).message).toMatch(/タグに文字の表示順を変える制御文字/);
    expect(thrown(() => normalizeTags(['\u2066RPA\u2069'], 5, 30)).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'tags' });
    expect(thrown(() => normalizeTags(['AI\nOCR'], 5, 30)).message).toMatch(/改行/);
    expect(thrown(() => normalizeTags(['\u200B\u200B'], 5, 30)).message).toMatch(/見えない文字/);
    expect(thrown(() => normalizeTags(['a\u0001b'], 5, 30)).message).toMatch(/制御文字/);
    expect(normalizeTags(['', '  ', '\u3000', ' kintone\n'], 5, 30)).toEqual([{ key: 'kintone', label: 'kintone' }]);
  });
});

describe('page size (first)', () => {
  it('uses the default when absent, accepts 0…100 and refuses anything else with BAD_USER_INPUT', () => {
    expect(pageSize(undefined, 5)).toBe(5);
    expect(pageSize(null, 5)).toBe(5);
    expect(pageSize(0)).toBe(0);
    expect(pageSize(100)).toBe(100);
    for (const n of [-1, -100, 101]) expect(thrown(() => pageSize(n)).extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});

describe('explicit null for a field that cannot be null', () => {
  it('refuses null, passes values and absence through', () => {
    expect(rejectNull(undefined, 'x', 'name')).toBeUndefined();
    expect(rejectNull(false, 'x', 'retired')).toBe(false);
    expect(rejectNull('', 'x', 'name')).toBe('');
    expect(thrown(() => rejectNull(null, 'retired には true か false を指定してください。', 'retired')).extensions).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'retired',
    });
  });
});

describe('certification evidence', () => {
  it.each([
    '42',
    '/posts/42',
    '/posts/42#answer-7',
    'https://intra.city.example/reports/2026.pdf',
    'http://192.168.0.10:8080/wiki?page=DX#top',
    'HTTPS://intra.example/',
  ])('accepts %s', (v) => {
    expect(isValidEvidence(v)).toBe(true);
  });

  it.each([
    '/\\evil.example/x',
    '\\\\evil.example\\x',
    '//evil.example/x',
    '/posts/42/../../x',
    '/posts/42?next=//evil.example',
    '/posts/0',
    '/users/5',
    '/admin',
    'posts/42',
    '042',
    'javascript:alert(1)',
    'JavaScript://%0aalert(1)',
    'data:text/html,<script>alert(1)</script>',
    'https:/\\evil.example',
    'https:\\\\evil.example',
    'https://intra.example\\@evil.example',
    'https://user:pass@evil.example/',
    'https://',
    'https:///x',
    'http://intra.example/a b',
    'http://intra.example/\u202Egpj.exe',
    'ftp://files.example/x',
    'mailto:dx@city.example',
  ])('refuses %j', (v) => {
    expect(isValidEvidence(v)).toBe(false);
  });
});
