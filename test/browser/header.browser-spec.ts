import { DESKTOP, expectNoSeriousA11yViolations, MOBILE, shot, useDemoBrowser } from './browser-support';
import type { Locator, Page } from 'playwright-core';

jest.setTimeout(300_000);

/** Whether the element is wholly inside the window (what the person can see without scrolling sideways). */
const insideWindow = (locator: Locator) =>
  locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.left >= 0 && r.right <= document.documentElement.clientWidth && r.top >= 0;
  });

const focusedName = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText.trim().split('\n')[0] ?? '');

/**
 * The header's menus and the bell (#13): they no longer bring a positioning library into the first
 * screen, so this checks what it gave — each opens below its button, inside a 390 px screen, and
 * works by keyboard as a menu button (Enter opens on the first item, ↓ ↑ move, Esc closes and
 * returns to the button) or, for the bell, as a dialog; the drawer nav opens and closes.
 */
describe('the header: menus, the bell and the drawer', () => {
  const d = useDemoBrowser();
  let page: Page;

  beforeAll(async () => {
    page = await d.as('dx-office@demo.banso.example');
  });

  afterAll(async () => {
    await page?.context().close();
  });

  it('opens 「質問する」 by keyboard on its first item, moves with the arrows, closes with Esc back on the button', async () => {
    await page.setViewportSize(DESKTOP);
    await page.goto('/');
    const ask = page.getByRole('button', { name: '質問する' });
    await ask.focus();
    await page.keyboard.press('Enter');
    const menu = page.getByRole('menu', { name: '投稿の種類を選ぶ' });
    await menu.waitFor();
    expect(await ask.getAttribute('aria-expanded')).toBe('true');
    expect(await menu.getByRole('menuitem').count()).toBe(3);
    expect(await focusedName(page)).toBe('質問を投稿');
    await page.keyboard.press('ArrowDown');
    expect(await focusedName(page)).toBe('事例を共有');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    expect(await focusedName(page)).toBe('アイデアを投稿');
    await shot(page, 'header-ask-menu-desktop');
    await page.keyboard.press('Escape');
    await menu.waitFor({ state: 'detached' });
    expect(await ask.evaluate((el) => el === document.activeElement)).toBe(true);

    // Enter on an item follows its link, and the menu closes.
    await page.keyboard.press('Enter');
    await menu.waitFor();
    await page.keyboard.press('Enter');
    await page.waitForURL('**/new/question');
    expect(await page.getByRole('menu').count()).toBe(0);
  });

  it('the user menu and the 「DX推進」 menu open with the mouse and close on a click outside', async () => {
    await page.setViewportSize(DESKTOP);
    await page.goto('/');
    await page.getByRole('button', { name: /^ユーザーメニュー/ }).click();
    const userMenu = page.getByRole('menu', { name: 'ユーザーメニュー' });
    await userMenu.waitFor();
    expect(await userMenu.getByRole('menuitem', { name: 'ログアウト' }).count()).toBe(1);
    expect(await insideWindow(userMenu)).toBe(true);
    await page.getByRole('heading', { level: 1 }).click();
    await userMenu.waitFor({ state: 'detached' });

    await page.getByRole('navigation', { name: 'メインナビゲーション' }).getByRole('button', { name: 'DX推進' }).click();
    const dxMenu = page.getByRole('menu', { name: 'DX推進' });
    await dxMenu.waitFor();
    await shot(page, 'header-dx-menu-desktop');
    await dxMenu.getByRole('menuitem', { name: '通報の対応' }).click();
    await page.waitForURL('**/dx/reports');
    await dxMenu.waitFor({ state: 'detached' });
    await expectNoSeriousA11yViolations(page, 'header menus');
  });

  it('at 390×844 every menu and the bell open inside the screen; the drawer holds the nav', async () => {
    await page.setViewportSize(MOBILE);
    await page.goto('/');
    for (const [button, menu] of [
      ['質問する', '投稿の種類を選ぶ'],
      [/^表示言語/, '表示言語'],
      [/^ユーザーメニュー/, 'ユーザーメニュー'],
    ] as const) {
      await page.getByRole('button', { name: button }).click();
      const opened = page.getByRole('menu', { name: menu });
      await opened.waitFor();
      expect(await insideWindow(opened)).toBe(true);
      if (menu === '投稿の種類を選ぶ') await shot(page, 'header-ask-menu-mobile');
      await page.keyboard.press('Escape');
      await opened.waitFor({ state: 'detached' });
    }

    await page.getByRole('button', { name: /^お知らせ/ }).click();
    const bell = page.getByRole('dialog', { name: 'お知らせ' });
    await bell.getByRole('link', { name: /すべてのお知らせ/ }).waitFor();
    expect(await insideWindow(bell)).toBe(true);
    await shot(page, 'header-bell-mobile');
    await page.keyboard.press('Escape');
    await bell.waitFor({ state: 'detached' });

    const burger = page.getByRole('button', { name: 'メニューを開く' });
    await burger.click();
    const drawer = page.getByRole('navigation', { name: 'メインナビゲーション' });
    await drawer.getByRole('link', { name: 'まとめ' }).waitFor();
    await shot(page, 'header-drawer-mobile');
    await drawer.getByRole('link', { name: 'まとめ' }).click();
    await page.waitForURL('**/collections');
    expect(await drawer.isVisible()).toBe(false);
  });

  it('the bell and the user menu stay inside the window at every desktop width, in Japanese and in English', async () => {
    const widths = [1200, 1366, 1920];
    const check = async (user: RegExp, bell: RegExp) => {
      for (const width of widths) {
        await page.setViewportSize({ width, height: 768 });
        await page.getByRole('button', { name: user }).waitFor();
        expect([width, await insideWindow(page.getByRole('button', { name: user }))]).toEqual([width, true]);
        expect([width, await insideWindow(page.getByRole('button', { name: bell }))]).toEqual([width, true]);
      }
    };
    await page.goto('/');
    await check(/^ユーザーメニュー/, /^お知らせ/);
    // The DX office's nav (with 「DX推進」) is in the header in Japanese…
    expect(await page.getByRole('banner').getByRole('navigation', { name: 'メインナビゲーション' }).isVisible()).toBe(true);

    await page.getByRole('button', { name: /^表示言語/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('button', { name: /^User menu/ }).waitFor();
    await check(/^User menu/, /^Notifications/);
    // …and in the drawer in English, whose labels would push the buttons out of the header.
    await page.getByRole('button', { name: 'Open menu' }).click();
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Collections' }).waitFor();
    await shot(page, 'header-english-drawer-desktop', { full: false });
    await page.getByRole('button', { name: 'Close menu' }).click();

    await page.getByRole('button', { name: /^Language/ }).click();
    await page.getByRole('menuitem', { name: '日本語' }).click();
    await page.getByRole('button', { name: /^ユーザーメニュー/ }).waitFor();
  });
});
