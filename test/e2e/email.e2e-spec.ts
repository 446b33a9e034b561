import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { MailerService } from '../../src/modules/notifications/mailer.service';
import { OutboxService } from '../../src/modules/outbox/outbox.service';
import { CREATE_ANSWER, CREATE_POST, question, TestApp } from '../support/test-app';

/**
 * E-mail notifications against a real SMTP server started in the test (smtp-server): sent at
 * once or as a digest per the person's setting, in Japanese with a link back to the item and a
 * one-click unsubscribe that works.
 */
describe('e-mail notifications over SMTP', () => {
  let t: TestApp;
  let smtp: SMTPServer;
  const received: ParsedMail[] = [];
  const APP_URL = 'http://banso.city.example.lg.jp';

  beforeAll(async () => {
    smtp = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((m) => {
            received.push(m);
            callback();
          })
          .catch(callback);
      },
    });
    await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
    const port = (smtp.server.address() as { port: number }).port;
    t = await TestApp.start({ SMTP_URL: `smtp://127.0.0.1:${port}`, APP_URL, MAIL_FROM: '伴走 <banso@city.example.lg.jp>', OUTBOX_POLL: 'off' });
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => smtp.close(resolve));
  });

  /** Delivers the outbox (notifications) and sends what is due, as the background workers would. */
  const deliver = async () => {
    await t.app.get(OutboxService).drain();
    return t.app.get(MailerService).flush();
  };

  it('“at once”: the asker receives a Japanese e-mail linking to the answer, with a one-click unsubscribe that works', async () => {
    const asker = await t.signedIn({ name: 'メール 受ける人' });
    const answerer = await t.signedIn({ name: '回答 する人' });
    const set = await asker.client.gql('mutation { updateNotificationSettings(input: { emailMode: IMMEDIATE }) { emailMode } }');
    expect(set.data.updateNotificationSettings.emailMode).toBe('IMMEDIATE');
    const postId = (await asker.client.gql(CREATE_POST, { i: question({ title: '公用車の予約' }) })).data.createPost.id;
    const answerId = (await answerer.client.gql(CREATE_ANSWER, { i: { postId, body: '庁内ポータルからです' } })).data.createAnswer.id;
    expect(await deliver()).toBe(1);

    const mail = received.at(-1)!;
    expect((mail.to as { value: { address: string }[] }).value[0].address).toBe(asker.user.email);
    expect(mail.from!.text).toContain('banso@city.example.lg.jp');
    expect(mail.subject).toBe('【伴走】回答 する人さんが「公用車の予約」に回答しました');
    expect(mail.text).toContain(`${APP_URL}/posts/${postId}#answer-${answerId}`);
    expect(mail.html).toContain('伴走で開く');
    const unsubscribe = listUnsubscribe(mail);
    expect(unsubscribe.startsWith(`${APP_URL}/email/unsubscribe?`)).toBe(true);
    expect(mail.headerLines.find((h) => h.key === 'list-unsubscribe-post')?.line).toBe('List-Unsubscribe-Post: List-Unsubscribe=One-Click');
    // The answerer got nothing for their own act.
    expect(received.filter((m) => (m.to as { value: { address: string }[] }).value[0].address === answerer.user.email)).toEqual([]);

    const path = unsubscribe.slice(APP_URL.length);
    expect((await t.client().agent.get(path)).text).toContain('メールを止めますか');
    const tampered = await t.client().agent.post(path.replace(/s=[^&]+/, 's=forged'));
    expect(tampered.status).toBe(400);
    const done = await t.client().agent.post(path).type('form').send('List-Unsubscribe=One-Click');
    expect(done.status).toBe(200);
    expect(done.text).toContain('メールを止めました');
    const settings = await asker.client.gql('{ notificationSettings { emailMode kinds { kind email } } }');
    expect(settings.data.notificationSettings.kinds.find((k: { kind: string }) => k.kind === 'ANSWER_ON_MY_POST').email).toBe(false);

    const before = received.length;
    await answerer.client.gql(CREATE_ANSWER, { i: { postId, body: 'もう一つの方法' } });
    expect(await deliver()).toBe(0);
    expect(received.length).toBe(before);
    // Still in the app.
    expect((await asker.client.gql('{ unreadNotificationCount }')).data.unreadNotificationCount).toBe(2);
  });

  it('“daily” (the default): one digest after 8:00 JST with the day’s items, recorded once', async () => {
    const author = await t.signedIn({ name: 'まとめ 読む人' });
    const other = await t.signedIn({ name: 'コメント する人' });
    const postId = (await author.client.gql(CREATE_POST, { i: question({ title: '会議室の予約' }) })).data.createPost.id;
    await other.client.gql('mutation($i: AddCommentInput!) { addComment(input: $i) { id } }', {
      i: { targetType: 'POST', targetId: postId, body: '私も知りたいです' },
    });
    await other.client.gql(CREATE_ANSWER, { i: { postId, body: '総務課の予約表です' } });
    expect(await deliver()).toBe(0); // nothing at once

    // The first 8:00 JST after now, plus an hour: that morning's digest covers the last 24 hours.
    const now = Date.now();
    const jstMidnight = Date.parse(new Date(now + 9 * 3_600_000).toISOString().slice(0, 10) + 'T00:00:00+09:00');
    let eight = jstMidnight + 8 * 3_600_000;
    if (eight <= now) eight += 86_400_000;
    const mailer = t.app.get(MailerService);
    expect(mailer.enqueueDueDigests(new Date(eight + 3_600_000))).toBeGreaterThanOrEqual(1);
    expect(mailer.enqueueDueDigests(new Date(eight + 3_600_000))).toBe(0);
    await mailer.flush(new Date(eight + 3_600_000));
    const digest = received.find((m) => (m.to as { value: { address: string }[] }).value[0].address === author.user.email)!;
    expect(digest.subject).toBe('【伴走】今日のお知らせ（2件）');
    expect(digest.text).toContain('コメント する人さんがあなたの投稿にコメントしました：「会議室の予約」');
    expect(digest.text).toContain(`${APP_URL}/posts/${postId}#answer-`);
  });
});

/** The List-Unsubscribe URL as the receiving mail client sees it (mailparser parses the header into `list`). */
function listUnsubscribe(mail: ParsedMail): string {
  const raw = mail.headerLines.find((h) => h.key === 'list-unsubscribe')?.line ?? '';
  return /<([^>]+)>/.exec(raw.replace(/\r?\n\s+/g, ''))?.[1] ?? '';
}
