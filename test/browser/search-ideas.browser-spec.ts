import { DESKTOP, expectNoSeriousA11yViolations, isGraphql, MOBILE, settle, shot, useDemoBrowser } from './browser-support';
import type { Page } from 'playwright-core';

jest.setTimeout(300_000);

const isSearch = isGraphql('SearchPosts');

/**
 * Searching ideas by their status (提案 / 検討中 / 採用 / 見送り) on the demo city: the status
 * filter appears with 種類「アイデア」, is kept in the URL like the other filters, and goes away
 * with another kind.
 */
describe('search: ideas by their status', () => {
  const d = useDemoBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await d.as('staff03@demo.banso.example');
    await page.setViewportSize(DESKTOP);
  });

  afterAll(async () => {
    await page?.context().close();
  });

  const results = () => page.getByRole('list', { name: '検索結果' });
  const statusFilter = () => page.getByLabel('アイデアの状況', { exact: true });
  /** Waits until the results shown are all ideas marked `label` (the new page has replaced the old one); returns how many. */
  const allMarked = async (label: string): Promise<number> => {
    await page.waitForFunction((l) => {
      const list = document.querySelector('ol[aria-label="検索結果"]');
      const cards = list ? list.querySelectorAll('article').length : 0;
      const badges = list ? [...list.querySelectorAll('[data-testid="idea-status"]')].map((b) => b.textContent?.trim()) : [];
      return cards > 0 && badges.length === cards && badges.every((b) => b === l);
    }, label);
    await settle(page);
    return results().getByRole('article').count();
  };

  it('offers the status with 種類「アイデア」, keeps it in the URL and finds only ideas of that status', async () => {
    await page.goto(`/search?q=${encodeURIComponent('窓口')}`);
    await results().getByRole('article').first().waitFor();
    // Not for questions, cases or every kind.
    expect(await statusFilter().count()).toBe(0);

    await Promise.all([page.waitForResponse(isSearch), page.getByLabel('種類', { exact: true }).selectOption('IDEA')]);
    await page.waitForURL((u) => u.searchParams.get('kind') === 'IDEA');
    await statusFilter().waitFor();
    expect(await statusFilter().inputValue()).toBe('');
    expect((await statusFilter().locator('option').allTextContents()).map((s) => s.trim())).toEqual(['すべて', '提案', '検討中', '採用', '見送り']);

    await Promise.all([page.waitForResponse(isSearch), statusFilter().selectOption('ADOPTED')]);
    await page.waitForURL((u) => u.searchParams.get('idea') === 'ADOPTED' && u.searchParams.get('kind') === 'IDEA');
    // Every result is an idea, marked 採用 (the demo's コンビニ交付 idea among them).
    const n = await allMarked('採用');
    expect(await results().getByText('住民票のコンビニ交付の利用を増やして').count()).toBeGreaterThan(0);
    await shot(page, 'search-ideas-adopted-desktop');
    await expectNoSeriousA11yViolations(page, 'search: ideas by status');

    await page.setViewportSize(MOBILE);
    await settle(page);
    await shot(page, 'search-ideas-adopted-mobile');
    await page.setViewportSize(DESKTOP);

    // The address alone brings the same search back (shared or bookmarked).
    await page.reload();
    expect(await allMarked('採用')).toBe(n);
    expect(await statusFilter().inputValue()).toBe('ADOPTED');
  });

  it('another status changes the results; another kind drops the status', async () => {
    await Promise.all([page.waitForResponse(isSearch), statusFilter().selectOption('PROPOSED')]);
    await page.waitForURL((u) => u.searchParams.get('idea') === 'PROPOSED');
    expect(await allMarked('提案')).toBeGreaterThan(0);

    await Promise.all([page.waitForResponse(isSearch), page.getByLabel('種類', { exact: true }).selectOption('QUESTION')]);
    await page.waitForURL((u) => u.searchParams.get('kind') === 'QUESTION' && !u.searchParams.has('idea'));
    await statusFilter().waitFor({ state: 'detached' });
    // Questions now: results, none of them an idea.
    await page.waitForFunction(() => {
      const list = document.querySelector('ol[aria-label="検索結果"]');
      return !!list && list.querySelectorAll('article').length > 0 && list.querySelectorAll('[data-testid="idea-status"]').length === 0;
    });
  });
});
