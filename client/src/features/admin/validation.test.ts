import { translate } from '../../i18n';
import { normalizeEvidence, validateCode, validateEvidence, validateThresholds, validateWeight } from './validation';

const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate('ja', key, vars);

describe('DX office form validation', () => {
  it('accepts upper-case skill and badge codes only', () => {
    expect(validateCode('DX_AWARD_2026', t)).toBeNull();
    expect(validateCode('', t)).toBe('入力してください');
    expect(validateCode('dx award', t)).toMatch(/英大文字/);
  });

  it('checks tag weights', () => {
    expect(validateWeight(1, t)).toBeNull();
    expect(validateWeight(0.5, t)).toBeNull();
    expect(validateWeight(0, t)).not.toBeNull();
    expect(validateWeight('', t)).not.toBeNull();
  });

  it('requires four increasing level thresholds', () => {
    expect(validateThresholds([10, 30, 80, 200], t)).toBeNull();
    expect(validateThresholds([10, 30, 30, 200], t)).toMatch(/大きく/);
    expect(validateThresholds([10, '', 80, 200], t)).not.toBeNull();
  });

  it('accepts post ids, post/answer paths and http(s) links as certification evidence', () => {
    expect(validateEvidence(['42', '/posts/42', '/posts/42#answer-7', 'https://intra.example/report', 'http://localhost:3000/posts/5'], t)).toBeNull();
    expect(validateEvidence(['javascript:alert(1)'], t)).toMatch(/javascript/);
    expect(normalizeEvidence('http://localhost:3000/posts/42', 'http://localhost:3000')).toBe('42');
    expect(normalizeEvidence('http://localhost:3000/posts/42#answer-7', 'http://localhost:3000')).toBe('/posts/42#answer-7');
    expect(normalizeEvidence(' /posts/9 ', 'http://x')).toBe('9');
    expect(normalizeEvidence('/posts/9?tab=answers', 'http://x')).toBe('9');
    // A full URL of another page of the app stays a URL (other in-app paths are not evidence).
    expect(normalizeEvidence('http://localhost:3000/users/5', 'http://localhost:3000')).toBe('http://localhost:3000/users/5');
  });

  it.each(['/\\evil.example/x', '//evil.example/x', '\\\\evil.example\\x', 'https:/\\evil.example', '/users/5', '/admin', 'posts/42', 'ftp://x.example/a'])(
    'refuses %j as certification evidence, like the server',
    (value) => {
      expect(validateEvidence(['42', value], t)).toContain(value);
    },
  );
});
