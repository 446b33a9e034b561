import { join } from 'node:path';
import { DESKTOP, expectNoSeriousA11yViolations, gql, isGraphql, MOBILE, settle, SHOTS, shots, useDemoBrowser } from './browser-support';
import type { Page } from 'playwright-core';

jest.setTimeout(300_000);

/** The bell polls every 10 s and the outbox turns an act into a notification within ~2 s. */
const ARRIVAL_MS = 30_000;

const unreadCount = async (page: Page) => (await gql<{ unreadNotificationCount: number }>(page, '{ unreadNotificationCount }')).unreadNotificationCount;

/** The bell's accessible name for a count. */
const bellName = (n: number) => (n > 0 ? `お知らせ（未読${n > 99 ? '99+' : n}件）` : 'お知らせ');
const bell = (page: Page, n: number) => page.getByRole('banner').getByRole('button', { name: bellName(n), exact: true });

/** The header stays on one line and inside the window (the bell included). */
async function expectOneLineHeader(page: Page) {
  await bell(page, await unreadCount(page)).waitFor();
  const header = await page.getByRole('banner').boundingBox();
  expect(header!.height).toBeLessThanOrEqual(65);
  const nav = page.getByRole('banner').getByRole('navigation', { name: 'メインナビゲーション' });
  if (await nav.isVisible()) expect((await nav.boundingBox())!.height).toBeLessThan(48);
  const outside = await page.evaluate(() =>
    [...document.querySelectorAll('header *')]
      .filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && (r.right > window.innerWidth + 0.5 || r.bottom > 64.5);
      })
      .map((el) => `${el.tagName.toLowerCase()}.${el.className} ${el.textContent?.slice(0, 20) ?? ''}`),
  );
  expect({ width: page.viewportSize()?.width, outside }).toEqual({ width: page.viewportSize()?.width, outside: [] });
}

async function ask(page: Page, title: string): Promise<string> {
  await page.goto('/new/question');
  await page.getByLabel('タイトル').fill(title);
  await page.getByLabel('本文').fill('住民票の写しの交付申請を電子化したいのですが、本人確認の方法はどうしていますか？');
  const tags = page.getByLabel('タグ');
  await tags.fill('電子申請');
  await tags.press('Enter');
  await page.getByRole('button', { name: '投稿する' }).click();
  await page.waitForURL(/\/posts\/\d+$/);
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  return new URL(page.url()).pathname;
}

async function answer(page: Page, postPath: string, body: string) {
  await page.goto(postPath);
  await page.getByLabel('回答を書く').fill(body);
  await Promise.all([page.waitForResponse(isGraphql('createAnswer')), page.getByRole('button', { name: '回答する', exact: true }).click()]);
  await page
    .locator('article')
    .filter({ hasText: body.slice(0, 12) })
    .waitFor();
}

/**
 * お知らせ in a real browser on the demo city: staff A asks, staff B answers, and A's bell shows
 * it without a reload (the bell polls); the popover opens the answer at its anchor and marks it
 * read; B hears nothing of their own act. Nothing depends on the demo's own counts: the test
 * reads them before and after.
 */
