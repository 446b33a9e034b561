import { parseSearchQuery, titleWords } from './search-query';
import { bigramDocument, normalizeForSearch, normalizeWithMap } from './search-text';
import { buildSnippet, highlight, matchRanges } from './snippet';

describe('normalisation (index and query share it)', () => {
  it('folds full-/half-width forms and case', () => {
    expect(normalizeForSearch('ＲＰＡ')).toBe('rpa');
    expect(normalizeForSearch('ｶﾅ入力')).toBe('カナ入力');
    expect(normalizeForSearch('ｶﾞｲﾄﾞ')).toBe('ガイド');
    expect(normalizeForSearch('Microsoft　365\n研修')).toBe('microsoft 365 研修');
  });

  it('maps normalised positions back to the original text', () => {
    const text = 'ｶﾞｲﾄﾞとＲＰＡ';
    const { norm, start, end } = normalizeWithMap(text);
    expect(norm).toBe(normalizeForSearch(text));
    const i = norm.indexOf('rpa');
    expect(text.slice(start[i], end[i + 2])).toBe('ＲＰＡ');
  });

  it('writes bigrams plus the last character of each run, never across punctuation', () => {
    expect(bigramDocument('窓口申請、税')).toBe('窓口 口申 申請 請 税');
    expect(bigramDocument('ai-ocr')).toBe('ai i oc cr r');
  });
});

describe('query parsing', () => {
  const texts = (q: string) => parseSearchQuery(q).map((t) => (t.phrase ? `"${t.text}"` : t.text));

  it('splits on whitespace and on particles between words', () => {
    expect(texts('窓口　申請')).toEqual(['窓口', '申請']);
    expect(texts('マイナンバーの申請について')).toEqual(['マイナンバー', '申請']);
    expect(texts('書かない窓口')).toEqual(['書かない窓口']);
    expect(texts('おくやみ')).toEqual(['おくやみ']);
  });

  it('keeps quoted phrases whole, IME brackets included', () => {
    expect(texts('"オンライン 申請" 研修')).toEqual(['"オンライン 申請"', '研修']);
    expect(texts('「書かない窓口」')).toEqual(['"書かない窓口"']);
  });

  it('treats FTS syntax as plain characters and drops punctuation-only words', () => {
    expect(texts('AND ( rpa* OR')).toEqual(['and', 'rpa', 'or']);
    expect(texts('"rpa')).toEqual(['rpa']);
    expect(() => parseSearchQuery('"')).toThrow('検索語を入力してください');
    expect(() => parseSearchQuery('*')).toThrow('検索語を入力してください');
    expect(() => parseSearchQuery('   ')).toThrow('検索語を入力してください');
  });

  it('limits length and the number of terms', () => {
    expect(() => parseSearchQuery('あ'.repeat(201))).toThrow('200文字以内');
    expect(() => parseSearchQuery(Array.from({ length: 11 }, (_, i) => `語${i}`).join(' '))).toThrow('10個まで');
  });

  it('extracts title words for similar questions', () => {
    expect(titleWords('窓口の申請書をオンライン化したい')).toEqual(['窓口', '申請書', 'オンライン化']);
  });
});

describe('snippets', () => {
  it('escapes user text and marks matches in the text as written', () => {
    const text = '<script>alert(1)</script> ＲＰＡで窓口業務を効率化';
    const html = highlight(text, matchRanges(text, ['rpa', '窓口']));
    expect(html).toBe('&lt;script&gt;alert(1)&lt;/script&gt; <mark>ＲＰＡ</mark>で<mark>窓口</mark>業務を効率化');
  });

  it('cuts a window around the first match', () => {
    const text = `${'前置き。'.repeat(40)}ここに研修の話があります。${'後書き。'.repeat(40)}`;
    const s = buildSnippet([text], ['研修'], 60);
    expect(s.startsWith('…')).toBe(true);
    expect(s.endsWith('…')).toBe(true);
    expect(s).toContain('<mark>研修</mark>');
  });

  it('falls back to the beginning when only the title matched', () => {
    expect(buildSnippet(['本文 & more', ''], ['存在しない'])).toBe('本文 &amp; more');
  });
});

describe('normalizeWithMap fast path', () => {
  it('maps ordinary text exactly like the per-cluster path (random mixtures of kana, kanji, ASCII, spaces, surrogate pairs)', () => {
    const { normalizeWithMap, normalizeClustersWithMap } = jest.requireActual('./search-text') as typeof import('./search-text');
    const alphabet = ['窓', '口', 'マ', 'ー', 'a', 'B', 'Z', ' ', '  ', '\n', '1', '。', '𠮷', 'Σ', 'é', 'ı', 'İ', 'か', 'Ä'];
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32;
    for (let n = 0; n < 2000; n++) {
      let s = '';
      for (let i = 0, len = Math.floor(rand() * 30); i < len; i++) s += alphabet[Math.floor(rand() * alphabet.length)];
      expect(normalizeWithMap(s)).toEqual(normalizeClustersWithMap(s));
    }
  });
});
