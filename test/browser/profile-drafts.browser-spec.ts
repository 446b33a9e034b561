import { join } from 'node:path';
import sharp from 'sharp';
import { DESKTOP, gqlResponse, MOBILE, settle, SHOTS, shots, useDemoBrowser } from './browser-support';
import type { Page } from 'playwright-core';

jest.setTimeout(300_000);

/** The header at 390×844: nothing sticks out of the window sideways. */
async function headerFits(page: Page): Promise<{ scrollWidth: number; overflowing: string[] }> {
  return page.evaluate(() => {
    const header = document.querySelector('header')!;
    const overflowing = [...header.querySelectorAll<HTMLElement>('*')]
      .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 0.5 && el.getClientRects().length > 0)
      .map((el) => el.getAttribute('aria-label') ?? el.tagName);
    return { scrollWidth: document.documentElement.scrollWidth, overflowing };
  });
}

/** The text a person sees in the thread's chrome: everything but the posts' own Markdown and links to other posts. */
async function chromeText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const main = document.querySelector('main')!.cloneNode(true) as HTMLElement;
    main.querySelectorAll('.markdown, section[aria-labelledby="related-heading"], a[href^="/posts/"]').forEach((el) => el.remove());
    const labels = [...main.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label')).join(' ');
    return `${main.textContent ?? ''} ${labels}`;
  });
}

const ME = '{ me { id displayName } }';
const IDEAS = '{ posts(first: 20, filter: { kind: IDEA }) { edges { node { id title answerCount author { id } } } } }';
const MARKDOWN_SELECTOR = '.markdown';

/**
 * The 下書き tab of one's own profile, in a real browser: a staff member starts an idea and a
 * comment on someone's idea, both autosave; their profile lists them (the comment as 「コメント」),
 * 開く resumes the idea in its form; someone else's profile has no 下書き. The header shows the
 * viewer's uploaded avatar, also on a phone. An idea's thread says 「コメント」 (the live banner,
 * the menus, the form, the print view), never 「回答」. Screenshots at 1366×768 and 390×844.
 */
