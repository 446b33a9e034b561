import { DESKTOP, expectNoSeriousA11yViolations, isGraphql, MOBILE, settle, shot, useDemoBrowser } from './browser-support';
import type { Page } from 'playwright-core';

jest.setTimeout(300_000);

/** Rows of the compact list wholly inside the window, as the person sees them without scrolling. */
const rowsOnScreen = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll('[data-testid="feed-compact"] article')].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.top >= 0 && r.bottom <= window.innerHeight;
      }).length,
  );

/**
 * The feed as staff use it on a 1366×768 municipal PC (#13): the compact list shows more than
 * eight posts on the first screen and is kept per person (another browser gets it too); an
 * empty filtered result says what was filtered and clears it; a tag chosen at the bottom shows
 * the filtered feed from the top; a search without results offers to ask it; toasts stay clear
 * of 「質問する」.
 */
describe('the feed: compact list, filters, asking from search', () => {
  const d = useDemoBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await d.as('staff03@demo.banso.example');
    await page.setViewportSize(DESKTOP);
  });

  afterAll(async () => {
    await page?.context().close();
  });

  it('「一覧」 shows ≥ 8 posts on the first screen at 1366×768, and is kept for the person in another browser', async () => {
    await page.goto('/');
    await page.getByRole('article').first().waitFor();
    const cards = await page.evaluate(
      () => [...document.querySelectorAll('article.post-card')].filter((el) => el.getBoundingClientRect().bottom <= window.innerHeight).length,
    );
    await Promise.all([page.waitForResponse(isGraphql('SetFeedDensity')), page.getByRole('radio', { name: '一覧' }).check()]);
    await page.getByTestId('feed-compact').waitFor();
    await settle(page);
    const rows = await rowsOnScreen(page);
    expect({ cards, rows: rows >= 8 }).toEqual({ cards, rows: true });
    expect(rows).toBeGreaterThan(cards);
    await shot(page, 'feed-compact-desktop');
    await expectNoSeriousA11yViolations(page, 'compact feed');

    await page.setViewportSize(MOBILE);
    await settle(page);
    await shot(page, 'feed-compact-mobile');
    await page.setViewportSize(DESKTOP);

    // Another browser, same person: the list, not cards.
    const other = await d.as('staff03@demo.banso.example');
    await other.setViewportSize(DESKTOP);
    await other.goto('/');
    await other.getByTestId('feed-compact').waitFor();
    expect(await other.getByRole('radio', { name: '一覧' }).isChecked()).toBe(true);
    await other.context().close();
  });

  it('an empty filtered result says what was filtered and clears it', async () => {
    await page.goto('/?kind=IDEA&tab=resolved&tag=' + encodeURIComponent('存在しないタグ'));
    const empty = page.getByRole('heading', { name: '「#存在しないタグ」「アイデア」「解決済み」の投稿はありません' });
    await empty.waitFor();
    expect(await page.getByText('まだ投稿がありません').count()).toBe(0);
    await shot(page, 'feed-filtered-empty');
    await page.getByRole('button', { name: '絞り込みを解除', exact: true }).click();
    await page.waitForURL((u) => u.search === '');
    await page.getByTestId('feed-compact').locator('article').first().waitFor();
  });

  it('a popular tag chosen at the bottom of the page shows the filtered feed from the top, chip visible', async () => {
    await page.setViewportSize(MOBILE);
    await page.goto('/');
    const tags = page.getByRole('region', { name: 'よく使われるタグ' }).or(page.locator('section[aria-labelledby="popular-tags-title"]'));
    const tag = tags.getByRole('link').first();
    await tag.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
    const name = ((await tag.textContent()) ?? '').replace(/^#/, '').replace(/\d+$/, '');
    await tag.click();
    await page.waitForURL(/[?&]tag=/);
    const chip = page.getByText(`タグ: ${name}`);
    await chip.waitFor();
    await page.waitForFunction(() => window.scrollY === 0);
    expect(await chip.isVisible()).toBe(true);
    const box = await chip.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(MOBILE.height);
    await page.setViewportSize(DESKTOP);
  });

  it('a search without results offers 「この内容で質問する」 with the query as the title', async () => {
    const q = '庁舎の屋上で養蜂を始める手続き';
    await page.goto(`/search?q=${encodeURIComponent(q)}`);
    const ask = page.getByRole('link', { name: 'この内容で質問する' });
    await ask.waitFor();
    await shot(page, 'search-no-results-ask');
    await ask.click();
    await page.waitForURL(/\/new\/question/);
    expect(await page.getByLabel('タイトル').inputValue()).toBe(q);
  });

  it('「リンクをコピー」 copies the post’s address, and its toast never covers 「質問する」', async () => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/?kind=CASE');
    await page.getByTestId('feed-compact').locator('article a').first().click();
    await page.waitForURL(/\/posts\/\d+$/);
    const postUrl = page.url();
    await page.getByRole('button', { name: 'リンクをコピー' }).click();
    const toast = page.locator('.mantine-Notification-root').filter({ hasText: 'リンクをコピーしました' });
    await toast.waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(postUrl);
    const ask = page.getByRole('banner').getByRole('button', { name: '質問する' });
    for (const size of [DESKTOP, MOBILE]) {
      await page.setViewportSize(size);
      await settle(page);
      const a = await ask.boundingBox();
      const b = await toast.boundingBox();
      const overlaps = !!a && !!b && a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect({ size, overlaps }).toEqual({ size, overlaps: false });
    }
    await page.setViewportSize(DESKTOP);
  });

  it('「印刷用表示」 of a case: a plain document with who, when (JST), the case and the URL; nothing to click when printed', async () => {
    await page.getByRole('link', { name: '印刷用表示' }).click();
    await page.waitForURL(/\/print$/);
    const title = page.getByRole('heading', { level: 1 });
    await title.waitFor();
    const doc = page.getByRole('article');
    await doc.getByText('投稿日時').waitFor();
    expect(await doc.textContent()).toContain(`URL：${page.url().replace(/\/print$/, '')}`);
    expect(await doc.textContent()).toMatch(/印刷日時：\d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d{2}/);
    await expectNoSeriousA11yViolations(page, 'print view');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('button', { name: '印刷する' }).isVisible()).toBe(false);
    expect(await page.getByRole('banner').count()).toBe(0);
    await shot(page, 'print-case');
    await page.emulateMedia({ media: 'screen' });
    await page.setViewportSize(MOBILE);
    await shot(page, 'print-case-mobile');
    await page.setViewportSize(DESKTOP);
  });

  it('made no request outside the app (closed network)', () => {
    expect(d.external).toEqual([]);
  });
});
