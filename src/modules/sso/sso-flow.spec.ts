import { type Flow, openFlow, safeReturnTo, sealFlow } from './sso-flow';
import { ssoPage } from './sso-page';
import { normaliseEmail } from './sso.service';

const SECRET = 's'.repeat(64);
const flow = (extra: Partial<Flow> = {}): Flow => ({
  state: 'state-1',
  nonce: 'nonce-1',
  codeVerifier: 'verifier-1',
  returnTo: '/posts/3',
  expiresAt: Date.now() + 60_000,
  ...extra,
});

describe('the sign-in flow cookie', () => {
  it('opens what it sealed', () => {
    const f = flow();
    expect(openFlow(sealFlow(f, SECRET), SECRET)).toEqual(f);
  });

  it('refuses a cookie that was altered, sealed with another secret, expired or malformed', () => {
    const sealed = sealFlow(flow(), SECRET);
    const [payload, mac] = sealed.split('.');
    const forged = Buffer.from(JSON.stringify({ s: 'mine', n: 'mine', v: 'mine', r: '/', e: Date.now() + 60_000 })).toString('base64url');
    expect(openFlow(`${forged}.${mac}`, SECRET)).toBeNull();
    expect(openFlow(`${payload}.${mac.slice(0, -2)}`, SECRET)).toBeNull();
    expect(openFlow(sealed, 't'.repeat(64))).toBeNull();
    expect(openFlow(sealFlow(flow({ expiresAt: Date.now() - 1 }), SECRET), SECRET)).toBeNull();
    for (const junk of [undefined, '', 'abc', 'a.b.c', 42, 'x'.repeat(5000)]) expect(openFlow(junk, SECRET)).toBeNull();
  });
});

describe('returnTo: a path on this site only', () => {
  it.each(['/', '/posts/12', '/search?q=RPA&tag=kintone', '/users/3#skills'])('keeps %s', (path) => {
    expect(safeReturnTo(path)).toBe(path);
  });

  it.each([
    ['another site', 'https://evil.example/'],
    ['a protocol-relative URL', '//evil.example/x'],
    ['a backslash browsers read as a slash', '/\\evil.example'],
    ['a control character', '/posts\n/1'],
    ['a relative path', 'posts/1'],
    ['javascript:', 'javascript:alert(1)'],
    ['the sign-in page', '/login?next=/x'],
    ['the SSO routes', '/auth/oidc/login'],
    ['nothing', undefined],
    ['an array (?returnTo=a&returnTo=b)', ['/a', '/b']],
  ])('replaces %s with /', (_what, raw) => {
    expect(safeReturnTo(raw)).toBe('/');
  });
});

describe('matching e-mail addresses', () => {
  it('normalises like password sign-in (NFKC, trimmed, lower case) and drops what is not an address', () => {
    expect(normaliseEmail(' Sato.Hanako@City.Kaede.LG.JP ')).toBe('sato.hanako@city.kaede.lg.jp');
    expect(normaliseEmail('ｓａｔｏ＠ｃｉｔｙ．ｋａｅｄｅ．ｌｇ．ｊｐ')).toBe('sato@city.kaede.lg.jp');
    expect(normaliseEmail('not an address')).toBeNull();
    expect(normaliseEmail(null)).toBeNull();
  });
});

describe('the pages that end a sign-in without signing in', () => {
  it('say what happened in Japanese and English, link back to /login, and escape what they show', () => {
    const { status, html } = ssoPage('NOT_REGISTERED', '<b>x@y</b>');
    expect(status).toBe(403);
    expect(html).toContain('<html lang="ja">');
    expect(html).toContain('は、伴走に利用登録されていません。');
    expect(html).toContain('<p class="en" lang="en">');
    expect(html).toContain('href="/login"');
    expect(html).not.toContain('<b>x@y</b>');
    expect(html).toContain('&#60;b&#62;x@y&#60;/b&#62;');
    expect(html).not.toMatch(/<script/);
  });

  it('answer 502 when the provider is unreachable and 400 when the flow expired', () => {
    expect(ssoPage('UNAVAILABLE').status).toBe(502);
    expect(ssoPage('FLOW_EXPIRED').status).toBe(400);
    expect(ssoPage('DISABLED').status).toBe(403);
  });
});