describe('drafts on one’s own profile', () => {
  const d = useDemoBrowser();
  const TITLE = '庁内の会議室予約をTeamsから確認できるようにしたい';
  const BODY = '会議室の空き状況を確認するために毎回総務課へ電話しています。\nTeamsのタブで見られるようになれば便利です。';
  const COMMENT = '賛成です。うちの課でも試してみたいです（書きかけ）';
  let page: Page;
  let me: { id: string; displayName: string };
  let idea: { id: string; title: string };

  beforeAll(async () => {
    page = await d.as('staff07@demo.banso.example');
    me = (await gqlResponse<{ me: typeof me }>(page, ME)).data.me;
    const ideas = (
      await gqlResponse<{ posts: { edges: { node: { id: string; title: string; answerCount: number; author: { id: string } | null } }[] } }>(page, IDEAS)
    ).data.posts.edges;
    idea = ideas.map((e) => e.node).find((n) => n.answerCount >= 2 && n.author?.id !== me.id)!;
    expect(idea).toBeTruthy();
  });

  it('shows the viewer’s avatar in the header, also on a phone without overflowing', async () => {
    const png = await sharp({ create: { width: 256, height: 256, channels: 3, background: '#2f7d6d' } })
      .composite([
        {
          input: Buffer.from(
            '<svg width="256" height="256"><circle cx="128" cy="100" r="52" fill="#fff"/><rect x="52" y="170" width="152" height="100" rx="50" fill="#fff"/></svg>',
          ),
        },
      ])
      .png()
      .toBuffer();
    const uploaded = await page.request.post('/uploads', {
      headers: { 'apollo-require-preflight': 'true' },
      multipart: { file: { name: 'icon.png', mimeType: 'image/png', buffer: png } },
    });
    expect(uploaded.status()).toBe(201);
    const { id: uploadId } = (await uploaded.json()) as { id: string };
    const saved = await gqlResponse<{ updateMyProfile: { avatarUrl: string } }>(
      page,
      'mutation($i: ProfileInput!) { updateMyProfile(input: $i) { avatarUrl } }',
      {
        i: { avatarUploadId: uploadId },
      },
    );
    expect(saved.data.updateMyProfile.avatarUrl).toMatch(/^\/uploads\//);

    await page.goto('/');
    const menu = page.getByRole('button', { name: `ユーザーメニュー: ${me.displayName}` });
    await menu.locator('img[src^="/uploads/"]').waitFor();
    await page.setViewportSize(MOBILE);
    await settle(page);
    await menu.locator('img[src^="/uploads/"]').waitFor();
    expect(await headerFits(page)).toEqual({ scrollWidth: MOBILE.width, overflowing: [] });
    await page.screenshot({ path: join(SHOTS, 'header-avatar-mobile.png') });
    await page.setViewportSize(DESKTOP);
    await settle(page);
    await page.screenshot({ path: join(SHOTS, 'header-avatar-desktop.png') });
  });

  it('lists the drafts being written on the own profile; 開く resumes one', async () => {
    // An idea, typed into its form: it autosaves.
    await page.goto('/new/idea');
    const guidelines = page.getByRole('dialog', { name: 'はじめての投稿の前に' });
    if (await guidelines.isVisible().catch(() => false)) await guidelines.getByRole('button', { name: '確認しました' }).click();
    await page.getByLabel('タイトル').fill(TITLE);
    await page.getByRole('textbox', { name: '本文' }).fill(BODY);
    await page
      .getByTestId('draft-status')
      .getByText(/下書き保存済み \d\d:\d\d/)
      .waitFor();

    // A comment on a colleague's idea, typed into its comment form: it autosaves too.
    await page.goto(`/posts/${idea.id}`);
    await page.locator('#answer-form textarea').fill(COMMENT);
    await page
      .locator('#answer-form')
      .getByText(/下書き保存済み/)
      .waitFor();

    // The profile, from the user menu: 下書き (2).
    await page.getByRole('button', { name: `ユーザーメニュー: ${me.displayName}` }).click();
    await page.getByRole('menuitem', { name: 'プロフィール', exact: true }).click();
    await page.waitForURL(new RegExp(`/users/${me.id}$`));
    const tab = page.getByRole('tab', { name: '下書き (2)' });
    await tab.click();
    const panel = page.getByRole('tabpanel', { name: '下書き (2)' });
    const items = panel.getByTestId('draft-item');
    await items.nth(1).waitFor();
    expect(await items.count()).toBe(2);
    // Newest first: the comment (on the idea, so 「コメント」, never 「回答」), then the idea.
    expect(await items.nth(0).textContent()).toContain(`コメント${idea.title}`);
    expect(await items.nth(0).textContent()).toContain(COMMENT);
    expect(await items.nth(1).textContent()).toContain(`アイデア${TITLE}`);
    expect(await items.nth(1).textContent()).toMatch(/\d{1,2}\/\d{1,2} \d\d:\d\d に保存/);
    for (const text of await items.allTextContents()) expect(text).not.toContain('回答');
    await shots(page, 'profile-drafts');

    // 開く resumes the idea in its form.
    await items.nth(1).getByRole('link', { name: '開く' }).click();
    await page.waitForURL(/\/new\/idea\?draft=\d+$/);
    await page.waitForFunction((title) => [...document.querySelectorAll('input')].some((i) => i.value === title), TITLE);
    expect(await page.getByLabel('タイトル').inputValue()).toBe(TITLE);
    expect(await page.getByRole('textbox', { name: '本文' }).inputValue()).toBe(BODY);

    // Discarding one from the profile: the other stays, then none is an empty state.
    await page.goto(`/users/${me.id}`);
    await page.getByRole('tab', { name: /^下書き/ }).click();
    const list = page.getByRole('tabpanel', { name: /^下書き/ }).getByTestId('draft-item');
    await list.first().waitFor();
    for (let n = 2; n > 0; n--) {
      await list.first().getByRole('button', { name: /^削除/ }).click();
      await page.waitForFunction((left) => document.querySelectorAll('[role="tabpanel"] [data-testid="draft-item"]').length === left, n - 1);
    }
    await page.getByRole('tab', { name: '下書き (0)' }).waitFor();
    await page
      .getByRole('tabpanel', { name: /^下書き/ })
      .getByText('下書きはありません')
      .waitFor();
    await shots(page, 'profile-drafts-empty');
  });

  it('someone else’s profile has no 下書き', async () => {
    const other = (
      await gqlResponse<{ post: { author: { id: string; displayName: string } } }>(page, 'query($id: ID!) { post(id: $id) { author { id displayName } } }', {
        id: idea.id,
      })
    ).data.post.author;
    await page.goto(`/users/${other.id}`);
    await page.getByRole('heading', { level: 1, name: other.displayName }).waitFor();
    await page.getByRole('tab', { name: /^投稿/ }).waitFor();
    expect(await page.getByRole('tab', { name: /下書き/ }).count()).toBe(0);
    expect(await page.locator('main').getByText('下書き', { exact: false }).count()).toBe(0);
    await shots(page, 'profile-other-no-drafts');
  });

  it('an idea’s thread says 「コメント」: heading, form, menus, the live banner and the print view', async () => {
    // Open at phone size, at the top, so a new comment lands below the window.
    await page.setViewportSize(MOBILE);
    await page.goto(`/posts/${idea.id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^コメント（\d+件）$/ }).waitFor();
    await page.locator('#answer-form').waitFor();
    await page.getByRole('button', { name: 'コメントのその他の操作' }).first().waitFor();
    expect(await page.getByRole('button', { name: '回答のその他の操作' }).count()).toBe(0);
    await page.evaluate(() => window.scrollTo(0, 0));

    // A colleague comments: 「新しいコメントがあります」, not 「新しい回答」.
    const colleague = await d.as('staff09@demo.banso.example');
    const created = await gqlResponse(colleague, 'mutation($i: CreateAnswerInput!) { createAnswer(input: $i) { id } }', {
      i: { postId: idea.id, body: '関係課を集めた打合せを開くなら参加したいです。' },
    });
    expect(created.errors).toBeUndefined();
    const indicator = page.getByRole('button', { name: '新しいコメントがあります' });
    await indicator.waitFor();
    await page.screenshot({ path: join(SHOTS, 'idea-live-comment-mobile.png') });
    await indicator.click();
    await page.setViewportSize(DESKTOP);
    expect(await chromeText(page)).not.toContain('回答');
    await colleague.context().close();

    // The print view.
    await page.goto(`/posts/${idea.id}/print`);
    await page.getByRole('heading', { level: 2, name: /^アイデアへのコメント（\d+件）$/ }).waitFor();
    const printed = await page.evaluate((selector) => {
      const root = document.body.cloneNode(true) as HTMLElement;
      root.querySelectorAll(selector).forEach((el) => el.remove());
      return root.textContent ?? '';
    }, MARKDOWN_SELECTOR);
    expect(printed).not.toContain('回答');
  });
});
