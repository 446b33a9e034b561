/** Why single sign-on did not sign the person in. */
export type SsoRefusal =
  /** Nobody in Banso has this subject or e-mail address (and OIDC_AUTO_CREATE is off). */
  | 'NOT_REGISTERED'
  /** The account is deactivated. */
  | 'DISABLED'
  /** The account with this e-mail address is linked to another subject at the provider. */
  | 'SUBJECT_MISMATCH'
  /** No usable e-mail claim, so an unlinked person cannot be matched. */
  | 'EMAIL_MISSING'
  /** The provider says the e-mail address is not verified, so it cannot prove the account is theirs. */
  | 'EMAIL_UNVERIFIED';

export type SsoPageKind =
  | SsoRefusal
  | 'NOT_CONFIGURED'
  /** The provider cannot be reached (discovery, token or userinfo). */
  | 'UNAVAILABLE'
  /** The provider returned an error (cancelled at the provider, or refused there). */
  | 'IDP_ERROR'
  /** The response did not validate. */
  | 'INVALID_RESPONSE'
  /** No valid flow cookie: expired, another tab started a new sign-in, or cookies are blocked. */
  | 'FLOW_EXPIRED';

interface PageText {
  status: number;
  title: string;
  /** Japanese first, as the staff read it. */
  ja: string[];
  en: string;
}

const ASK_ADMIN = '管理者にお問い合わせください。';

const PAGES: Record<SsoPageKind, (email: string | null) => PageText> = {
  NOT_REGISTERED: (email) => ({
    status: 403,
    title: 'サインインできませんでした',
    ja: [`この庁内アカウント${email ? `（${email}）` : ''}は、伴走に利用登録されていません。`, '利用するには、管理者にアカウントの登録を依頼してください。'],
    en: `Your organisation account${email ? ` (${email})` : ''} is not registered in Banso. Ask an administrator to register you.`,
  }),
  DISABLED: () => ({
    status: 403,
    title: 'サインインできませんでした',
    ja: ['このアカウントは利用が停止されています。', `再び利用する必要がある場合は、${ASK_ADMIN}`],
    en: 'This account has been deactivated. Ask an administrator if you need it again.',
  }),
  SUBJECT_MISMATCH: () => ({
    status: 403,
    title: 'サインインできませんでした',
    ja: ['このメールアドレスの伴走アカウントは、別の庁内アカウントと連携されています。', `連携の確認を${ASK_ADMIN}`],
    en: 'The Banso account for this e-mail address is linked to a different organisation account. Ask an administrator to check the link.',
  }),
  EMAIL_MISSING: () => ({
    status: 403,
    title: 'サインインできませんでした',
    ja: [
      '庁内アカウントからメールアドレスを受け取れなかったため、伴走のアカウントと照合できません。',
      `認証サーバーの設定（メールアドレスのクレーム）の確認を${ASK_ADMIN}`,
    ],
    en: 'Your organisation account did not send an e-mail address, so it cannot be matched to a Banso account. Ask an administrator to check the identity provider settings.',
  }),
  EMAIL_UNVERIFIED: () => ({
    status: 403,
    title: 'サインインできませんでした',
    ja: ['庁内アカウントのメールアドレスが確認済みになっていないため、伴走のアカウントと照合できません。', ASK_ADMIN],
    en: 'The e-mail address of your organisation account is not verified, so it cannot be matched to a Banso account.',
  }),
  NOT_CONFIGURED: () => ({
    status: 404,
    title: 'シングルサインオンは設定されていません',
    ja: ['この伴走では、庁内アカウントでのサインインは設定されていません。', 'メールアドレスとパスワードでサインインしてください。'],
    en: 'Single sign-on is not set up on this server. Sign in with your e-mail address and password.',
  }),
  UNAVAILABLE: () => ({
    status: 502,
    title: '認証サーバーに接続できません',
    ja: ['庁内アカウントの認証サーバーに接続できませんでした。', `しばらくしてからもう一度お試しください。続く場合は${ASK_ADMIN}`],
    en: 'The sign-in server of your organisation cannot be reached. Try again in a moment; if it persists, tell an administrator.',
  }),
  IDP_ERROR: () => ({
    status: 403,
    title: 'サインインが完了しませんでした',
    ja: ['庁内アカウントでのサインインが、取り消されたか認証サーバーで拒否されました。', 'もう一度サインインしてください。'],
    en: 'Sign-in with your organisation account was cancelled or refused by the sign-in server. Please sign in again.',
  }),
  INVALID_RESPONSE: () => ({
    status: 400,
    title: 'サインインが完了しませんでした',
    ja: ['認証サーバーからの応答を確認できませんでした。', `もう一度サインインしてください。続く場合は${ASK_ADMIN}`],
    en: 'The answer from the sign-in server could not be verified. Please sign in again; if it persists, tell an administrator.',
  }),
  FLOW_EXPIRED: () => ({
    status: 400,
    title: 'サインインをやり直してください',
    ja: [
      'サインインの手続きの有効期限（10分）が切れたか、別のタブで新しいサインインが始まりました。',
      'もう一度サインインしてください。続く場合は、ブラウザで Cookie が有効になっているか確認してください。',
    ],
    en: 'The sign-in took too long or another tab started a new one. Please sign in again (cookies must be enabled).',
  }),
};

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A complete page for the end of a sign-in that did not sign the person in: what happened and
 * what to do, in Japanese with an English line, and the way back to the sign-in page. No
 * script and no external resource (the app's CSP allows inline styles only).
 */
export function ssoPage(kind: SsoPageKind, email: string | null = null): { status: number; html: string } {
  const page = PAGES[kind](email);
  const html = `<!doctype html>
<html lang="ja">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(page.title)}｜伴走</title>
<style>
  body { margin: 0; min-height: 100vh; font-family: system-ui, -apple-system, "Hiragino Sans", "Noto Sans CJK JP", "Yu Gothic UI", sans-serif;
    background: linear-gradient(160deg, #e7f5ff 0%, #ffffff 55%, #e6fcf5 100%); color: #212529; }
  main { max-width: 560px; margin: 0 auto; padding: 56px 20px; }
  .brand { display: flex; align-items: center; gap: 10px; font-weight: 800; font-size: 20px; margin-bottom: 24px; }
  .mark { display: inline-flex; width: 40px; height: 40px; border-radius: 8px; background: #1864ab; color: #fff; align-items: center; justify-content: center; }
  .card { background: #fff; border: 1px solid #dee2e6; border-radius: 16px; padding: 28px; box-shadow: 0 1px 3px rgba(0,0,0,.06); }
  h1 { font-size: 22px; margin: 0 0 16px; }
  p { line-height: 1.7; margin: 0 0 8px; }
  .en { color: #495057; font-size: 14px; margin-top: 12px; }
  a.back { display: inline-block; margin-top: 20px; padding: 10px 18px; border-radius: 8px; background: #1864ab; color: #fff; text-decoration: none; font-weight: 700; }
  a.back:focus-visible { outline: 3px solid #0b3d6b; outline-offset: 2px; }
</style>
</head>
<body>
<main>
  <div class="brand"><span class="mark" aria-hidden="true">伴</span>伴走 Banso</div>
  <div class="card" data-sso-result="${kind}">
    <h1>${escape(page.title)}</h1>
    ${page.ja.map((line) => `<p>${escape(line)}</p>`).join('\n    ')}
    <p class="en" lang="en">${escape(page.en)}</p>
    <a class="back" href="/login">ログイン画面に戻る <span lang="en">/ Back to sign-in</span></a>
  </div>
</main>
</body>
</html>
`;
  return { status: page.status, html };
}
