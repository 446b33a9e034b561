import { translate } from '../../i18n';
import { emptyPostFormValues, validatePostForm } from './validation';

const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('ja', key, vars);

describe('post form validation', () => {
  it('requires a title and a body', () => {
    expect(validatePostForm(emptyPostFormValues, 'QUESTION', t)).toEqual({
      title: 'タイトルを入力してください',
      body: '本文を入力してください',
    });
  });

  it('limits the title to 150 and the body to 20000 characters', () => {
    const errors = validatePostForm({ ...emptyPostFormValues, title: 'あ'.repeat(151), body: 'い'.repeat(20001) }, 'IDEA', t);
    expect(errors.title).toBe('タイトルは150文字以内で入力してください');
    expect(errors.body).toBe('本文は20000文字以内で入力してください');
    expect(validatePostForm({ ...emptyPostFormValues, title: 'あ'.repeat(150), body: '本文' }, 'IDEA', t)).toEqual({});
  });

  it('requires the case fields for a 事例', () => {
    const errors = validatePostForm({ ...emptyPostFormValues, title: '窓口のRPA化', body: '概要', hoursSavedPerYear: -3 }, 'CASE', t);
    expect(errors).toEqual({
      problem: '課題を入力してください',
      solution: '取組内容を入力してください',
      effect: '効果を入力してください',
      hoursSavedPerYear: '0以上の数値を入力してください',
    });
  });
});
