import { createServer, type IncomingMessage, type Server } from 'node:http';
import { join } from 'node:path';
import { TestApp } from '../support/test-app';
import { closeNotices, expectNoSeriousA11yViolations, isGraphql, launchChromium, MOBILE, newContext, SHOTS, shots, signIn } from './browser-support';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';

jest.setTimeout(300_000);

/**
 * Resolves once this page's graphql-ws connection was acknowledged and a subscription for
 * `field` was sent on it (register before the navigation that opens the page).
 */
function liveSubscription(page: Page, field: string): Promise<void> {
  return new Promise((resolve) => {
    page.on('websocket', (ws) => {
      if (!ws.url().endsWith('/graphql')) return;
      let acked = false;
      ws.on('framereceived', (f) => {
        if (String(f.payload).includes('"connection_ack"')) acked = true;
      });
      ws.on('framesent', (f) => {
        const p = String(f.payload);
        if (acked && p.includes('"subscribe"') && p.includes(field)) resolve();
      });
    });
  });
}

/** A question long enough that its answers start below a phone's window. */
const LONG_BODY = [
  'RPA で基幹システムから取り込んだ CSV を、毎月 Excel で集計しています。',
  '',
  ...Array.from({ length: 12 }, (_, i) => `${i + 1}. 手順${i + 1}：ファイルを開いて列をそろえ、ピボットテーブルを更新しています。`),
  '',
  'よりよい方法があれば教えてください。',
].join('\n');

/** The dialog's own scroll back to its top (its footer with the choice stays in view anyway). */
async function scrollDialogTop(page: Page) {
  await page.evaluate(() => document.querySelectorAll('[role="dialog"] .mantine-ScrollArea-viewport').forEach((v) => v.scrollTo(0, 0)));
}

async function ask(page: Page, title: string, tags: string[]): Promise<string> {
  await page.goto('/new/question');
  await page.getByLabel('タイトル').fill(title);
  await page.getByLabel('本文').fill(LONG_BODY);
  const input = page.getByLabel('タグ');
  for (const tag of tags) {
    await input.fill(tag);
    await input.press('Enter');
  }
  await page.getByRole('button', { name: '投稿する' }).click();
  await page.waitForURL(/\/posts\/\d+$/);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  return new URL(page.url()).pathname;
}

async function answer(page: Page, body: string) {
  await page.getByLabel('回答を書く').fill(body);
  await Promise.all([page.waitForResponse(isGraphql('createAnswer')), page.getByRole('button', { name: '回答する', exact: true }).click()]);
}

/**
 * Live updates and the notification features in a real browser on the demo city: a second
 * staff member's answer appears on the asker's open page without a reload; the notification
 * settings save and survive a reload; the asker asks experts to look at the question; the DX
 * office registers a webhook, sends a test to a receiver and sees a refused host inline.
 */
