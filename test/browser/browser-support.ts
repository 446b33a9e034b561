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

export async function shot(page: Page, name: string) {
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
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