describe('notifications: the bell, the inbox and following', () => {
  const d = useDemoBrowser();
  const title = `住民票の電子申請での本人確認について ${Date.now()}`;
  let asker: Page;
  let answerer: Page;
  let postPath: string;
  let askerBefore: number;
  let answererBefore: number;

  beforeAll(async () => {
    asker = await d.as('staff01@demo.banso.example');
    answerer = await d.as('staff02@demo.banso.example');
    for (const p of [asker, answerer]) await p.setViewportSize(DESKTOP);
  });

  it('staff A asks, staff B answers: A’s bell shows it without a reload, B’s does not', async () => {
    postPath = await ask(asker, title);
    // One's own post is followed automatically.
    await asker.getByRole('button', { name: 'フォロー中' }).waitFor();
    askerBefore = await unreadCount(asker);
    await bell(asker, askerBefore).waitFor();

    answererBefore = await unreadCount(answerer);
    await answer(answerer, postPath, 'マイナンバーカードの公的個人認証（JPKI）を使っています。窓口での確認は不要になりました。');
    // Answering follows the post too.
    await answerer.getByRole('button', { name: 'フォロー中' }).waitFor();

    // A is still on the post page they asked from: the badge updates live (pushed over graphql-ws).
    await bell(asker, askerBefore + 1).waitFor({ timeout: ARRIVAL_MS });
    expect(await asker.getByTestId('notification-badge').textContent()).toBe(askerBefore + 1 > 99 ? '99+' : String(askerBefore + 1));

    // B: the act has been processed (A was told); a fresh read of B's count shows nothing new.
    const fresh = answerer.waitForResponse(isGraphql('UnreadNotificationCount'));
    await answerer.reload();
    await fresh;
    expect(await unreadCount(answerer)).toBe(answererBefore);
    await bell(answerer, answererBefore).waitFor();
  });

  it('the popover lists it first and opens the answer at its anchor, marking it read', async () => {
    // A second answer on the same post, from someone else: two unread for A, grouped in the inbox.
    const third = await d.as('staff03@demo.banso.example');
    await answer(third, postPath, '本人確認はeKYCのサービスを使う方法もあります。費用の比較表を共有します。');
    await bell(asker, askerBefore + 2).waitFor({ timeout: ARRIVAL_MS });
    await third.context().close();

    await asker.goto('/');
    await bell(asker, askerBefore + 2).click();
    const popover = asker.getByRole('dialog', { name: 'お知らせ' });
    await popover.waitFor();
    const items = popover.getByRole('list', { name: 'お知らせ' }).getByRole('link').filter({ hasText: title });
    await items.nth(1).waitFor();
    expect(await items.count()).toBe(2);
    const first = items.first();
    expect(await first.getAttribute('data-unread')).toBe('true');
    expect(await first.getAttribute('href')).toMatch(new RegExp(`^${postPath}#answer-\\d+$`));
    await expectNoSeriousA11yViolations(asker, 'the bell’s popover');
    // What is on screen with the popover open (not the whole feed below it).
    await shots(asker, 'notifications-bell-open', { full: false, top: false });
    await settle(asker);
    if (!(await popover.isVisible())) await bell(asker, askerBefore + 2).click();
    const href = (await first.getAttribute('href'))!;
    const anchor = href.split('#')[1];
    await first.click();
    await asker.waitForURL((u) => u.pathname === postPath && u.hash === `#${anchor}`);
    // The answer is scrolled to (below the fixed header) and focused.
    await asker.waitForFunction(
      (id) => {
        const el = document.getElementById(id);
        if (!el) return false;
        const r = el.getBoundingClientRect();
        return r.top >= 60 && r.top < window.innerHeight / 2 && document.activeElement === el;
      },
      anchor,
      { timeout: 10_000 },
    );
    await bell(asker, askerBefore + 1).waitFor();
    expect(await unreadCount(asker)).toBe(askerBefore + 1);
  });

  it('the inbox: today’s notifications, the two answers grouped, mark all read', async () => {
    await asker.goto('/notifications');
    await asker.getByRole('heading', { level: 1, name: 'お知らせ' }).waitFor();
    const today = asker.getByRole('region', { name: '今日のお知らせ' });
    const group = today.getByRole('button', { name: /^2件の回答/ }).filter({ hasText: title });
    await group.waitFor();
    expect(await group.getAttribute('aria-expanded')).toBe('false');
    await group.click();
    const list = today.getByRole('list', { name: '2件の回答' });
    await list.waitFor();
    const links = list.getByRole('link');
    expect(await links.count()).toBe(2);
    for (const href of await links.evaluateAll((els) => els.map((e) => e.getAttribute('href')))) expect(href).toMatch(/#answer-\d+$/);
    await shots(asker, 'notifications-inbox');
    await expectNoSeriousA11yViolations(asker, '/notifications');

    await asker.getByRole('tab', { name: /^未読/ }).click();
    await asker.waitForURL(/filter=unread/);
    await asker.getByRole('tabpanel').getByRole('link').first().waitFor();

    await Promise.all([asker.waitForResponse(isGraphql('MarkNotificationsRead')), asker.getByRole('button', { name: 'すべて既読にする' }).click()]);
    await bell(asker, 0).waitFor();
    expect(await unreadCount(asker)).toBe(0);
    await asker.reload();
    await asker.getByRole('heading', { name: '未読のお知らせはありません' }).waitFor();
  });

  it('following: 「フォローする」 → 「フォロー中」 sticks; the header keeps to one line with the bell', async () => {
    const other = await d.as('staff04@demo.banso.example');
    await other.setViewportSize(DESKTOP);
    await other.goto(postPath);
    const followButton = other.getByRole('button', { name: 'フォローする' });
    await followButton.waitFor();
    await followButton.hover();
    await other
      .getByRole('tooltip')
      .getByText(/フォローすると、この投稿への回答や公式見解をお知らせで受け取れます/)
      .waitFor();
    await shots(other, 'notifications-post-follow');
    await Promise.all([other.waitForResponse(isGraphql('mutation Follow')), followButton.click()]);
    await other.getByRole('button', { name: 'フォロー中' }).waitFor();
    await other.reload();
    await other.getByRole('button', { name: 'フォロー中' }).waitFor();
    await shots(other, 'notifications-post-following');
    await expectNoSeriousA11yViolations(other, 'post page with the follow toggle');
    await Promise.all([other.waitForResponse(isGraphql('mutation Unfollow')), other.getByRole('button', { name: 'フォロー中' }).click()]);
    await other.getByRole('button', { name: 'フォローする' }).waitFor();

    for (const [page, size] of [
      [other, DESKTOP],
      [other, MOBILE],
    ] as const) {
      await page.setViewportSize(size);
      await settle(page);
      await expectOneLineHeader(page);
    }
    await other.context().close();

    for (const email of ['dx-office@demo.banso.example', 'admin@demo.banso.example']) {
      const page = await d.as(email);
      for (const size of [DESKTOP, MOBILE]) {
        await page.setViewportSize(size);
        await page.goto('/');
        await settle(page);
        await expectOneLineHeader(page);
      }
      await page.setViewportSize(DESKTOP);
      await settle(page);
      await page.screenshot({ path: join(SHOTS, `notifications-header-${email.split('@')[0]}.png`), clip: { x: 0, y: 0, width: DESKTOP.width, height: 64 } });
      await page.context().close();
    }
  });

  it('@mention: typing @ and part of a name suggests colleagues; choosing one inserts the handle, and they are told', async () => {
    const { me } = await gql<{ me: { displayName: string; mentionName: string } }>(asker, '{ me { displayName mentionName } }');
    const family = me.displayName.split(/\s/)[0];
    const before = await unreadCount(asker);
    await answerer.goto(postPath);
    const box = answerer.getByLabel('回答を書く');
    await box.click();
    await box.pressSequentially(`念のため @${family}`);
    const handle = new RegExp(`@${me.mentionName}(?![\\w.-])`);
    const option = answerer.getByRole('option', { name: handle });
    await option.waitFor();
    await shots(answerer, 'notifications-mention-autocomplete', { top: false });
    await box.focus();
    // Keyboard: ↓/↑ move through the list (the active option follows), Enter inserts it.
    const options = answerer.getByRole('option');
    const index = (await options.allTextContents()).findIndex((text) => handle.test(text));
    for (let i = 0; i < index; i++) await box.press('ArrowDown');
    expect(await option.getAttribute('aria-selected')).toBe('true');
    await box.press('Enter');
    expect(await box.inputValue()).toBe(`念のため @${me.mentionName} `);
    await answerer.getByTestId('mention-suggestions').waitFor({ state: 'detached' });
    await box.pressSequentially('さんにも確認しました。');
    await Promise.all([answerer.waitForResponse(isGraphql('createAnswer')), answerer.getByRole('button', { name: '回答する', exact: true }).click()]);

    // The asker hears of the answer and of the mention.
    await bell(asker, before + 2).waitFor({ timeout: ARRIVAL_MS });
    const { notifications } = await gql<{ notifications: { edges: { node: { kind: string; message: string } }[] } }>(
      asker,
      '{ notifications(first: 2) { edges { node { kind message } } } }',
    );
    expect(notifications.edges.map((e) => e.node.kind).sort()).toEqual(['ANSWER_ON_MY_POST', 'MENTION']);
  });

  afterAll(async () => {
    for (const p of [asker, answerer]) await p?.context().close();
  });

  it('made no request outside the app (closed network)', () => {
    expect(d.external).toEqual([]);
  });
});
