import { Body, Controller, Get, Post, Query, Res } from '@nestjs/common';
import { Public } from '../../core/auth/decorators';
import { parseId } from '../../core/validation/normalize';
import { escapeHtml } from './email-templates';
import { MailerService } from './mailer.service';
import { EmailMode, NotificationKind } from './notifications.model';
import { NotificationsService } from './notifications.service';
import type { Response } from 'express';

const KIND_LABEL: Partial<Record<string, string>> = {
  ALL: 'すべてのお知らせメール',
  ANSWER_ON_MY_POST: '自分の投稿への回答',
  COMMENT_ON_MY_CONTENT: '自分の投稿・回答へのコメント',
  ANSWER_ACCEPTED: 'ベストアンサーに選ばれたこと',
  MENTION: 'メンション',
  QUESTION_ROUTED_TO_ME: '回答の依頼',
};

const page = (title: string, body: string) =>
  `<!doctype html><html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title)} - 伴走</title></head>` +
  `<body style="font-family:'Hiragino Sans','Noto Sans JP',Meiryo,sans-serif;max-width:560px;margin:40px auto;padding:0 16px;line-height:1.7"><h1 style="font-size:20px">${escapeHtml(title)}</h1>${body}</body></html>`;

/**
 * One-click unsubscribe from e-mail (a link in every e-mail, and `List-Unsubscribe` with
 * `List-Unsubscribe-Post` per RFC 8058). The link is signed, so it needs no session. GET only
 * shows a button (mail scanners open links); POST unsubscribes.
 */
@Controller('email')
export class UnsubscribeController {
  constructor(
    private readonly mailer: MailerService,
    private readonly notifications: NotificationsService,
  ) {}

  private check(u?: string, k?: string, s?: string): { userId: number; kind: string } | null {
    const userId = parseId(u ?? '');
    const kind = k ?? '';
    if (!userId || !(kind === 'ALL' || (Object.values(NotificationKind) as string[]).includes(kind)) || !s) return null;
    return this.mailer.verifyUnsubscribe(userId, kind, s) ? { userId, kind } : null;
  }

  @Public()
  @Get('unsubscribe')
  confirm(@Res() res: Response, @Query('u') u?: string, @Query('k') k?: string, @Query('s') s?: string): void {
    const ok = this.check(u, k, s);
    res.setHeader('Cache-Control', 'no-store');
    if (!ok) {
      res
        .status(400)
        .type('html')
        .send(page('リンクが正しくありません', '<p>メールのリンクをそのまま開いてください。設定は伴走の「お知らせの設定」からも変えられます。</p>'));
      return;
    }
    const label = KIND_LABEL[ok.kind] ?? 'この種類のお知らせ';
    res
      .type('html')
      .send(
        page(
          'メールの停止',
          `<p>「${escapeHtml(label)}」のメールを止めますか？（アプリ内のお知らせは届きます）</p><form method="post"><button type="submit" style="padding:8px 16px">メールを止める</button></form>`,
        ),
      );
  }

  @Public()
  @Post('unsubscribe')
  unsubscribe(@Res() res: Response, @Body() _body: unknown, @Query('u') u?: string, @Query('k') k?: string, @Query('s') s?: string): void {
    const ok = this.check(u, k, s);
    res.setHeader('Cache-Control', 'no-store');
    if (!ok) {
      res.status(400).type('html').send(page('リンクが正しくありません', '<p>メールのリンクをそのまま開いてください。</p>'));
      return;
    }
    const viewer = { id: ok.userId };
    if (ok.kind === 'ALL') this.notifications.updateSettings(viewer, { emailMode: EmailMode.OFF });
    else this.notifications.updateSettings(viewer, { kinds: [{ kind: ok.kind as NotificationKind, email: false }] });
    res
      .status(200)
      .type('html')
      .send(
        page(
          'メールを止めました',
          `<p>「${escapeHtml(KIND_LABEL[ok.kind] ?? 'この種類のお知らせ')}」のメールは送られなくなりました。元に戻すときは伴走の「お知らせの設定」から変えてください。</p>`,
        ),
      );
  }
}
