import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { TestApp } from '../support/test-app';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SHOTS = join(__dirname, '../../test-results/screenshots');

/** Debian's Chromium, headless, with the background-networking features a closed network refuses. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`Chromium not found at ${CHROMIUM}. Install it with "apt-get install -y chromium" (or set CHROMIUM_PATH).`);
  }
  mkdirSync(SHOTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/**
 * A browser context that records every request leaving the app's origin, so a test can
 * prove the SPA works on a closed network (no CDN, fonts, avatars or telemetry).
 */
export async function newContext(browser: Browser, baseURL: string, external: string[] = []): Promise<{ context: BrowserContext; external: string[] }> {
  const context = await browser.newContext({ baseURL, locale: 'ja-JP', timezoneId: 'Asia/Tokyo', viewport: { width: 1280, height: 900 } });
  const origin = new URL(baseURL).origin;
  context.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) external.push(url);
  });
  return { context, external };
}

export async function signIn(page: Page, email: string, password = 'banso-demo') {
  await page.goto('/login');
  await page.getByLabel('メールアドレス').fill(email);
  await page.getByLabel('パスワード').fill(password);
  await page.getByRole('button', { name: 'ログイン', exact: true }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}

/** The two window sizes every screen is checked at: a municipal PC and a phone. */
export const DESKTOP = { width: 1366, height: 768 };
export const MOBILE = { width: 390, height: 844 };
/** Each size with the suffix its screenshots carry. */
export const SIZES = [
  [DESKTOP, 'desktop'],
  [MOBILE, 'mobile'],
] as const;

/** A PNG of the page in test-results/screenshots (`full`: the whole page, otherwise the window). */
export async function shot(page: Page, name: string, { full = true } = {}) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: full });
}

/** Waits two animation frames, so the layout after a resize or a render has been painted. */
export const settle = (page: Page) => page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

/** Closes every toast (its 「閉じる」 button) and waits until the last one has gone. */
export async function closeNotices(page: Page) {
  await page.evaluate(() => document.querySelectorAll<HTMLButtonElement>('.mantine-Notification-root button[aria-label="閉じる"]').forEach((b) => b.click()));
  await page.locator('.mantine-Notification-root').first().waitFor({ state: 'detached' });
}

/**
 * PNGs `${name}-desktop` and `${name}-mobile` at DESKTOP and MOBILE, notices closed and the layout
 * settled before each; the window is left at DESKTOP. `full`: the whole page, otherwise the window
 * (a dialog); `top`: scrolled to the top first; `tall`: the window made as tall as the page, so an
 * open dialog's overlay covers the whole picture.
 */
export async function shots(page: Page, name: string, { full = true, top = true, tall = false } = {}) {
  await closeNotices(page);
  if (top) await page.evaluate(() => window.scrollTo(0, 0));
  for (const [size, suffix] of SIZES) {
    await page.setViewportSize(size);
    await settle(page);
    if (tall) {
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      await page.setViewportSize({ width: size.width, height: Math.max(size.height, height) });
      await settle(page);
    }
    await shot(page, `${name}-${suffix}`, { full });
  }
  await page.setViewportSize(DESKTOP);
}

/** A predicate for `page.waitForResponse`: a response from /graphql whose request body mentions `op` (an operation or field name). */
export const isGraphql = (op: string) => (r: { url(): string; request(): { postData(): string | null } }) =>
  r.url().endsWith('/graphql') && (r.request().postData() ?? '').includes(op);

export interface GraphqlResponse<T> {
  data: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** GraphQL through the page's own session (its cookie); the whole response, errors included. */
export async function gqlResponse<T = any>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<GraphqlResponse<T>> {
  const r = await page.request.post('/graphql', { data: { query, variables }, headers: { 'content-type': 'application/json' } });
  return (await r.json()) as GraphqlResponse<T>;
}

/** GraphQL through the page's own session (its cookie): the data, or a throw with the errors. */
export async function gql<T = any>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const body = await gqlResponse<T>(page, query, variables);
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data;
}

/** axe on the current page: no serious or critical violations. */
export async function expectNoSeriousA11yViolations(page: Page, name: string) {
  const { default: AxeBuilder } = await import('@axe-core/playwright');
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const summary = serious.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
  expect({ page: name, violations: summary }).toEqual({ page: name, violations: [] });
}

/**
 * The demo-seeded app and one Chromium for a describe block. `as(email)` opens a signed-in
 * page; every request any page makes outside the app is collected in `external`.
 */
export function useDemoBrowser() {
  const d = {
    t: undefined as unknown as TestApp,
    browser: undefined as unknown as Browser,
    external: [] as string[],
    async as(email: string): Promise<Page> {
      const { context } = await newContext(d.browser, d.t.url, d.external);
      const page = await context.newPage();
      await signIn(page, email);
      return page;
    },
  };
  beforeAll(async () => {
    d.t = await TestApp.start({ SEED_DEMO: 'true' });
    d.browser = await launchChromium();
  });
  afterAll(async () => {
    await d.browser?.close();
    await d.t?.close();
  });
  return d;
}
