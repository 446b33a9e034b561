import sharp from 'sharp';
import { CREATE_POST, question, TestApp, type Client, type TestUser } from '../support/test-app';
import { expectNoSeriousA11yViolations, launchChromium, newContext, settle, shots, signIn } from './browser-support';
import type { Browser, Page } from 'playwright-core';

jest.setTimeout(300_000);

const PASSWORD = 'test-password-1';

async function upload(c: Client, data: Buffer, filename: string) {
  const res = await c.agent.post('/uploads').set('apollo-require-preflight', 'true').attach('file', data, { filename });
  expect(res.status).toBe(201);
  return res.body as { id: string; url: string; name: string; size: number };
}

/** A screenshot-like PNG: a window with a title bar and a few "form fields". */
async function screenshotPng(width: number, height: number, label: string): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="#f4f6f8"/><rect width="100%" height="36" fill="#2b6cb0"/>
    <text x="16" y="24" font-size="16" fill="#fff" font-family="sans-serif">${label}</text>
    ${[0, 1, 2].map((i) => `<rect x="24" y="${64 + i * 52}" width="${width - 48}" height="34" rx="4" fill="#fff" stroke="#cbd5e0"/>`).join('')}
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
const SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" onload="window.__svgRan=1;alert(1)"><script>window.__svgRan=1;alert(document.cookie)</script></svg>',
);

/**
 * Attachments in a real browser (#13): a screenshot pasted into an answer is uploaded and
 * shown inline after posting; a PDF link downloads with its Japanese name; an uploaded SVG
 * never runs (it downloads, opened by link or by its address); the profile editor uploads and
 * previews an avatar, checks the fields and saves. Screenshots at 1366×768 and 390×844.
 */
