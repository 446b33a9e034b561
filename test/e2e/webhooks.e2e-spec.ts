import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { OutboxService } from '../../src/modules/outbox/outbox.service';
import { WebhooksService } from '../../src/modules/webhooks/webhooks.service';
import { codes, CREATE_POST, question, TestApp } from '../support/test-app';

/**
 * Chat webhooks against a real HTTP receiver started in the test (#12): the DX office adds a
 * webhook inside WEBHOOK_ALLOWED_HOSTS (anything else is refused), a new post arrives once in
 * the chosen format with an HMAC signature, an anonymous question arrives without its author
 * or body, the test-send button reports the receiver's answer, and a failing receiver is retried.
 */
describe('chat webhooks', () => {
  let t: TestApp;
  let receiver: Server;
  let base: string;
  const got: { path: string; headers: IncomingHttpHeaders; body: string }[] = [];
  let failNext = 0;

  beforeAll(async () => {
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        got.push({ path: req.url ?? '', headers: req.headers, body });
        res.statusCode = req.url === '/slack' && failNext-- > 0 ? 500 : 200;
        res.end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(receiver.address() as { port: number }).port}`;
    t = await TestApp.start({ WEBHOOK_ALLOWED_HOSTS: '127.0.0.0/8, chat.city.example.lg.jp', OUTBOX_POLL: 'off' });
  });
  afterAll(async () => {
    await t.close();
    await new Promise<void>((resolve) => receiver.close(() => resolve()));
  });

  const CREATE = 'mutation($i: WebhookInput!) { createWebhook(input: $i) { id name format tags kinds hasSecret active } }';
  const deliver = async () => {
    await t.app.get(OutboxService).drain();
    return t.app.get(WebhooksService).flush();
  };

  it('only the DX office and admins configure webhooks, and only to allowed hosts', async () => {
    const staff = await t.signedIn();
    const dx = await t.signedIn({ role: 'DX_OFFICE' });
    expect(codes(await staff.client.gql(CREATE, { i: { name: 'x', url: `${base}/x`, format: 'SLACK' } }))).toEqual(['FORBIDDEN']);
    const outside = await dx.client.gql(CREATE, { i: { name: '外部', url: 'https://hooks.slack.com/services/x', format: 'SLACK' } });
    expect(codes(outside)).toEqual(['BAD_USER_INPUT']);
    expect(outside.errors![0].message).toContain('WEBHOOK_ALLOWED_HOSTS にない送信先');
  });

  it('a new post is posted once, signed; an anonymous question carries no author or body; Teams gets an Adaptive Card', async () => {
    const dx = await t.signedIn({ role: 'DX_OFFICE' });
    const generic = (await dx.client.gql(CREATE, { i: { name: '庁内システム', url: `${base}/generic`, format: 'GENERIC', secret: 'himitsu', tags: ['RPA'] } }))
      .data.createWebhook;
    expect(generic).toMatchObject({ format: 'GENERIC', tags: ['rpa'], hasSecret: true, active: true });
    await dx.client.gql(CREATE, { i: { name: 'Teams', url: `${base}/teams`, format: 'TEAMS', kinds: ['QUESTION'] } });
    const author = await t.signedIn({ name: '投稿 する人' });
    await author.client.gql(CREATE_POST, { i: question({ title: 'RPAのライセンス', body: '本文です', tags: ['RPA'] }) });
    await author.client.gql(CREATE_POST, { i: question({ title: '匿名のRPA質問', body: '秘密の本文', tags: ['RPA'], anonymous: true }) });
    await author.client.gql(CREATE_POST, { i: question({ title: 'タグなしの質問', body: '本文' }) });
    got.length = 0;
    expect(await deliver()).toBe(5); // generic: 2 RPA posts; Teams: 3 questions
    expect(await deliver()).toBe(0); // never twice

    const generics = got.filter((g) => g.path === '/generic');
    expect(generics.map((g) => JSON.parse(g.body).post.title)).toEqual(['RPAのライセンス', '匿名のRPA質問']);
    for (const g of generics) expect(g.headers['x-banso-signature']).toBe(`sha256=${createHmac('sha256', 'himitsu').update(g.body).digest('hex')}`);
    expect(JSON.parse(generics[0].body).post).toMatchObject({ author: '投稿 する人', excerpt: '本文です' });
    const anonymous = JSON.parse(generics[1].body).post;
    expect(anonymous).toMatchObject({ author: null, department: null, excerpt: null });
    expect(generics[1].body).not.toContain('秘密の本文');
    expect(generics[1].body).not.toContain('投稿 する人');

    const teams = got.filter((g) => g.path === '/teams').map((g) => JSON.parse(g.body));
    expect(teams).toHaveLength(3);
    expect(teams[0].attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(teams[0].attachments[0].content.actions[0]).toMatchObject({ type: 'Action.OpenUrl', title: '伴走で開く' });
  });

  it('the test-send button reports the receiver’s answer; a failing receiver is retried later', async () => {
    const dx = await t.signedIn({ role: 'DX_OFFICE' });
    const id = (await dx.client.gql(CREATE, { i: { name: 'Slack互換', url: `${base}/slack`, format: 'SLACK' } })).data.createWebhook.id;
    const ok = await dx.client.gql('mutation($id: ID!) { testWebhook(id: $id) { ok httpStatus error } }', { id });
    expect(ok.data.testWebhook).toEqual({ ok: true, httpStatus: 200, error: null });
    expect(JSON.parse(got.at(-1)!.body).text).toContain('【テスト送信】');

    failNext = 1;
    const author = await t.signedIn();
    await author.client.gql(CREATE_POST, { i: question({ title: '再送されるはずの投稿' }) });
    await deliver();
    const list = await dx.client.gql('{ webhooks { name lastDelivery { status httpStatus error } } }');
    expect(list.data.webhooks.find((w: { name: string }) => w.name === 'Slack互換').lastDelivery).toMatchObject({ status: 'PENDING', httpStatus: 500 });
    // The next attempt is due after the back-off: deliver as if that time had come.
    const later = new Date(Date.now() + 2 * 60_000);
    await t.app.get(WebhooksService).flush(later);
    const again = await dx.client.gql('{ webhooks { name lastDelivery { status httpStatus } } }');
    expect(again.data.webhooks.find((w: { name: string }) => w.name === 'Slack互換').lastDelivery).toMatchObject({ status: 'DELIVERED', httpStatus: 200 });
  });
});
