import { normalizeTag, normalizeTags, parseId, requireText } from './normalize';

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
    expect(parseId("1 OR 1=1")).toBeNull();
  });
});