describe('live updates, routing, notification settings and webhooks', () => {
  let t: TestApp;
  let browser: Browser;
  let receiver: Server;
  const received: { headers: IncomingMessage['headers']; body: string }[] = [];
  let receiverPort = 0;

  async function as(email: string): Promise<Page> {
    const { context } = await newContext(browser, t.url);
    const page = await context.newPage();
    await signIn(page, email);
    return page;
  }

  beforeAll(async () => {
    // A chat stand-in inside the "closed network": it records what it gets and says 200.
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        res.writeHead(200, { 'content-type': 'text/plain' }).end('ok');
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    receiverPort = (receiver.address() as AddressInfo).port;
    t = await TestApp.start({ SEED_DEMO: 'true', WEBHOOK_ALLOWED_HOSTS: '127.0.0.1' });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await new Promise<void>((resolve) => (receiver ? receiver.close(() => resolve()) : resolve()));
  });

  let questionPath = '';

  it('a new answer from another person appears on the open question page without a reload', async () => {
    const a = await as('staff01@demo.banso.example');
    const b = await as('staff04@demo.banso.example');
    questionPath = await ask(a, 'RPA の取り込み結果を Excel で集計するよい方法は？', ['RPA', 'Excel']);

    // A opens the page afresh (phone size, so the answers are below the fold) and waits for the live connection.
    await a.setViewportSize(MOBILE);
    const live = liveSubscription(a, 'postActivity');
    await a.goto(questionPath);
    await a.getByRole('heading', { level: 1 }).waitFor();
    await live;
    await a.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
    await a.evaluate(() => window.scrollTo(0, 0));

    await b.goto(questionPath);
    const body = 'Power Query で CSV フォルダをまとめて読み込むと、毎月の集計がボタン1つで終わります。';
    await answer(b, body);

    // A: the answer shows up (no reload: the marker set on the document is still there).
    await a.getByText(body).waitFor();
    expect(await a.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
    await a.getByRole('heading', { name: '回答（1件）' }).waitFor();
    // It landed below the window: the discreet indicator offers to jump there.
    const indicator = a.getByRole('button', { name: '新しい回答があります' });
    await indicator.waitFor();
    await a.screenshot({ path: join(SHOTS, 'live-new-answer-indicator-mobile.png') });
    await indicator.click();
    await indicator.waitFor({ state: 'detached' });
    const focused = await a.evaluate(() => document.activeElement?.id ?? '');
    expect(focused).toMatch(/^answer-\d+$/);

    // B's own page shows B's answer but no indicator for it.
    await b.getByText(body).first().waitFor();
    expect(await b.getByRole('button', { name: '新しい回答があります' }).count()).toBe(0);
  });

  it('the asker asks experts to look at the question; asking the same person again is refused with the reason', async () => {
    const a = await as('staff01@demo.banso.example');
    await a.goto(questionPath);
    await a.getByRole('button', { name: '詳しい人に聞く' }).click();
    const dialog = a.getByRole('dialog', { name: '詳しい人に聞く' });
    await dialog.waitFor();
    const suggestions = dialog.getByRole('list', { name: 'この質問のタグに詳しい人' });
    const search = dialog.getByRole('textbox', { name: '名前で探す' });
    // The demo city has people known for RPA and Excel: the first suggestion, never the asker.
    await suggestions.waitFor();
    expect(await suggestions.getByText('中村 美咲', { exact: true }).count()).toBe(0);
    const first = (await suggestions.getByRole('checkbox').first().getAttribute('id'))!;
    await suggestions.getByRole('checkbox').first().check();
    // And someone found by name.
    await search.fill('staff');
    const results = dialog.getByRole('list', { name: '検索結果' });
    await results.waitFor();
    const candidates = results.getByRole('checkbox');
    for (let i = 0; i < (await candidates.count()); i++) {
      const c = candidates.nth(i);
      if ((await c.getAttribute('id')) !== first && !(await c.isChecked()) && (await c.isEnabled())) {
        await c.check();
        break;
      }
    }
    await dialog.getByText(/選んだ人（[12]\/3人）/).waitFor();
    const chosen = (await Promise.all((await dialog.getByRole('button', { name: /さんを外す$/ }).all()).map((b) => b.getAttribute('aria-label')))).map((l) =>
      l!.replace(/さんを外す$/, ''),
    );
    expect(chosen.length).toBeGreaterThan(0);
    await scrollDialogTop(a);
    await shots(a, 'route-modal', { full: false, top: false });
    await expectNoSeriousA11yViolations(a, 'route modal');

    await Promise.all([a.waitForResponse(isGraphql('routeQuestion')), dialog.getByRole('button', { name: /人に依頼する$/ }).click()]);
    await dialog.getByText('依頼しました', { exact: true }).waitFor();
    for (const name of chosen) await dialog.getByText(new RegExp(`${name}さん`)).waitFor();
    await shots(a, 'route-modal-sent', { full: false, top: false });
    await dialog.getByRole('button', { name: '閉じる' }).last().click();

    // Again, the same first person: the server refuses and says why.
    await a.getByRole('button', { name: '詳しい人に聞く' }).click();
    await dialog.waitFor();
    await search.fill(chosen[0].trim());
    await dialog
      .getByRole('list', { name: '検索結果' })
      .getByRole('checkbox', { name: new RegExp(chosen[0].trim()) })
      .check();
    await Promise.all([a.waitForResponse(isGraphql('routeQuestion')), dialog.getByRole('button', { name: '1人に依頼する' }).click()]);
    const refusal = dialog.getByRole('alert');
    await refusal.getByText('依頼できませんでした').waitFor();
    expect(await refusal.innerText()).toMatch(/すでに依頼しています/);
    await shots(a, 'route-modal-refused', { full: false, top: false });
  });

  it('notification settings: choices save, the toast confirms, and they are still there after a reload', async () => {
    const page = await as('staff03@demo.banso.example');
    await page.goto('/notifications/settings');
    await page.getByRole('heading', { level: 1, name: 'お知らせの設定' }).waitFor();
    await page.getByRole('radio', { name: /1日1回まとめて/, checked: true }).waitFor();
    await shots(page, 'notification-settings');
    await expectNoSeriousA11yViolations(page, 'notification settings');

    await page.getByRole('radio', { name: /すぐに/ }).check();
    await page.getByRole('switch', { name: /回答の依頼を受け付ける/ }).uncheck();
    await page.getByRole('switch', { name: /フォロー中のタグの新しい投稿/ }).check();
    await page.getByRole('switch', { name: /自分の投稿へのコメント|自分の投稿・回答へのコメント/ }).uncheck();
    await page.getByText('保存していない変更があります').waitFor();
    await Promise.all([page.waitForResponse(isGraphql('updateNotificationSettings')), page.getByRole('button', { name: '保存する' }).click()]);
    await page.getByText('お知らせの設定を保存しました').waitFor();
    await page.getByText('変更はすべて保存されています').waitFor();
    await closeNotices(page);

    await page.reload();
    await page.getByRole('radio', { name: /すぐに/, checked: true }).waitFor();
    expect(await page.getByRole('switch', { name: /回答の依頼を受け付ける/ }).isChecked()).toBe(false);
    expect(await page.getByRole('switch', { name: /フォロー中のタグの新しい投稿/ }).isChecked()).toBe(true);
    expect(await page.getByRole('switch', { name: /自分の投稿・回答へのコメント/ }).isChecked()).toBe(false);
    expect(await page.getByRole('switch', { name: /自分の投稿への回答/ }).isChecked()).toBe(true);
  });

  it('webhooks: the DX office adds one, sends a test the receiver gets, and sees a refused host under the URL', async () => {
    const page = await as('dx-office@demo.banso.example');
    await page.goto('/admin/webhooks');
    await page.getByRole('tab', { name: 'Webhook', selected: true }).waitFor();
    await page.getByText('Webhook はまだありません').waitFor();

    // A host outside WEBHOOK_ALLOWED_HOSTS: the server's reason, under the URL field.
    await page.getByRole('button', { name: 'Webhook を追加' }).click();
    let dialog = page.getByRole('dialog', { name: 'Webhook を追加' });
    await dialog.getByRole('textbox', { name: '名前' }).fill('外部チャット');
    await dialog.getByRole('textbox', { name: '送信先 URL' }).fill('https://hooks.example.com/abc');
    await Promise.all([page.waitForResponse(isGraphql('createWebhook')), dialog.getByRole('button', { name: '追加する' }).click()]);
    await dialog.getByText('「hooks.example.com」は WEBHOOK_ALLOWED_HOSTS にない送信先です。').waitFor();
    expect(await dialog.getByRole('textbox', { name: '送信先 URL' }).getAttribute('aria-invalid')).toBe('true');
    await shots(page, 'webhooks-form-refused', { full: false });

    // An allowed receiver, Teams format, only questions tagged RPA.
    await dialog.getByRole('textbox', { name: '名前' }).fill('DX推進チャネル（Teams）');
    await dialog.getByRole('textbox', { name: '送信先 URL' }).fill(`http://127.0.0.1:${receiverPort}/teams`);
    const tags = dialog.getByLabel('タグで絞り込む');
    await tags.fill('RPA');
    await tags.press('Enter');
    await dialog.getByRole('checkbox', { name: '質問' }).check();
    await shots(page, 'webhooks-form', { full: false });
    await expectNoSeriousA11yViolations(page, 'webhook form');
    await Promise.all([page.waitForResponse(isGraphql('createWebhook')), dialog.getByRole('button', { name: '追加する' }).click()]);
    await dialog.waitFor({ state: 'detached' });
    const card = page.getByRole('article', { name: 'DX推進チャネル（Teams）' });
    await card.waitFor();
    await card.getByText('まだ送信していません').waitFor();

    // A second one, generic JSON with a signing secret, paused.
    await page.getByRole('button', { name: 'Webhook を追加' }).click();
    dialog = page.getByRole('dialog', { name: 'Webhook を追加' });
    await dialog.getByRole('textbox', { name: '名前' }).fill('庁内ポータル連携');
    await dialog.getByRole('textbox', { name: '送信先 URL' }).fill(`http://127.0.0.1:${receiverPort}/generic`);
    await dialog.getByRole('radio', { name: /汎用 JSON/ }).check();
    await dialog.getByLabel('署名の鍵').fill('portal-secret');
    await dialog.getByRole('switch', { name: /有効にする/ }).uncheck();
    await Promise.all([page.waitForResponse(isGraphql('createWebhook')), dialog.getByRole('button', { name: '追加する' }).click()]);
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('article', { name: '庁内ポータル連携' }).getByText('停止中').waitFor();

    // テスト送信: the receiver gets the Teams card, the page says what it answered.
    await Promise.all([page.waitForResponse(isGraphql('testWebhook')), card.getByRole('button', { name: /テスト送信/ }).click()]);
    await card.getByText('テスト送信に成功しました').waitFor();
    await card.getByText('送信済み').waitFor();
    const teams = received.find((r) => r.body.includes('AdaptiveCard'));
    expect(teams?.body).toContain('【テスト送信】');
    await shots(page, 'webhooks-list');
    await expectNoSeriousA11yViolations(page, 'webhook list');

    // Delete asks first.
    await page.getByRole('button', { name: '「庁内ポータル連携」を削除' }).click();
    const confirm = page.getByRole('dialog', { name: 'Webhook を削除しますか？' });
    await Promise.all([page.waitForResponse(isGraphql('deleteWebhook')), confirm.getByRole('button', { name: '削除', exact: true }).click()]);
    await page.getByRole('article', { name: '庁内ポータル連携' }).waitFor({ state: 'detached' });
  });
});
