import { translate } from '../../i18n';
import { validateProfile } from './profileValidation';

const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('ja', key, vars);

describe('profile validation (the server’s rules, before sending)', () => {
  it('accepts digits and hyphens (full-width too), a bio up to 500 characters and up to 10 areas', () => {
    expect(validateProfile({ extension: '０３-１２３４', bio: 'あ'.repeat(500), expertise: Array.from({ length: 10 }, (_, i) => `分野${i}`) }, t)).toEqual({});
  });

  it('names what is wrong, in Japanese', () => {
    expect(validateProfile({ extension: '内線1234', bio: '', expertise: [] }, t).extension).toBe('内線番号は数字とハイフンだけで入力してください。');
    expect(validateProfile({ extension: '1'.repeat(21), bio: '', expertise: [] }, t).extension).toBe('内線番号は20文字以内で入力してください。');
    expect(validateProfile({ extension: '', bio: 'あ'.repeat(501), expertise: [] }, t).bio).toBe('自己紹介は500文字以内で入力してください。');
    expect(validateProfile({ extension: '', bio: '', expertise: Array.from({ length: 11 }, (_, i) => `${i}`) }, t).expertise).toBe('得意分野は10個までです。');
  });
});