describe('attachments and the profile editor', () => {
  let t: TestApp;
  let browser: Browser;
  let asker: TestUser;
  let answerer: TestUser;
  let postPath = '';
  let svgUrl = '';

  async function as(user: TestUser): Promise<Page> {
    const { context } = await newContext(browser, t.url);
    const page = await context.newPage();
    await signIn(page, user.email, PASSWORD);
    return page;
  }

  beforeAll(async () => {
    t = await TestApp.start();
    const dep = t.newDepartment('市民課');
    asker = await t.newUser({ departmentId: dep, name: '青木 花子' });
    answerer = await t.newUser({ departmentId: dep, name: '佐藤 健' });
    browser = await launchChromium();
    // The posting guidelines shown once before a first post have been read (tested in drafts-guard).
    for (const u of [asker, answerer]) {
      const r = await (await t.client().login(u)).gql('mutation { acknowledgeGuidelines { __typename } }');
      expect(r.errors).toBeUndefined();
    }
    // The question, with an image, a PDF form and an SVG diagram, posted through the API.
    const c = await t.client().login(asker);
    const img = await upload(c, await screenshotPng(960, 260, '住民票の写し 交付申請フォーム'), '申請フォームの画面.png');
    const pdf = await upload(c, PDF, '令和8年度 交付申請書（様式第1号）.pdf');
    const svg = await upload(c, SVG, '業務フロー図.svg');
    svgUrl = svg.url;
    const body = [
      'オンライン申請のフォームをこのように作りました。入力欄の並びはこれでよいでしょうか。',
      '',
      `![${img.name}](${img.url})`,
      '',
      `元の様式はこちらです: [${pdf.name}](${pdf.url} "${(pdf.size / 1024).toFixed(1)} KB")`,
      '',
      `業務フロー: [${svg.name}](${svg.url})`,
    ].join('\n');
    const r = await c.gql(CREATE_POST, { i: question({ title: 'オンライン申請フォームの入力欄の並び順について', body, tags: ['オンライン申請'] }) });
    expect(r.errors).toBeUndefined();
    postPath = `/posts/${r.data.createPost.id}`;
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('a screenshot pasted into an answer is uploaded, inserted as Markdown and shown inline after posting', async () => {
    const page = await as(answerer);
    await page.goto(postPath);
    await page.getByRole('heading', { level: 1, name: /オンライン申請フォーム/ }).waitFor();
    // The question's own image has loaded (same origin).
    const questionImage = page.locator('img[alt="申請フォームの画面.png"]');
    await questionImage.waitFor();
    expect(await questionImage.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(960);

    const textarea = page.getByLabel('回答を書く');
    await textarea.fill('入力欄はこの順がおすすめです。\n');
    const png = (await screenshotPng(640, 220, '推奨の並び順')).toString('base64');
    // A paste of an image from the clipboard, as the browser delivers it (a File named image.png).
    await textarea.evaluate((el, b64) => {
      const bytes = Uint8Array.from(atob(b64), (ch) => ch.charCodeAt(0));
      const dt = new DataTransfer();
      dt.items.add(new File([bytes], 'image.png', { type: 'image/png' }));
      el.focus();
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    }, png);
    await page.getByText(/を添付しました/).waitFor();
    const value = await textarea.inputValue();
    expect(value).toMatch(/^入力欄はこの順がおすすめです。\n!\[スクリーンショット-\d{8}-\d{6}\.png\]\(\/uploads\/[A-Za-z0-9_-]{22}\)\n$/);

    await page.getByRole('button', { name: '回答する', exact: true }).click();
    const answerImage = page.locator('[id^="answer-"] img[alt^="スクリーンショット-"]');
    await answerImage.waitFor();
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('[id^="answer-"] img[alt^="スクリーンショット-"]');
      return !!img && img.complete && img.naturalWidth === 640;
    });
    await expectNoSeriousA11yViolations(page, 'post with attachments');
    await shots(page, 'attachments-post');
  });

  it('the attach button is a keyboard-reachable button; a refused file shows the server’s Japanese message', async () => {
    const page = await as(answerer);
    await page.goto(postPath);
    const button = page.getByRole('button', { name: 'ファイルを添付' }).first();
    await button.focus();
    expect(await button.evaluate((b) => document.activeElement === b)).toBe(true);
    await page
      .getByTestId('attachment-input')
      .first()
      .setInputFiles({ name: 'tool.exe', mimeType: 'application/octet-stream', buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64, 1)]) });
    await page.getByRole('alert').filter({ hasText: 'tool.exe: この種類のファイルはアップロードできません' }).waitFor();
  });

  it('a PDF link downloads with its name', async () => {
    const page = await as(answerer);
    await page.goto(postPath);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a.attachment', { hasText: '交付申請書' }).click()]);
    expect(download.suggestedFilename()).toBe('令和8年度 交付申請書（様式第1号）.pdf');
  });

  it('an uploaded SVG never runs: its link downloads it, and opening its address downloads it too', async () => {
    const page = await as(answerer);
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(postPath);
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('a.attachment', { hasText: '業務フロー図.svg' }).click()]);
    expect(download.suggestedFilename()).toBe('業務フロー図.svg');

    // Typed into the address bar: still a download, never a document that could run.
    const viaAddress = page.waitForEvent('download');
    const navigation = await page.goto(svgUrl).catch((e: Error) => e);
    expect(navigation).toBeInstanceOf(Error);
    expect((await viaAddress).suggestedFilename()).toBe('業務フロー図.svg');
    await settle(page);
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __svgRan?: number }).__svgRan ?? null)).toBeNull();
  });

  it('the profile editor uploads and previews an avatar, checks the fields, saves, and the profile and author chips show it', async () => {
    const page = await as(asker);
    await page.goto('/account/profile');
    await page.getByRole('heading', { level: 1, name: 'プロフィールの編集' }).waitFor();
    const avatar = await sharp({ create: { width: 300, height: 300, channels: 3, background: '#e07a5f' } })
      .composite([
        {
          input: Buffer.from(
            '<svg width="300" height="300"><circle cx="150" cy="120" r="60" fill="#fff"/><rect x="60" y="200" width="180" height="100" rx="50" fill="#fff"/></svg>',
          ),
        },
      ])
      .png()
      .toBuffer();
    await page.locator('input[type="file"]').setInputFiles({ name: 'icon.png', mimeType: 'image/png', buffer: avatar });
    await page.waitForFunction(() => !!document.querySelector('main img[src^="/uploads/"]'));

    await page.getByLabel('内線番号').fill('内線1234');
    await page.getByLabel('自己紹介').fill('市民課で窓口のDXを担当しています。\nLoGoフォームやRPAのことなら気軽に声をかけてください。');
    const tags = page.getByLabel('得意分野');
    for (const tag of ['オンライン申請', 'RPA', 'LoGoフォーム']) {
      await tags.fill(tag);
      await tags.press('Enter');
    }
    await page.getByRole('button', { name: '保存する' }).click();
    await page.getByText('内線番号は数字とハイフンだけで入力してください。').waitFor();
    await expectNoSeriousA11yViolations(page, 'profile editor');
    await shots(page, 'profile-editor');

    await page.getByLabel('内線番号').fill('2345');
    await page.getByRole('button', { name: '保存する' }).click();
    await page.waitForURL(/\/users\/\d+$/);
    await page.getByText('2345').waitFor();
    await page.getByText('LoGoフォームやRPAのことなら').waitFor();
    expect(await page.locator('main img[src^="/uploads/"]').count()).toBeGreaterThan(0);
    await shots(page, 'profile-with-avatar');

    // The author chip of the question shows the avatar.
    await page.goto(postPath);
    await page.getByRole('heading', { level: 1, name: /オンライン申請フォーム/ }).waitFor();
    await page.waitForFunction(
      () => !!document.querySelector('main article img[src^="/uploads/"]:not([alt*="."])') || !!document.querySelector('.mantine-Avatar-image'),
    );
  });
});
