import type { Notification } from './notifications.model';

/** Text for HTML: & < > " ' escaped. */
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export interface MailBody {
  subject: string;
  text: string;
  html: string;
}

export interface MailLinks {
  appUrl: string;
  /** one-click unsubscribe from this kind of notification (or, for a digest, from e-mail) */
  unsubscribe: string;
  settings: string;
}

const FOOTER_TEXT = (l: MailLinks) =>
  `\n--\n伴走（DX推進のための職員向けQ&A）からのお知らせです。\nお知らせの設定: ${l.settings}\nこの種類のメールを止める: ${l.unsubscribe}\n`;
const FOOTER_HTML = (l: MailLinks) =>
  `<hr style="border:none;border-top:1px solid #ddd;margin:24px 0 12px"><p style="color:#666;font-size:12px">伴走（DX推進のための職員向けQ&amp;A）からのお知らせです。<br>` +
  `<a href="${escapeHtml(l.settings)}">お知らせの設定</a> ・ <a href="${escapeHtml(l.unsubscribe)}">この種類のメールを止める</a></p>`;
const frame = (inner: string) =>
  `<!doctype html><html lang="ja"><body style="font-family:'Hiragino Sans','Noto Sans JP',Meiryo,sans-serif;line-height:1.7;color:#222;max-width:640px;margin:0 auto;padding:16px">${inner}</body></html>`;

const clip = (s: string, n: number) => ([...s].length > n ? `${[...s].slice(0, n).join('')}…` : s);

/** One notification, sent at once. */
export function immediateMail(n: Notification, links: MailLinks): MailBody {
  const url = links.appUrl + n.link;
  return {
    subject: `【伴走】${clip(n.message, 60)}`,
    text: `${n.message}\n\n開く: ${url}\n${FOOTER_TEXT(links)}`,
    html: frame(
      `<p>${escapeHtml(n.message)}</p><p><a href="${escapeHtml(url)}" style="display:inline-block;background:#1c5aa6;color:#fff;padding:8px 16px;border-radius:6px;text-decoration:none">伴走で開く</a></p>${FOOTER_HTML(links)}`,
    ),
  };
}

/** The notifications of a period in one e-mail. */
export function digestMail(items: Notification[], period: '日' | '週', links: MailLinks): MailBody {
  const title = period === '日' ? '今日のお知らせ' : '今週のお知らせ';
  return {
    subject: `【伴走】${title}（${items.length}件）`,
    text: `${title}（${items.length}件）\n\n${items.map((n) => `・${n.message}\n  ${links.appUrl}${n.link}`).join('\n')}\n${FOOTER_TEXT(links)}`,
    html: frame(
      `<h2 style="font-size:18px">${title}（${items.length}件）</h2><ul style="padding-left:20px">${items
        .map((n) => `<li style="margin-bottom:8px"><a href="${escapeHtml(links.appUrl + n.link)}">${escapeHtml(n.message)}</a></li>`)
        .join('')}</ul>${FOOTER_HTML(links)}`,
    ),
  };
}
