import { DESKTOP, gqlResponse, newContext, shots, signIn, useDemoBrowser } from './browser-support';
import type { Page } from 'playwright-core';

jest.setTimeout(300_000);

const myPosts = async (page: Page, authorId: number) =>
  (
    await gqlResponse<{ posts: { totalCount: number } }>(page, 'query($a: ID!) { posts(first: 1, filter: { authorId: $a }) { totalCount } }', {
      a: String(authorId),
    })
  ).data.posts.totalCount;

/**
 * The personal-information guard and drafts in a real browser (#13): a newcomer sees the posting
 * guidelines once, types a question with a valid マイナンバー and is warned inline; 投稿する asks
 * for confirmation and without it nothing is posted (the API refuses the same text without
 * acknowledgement); the draft survives a reload and is offered for restore; confirmed, the post
 * is published and its draft is gone. The drafts list shows drafts and an empty state.
 */
describe('personal-information guard and drafts', () => {
  const d = useDemoBrowser();
  const TITLE = '転入手続きでの個人番号の扱い（ブラウザテスト）';
  const BODY = '窓口で受け付けた方のマイナンバー 1234 5678 9018 の確認方法について教えてください。';
  let page: Page;
  let userId: number;

  beforeAll(async () => {
    // Someone who has never posted: the guidelines are shown before the first post.
    const user = await d.t.newUser({ name: 'テスト 新人' });
    userId = user.id;
    const { context } = await newContext(d.browser, d.t.url, d.external);
    page = await context.newPage();
    await page.setViewportSize(DESKTOP);
    await signIn(page, user.email, user.password);
  });

  it('shows the guidelines once, warns inline and asks before posting; without confirming nothing is posted', async () => {
    await page.goto('/new/question');
    const guidelines = page.getByRole('dialog', { name: 'はじめての投稿の前に' });
    await guidelines.waitFor();
    await expect(guidelines.getByText('住民の個人情報は書かない')).toBeTruthy();
    await guidelines.getByRole('button', { name: '確認しました' }).click();
    await guidelines.waitFor({ state: 'detached' });

    await page.getByLabel('タイトル').fill(TITLE);
    await page.getByRole('textbox', { name: '本文' }).fill(BODY);
    const alert = page.getByTestId('personal-info-alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('送信前に確認してください');
    expect(await alert.textContent()).toContain('**** **** **18');
    expect(await alert.textContent()).not.toContain('9018');
    await page
      .getByTestId('draft-status')
      .getByText(/下書き保存済み \d\d:\d\d/)
      .waitFor();
    await shots(page, 'guard-warning');

    await page.getByRole('button', { name: '投稿する' }).click();
    const confirm = page.getByRole('dialog', { name: '個人情報が含まれていませんか？' });
    await confirm.waitFor();
    expect(await confirm.getByRole('button', { name: '送信' }).isDisabled()).toBe(true);
    await shots(page, 'guard-confirm', { full: false, top: false });
    await confirm.getByRole('button', { name: '戻って修正する' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await myPosts(page, userId)).toBe(0);

    // The API refuses the same text without acknowledgement.
    const refused = await gqlResponse(page, 'mutation($i: CreatePostInput!) { createPost(input: $i) { id } }', {
      i: { kind: 'QUESTION', title: TITLE, body: BODY },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('PERSONAL_INFO_SUSPECTED');
    expect(await myPosts(page, userId)).toBe(0);
  });

  it('keeps the draft over a reload and offers to restore it; confirmed, the post is published and the draft is gone', async () => {
    await page.reload();
    const prompt = page.getByTestId('draft-restore');
    await prompt.getByText('下書きを復元しますか？').waitFor();
    // The guidelines are not shown a second time.
    expect(await page.getByRole('dialog', { name: 'はじめての投稿の前に' }).count()).toBe(0);
    await prompt.getByRole('button', { name: '復元する' }).click();
    expect(await page.getByLabel('タイトル').inputValue()).toBe(TITLE);
    expect(await page.getByRole('textbox', { name: '本文' }).inputValue()).toBe(BODY);

    await page.getByRole('button', { name: '投稿する' }).click();
    const confirm = page.getByRole('dialog', { name: '個人情報が含まれていませんか？' });
    await confirm.getByText('個人情報が含まれていないことを確認しました').click();
    await confirm.getByRole('button', { name: '送信' }).click();
    await page.waitForURL(/\/posts\/\d+$/);
    await page.getByRole('heading', { name: TITLE }).waitFor();
    expect(await myPosts(page, userId)).toBe(1);
    expect((await gqlResponse<{ drafts: unknown[] }>(page, '{ drafts { id } }')).data.drafts).toEqual([]);
  });

  it('lists drafts with open and discard, and says when there are none', async () => {
    const post = (
      await gqlResponse<{ posts: { edges: { node: { id: string } }[] } }>(page, '{ posts(first: 1, filter: { kind: QUESTION }) { edges { node { id } } } }')
    ).data.posts.edges[0].node;
    // An answer draft typed into the answer form, and an idea saved earlier.
    await gqlResponse(page, 'mutation($i: DraftInput!) { saveDraft(input: $i) { id } }', {
      i: { kind: 'IDEA', title: '窓口の待ち時間をLINEで知らせる', body: '番号札の呼び出し状況をスマートフォンで見られるようにしたい。' },
    });
    await page.goto(`/posts/${post.id}`);
    // The comment form warns too (an address outside the city's domains).
    await page.getByRole('button', { name: 'コメントする' }).first().click();
    await page.getByLabel('コメントを書く').fill('詳しくは yamada.taro@example.com さんに確認しました。');
    const commentAlert = page.getByTestId('personal-info-alert');
    await commentAlert.getByText('y***@example.com').waitFor();
    await commentAlert.scrollIntoViewIfNeeded();
    await shots(page, 'guard-comment', { full: false, top: false });
    await page.getByRole('button', { name: 'キャンセル' }).first().click();
    await page.getByLabel('回答を書く').fill('申請書の様式は共有フォルダの「様式」にあります。');
    await page
      .locator('#answer-form')
      .getByText(/下書き保存済み/)
      .waitFor();
    // Back on the question later: the answer form offers the draft.
    await page.reload();
    const answerPrompt = page.getByTestId('draft-restore');
    await answerPrompt.getByText('下書きを復元しますか？').waitFor();
    await answerPrompt.scrollIntoViewIfNeeded();
    await shots(page, 'drafts-answer-restore', { full: false, top: false });

    await page.goto('/drafts');
    await page.getByRole('heading', { name: '下書き', level: 1 }).waitFor();
    const items = page.getByTestId('draft-item');
    expect(await items.count()).toBe(2);
    expect(await items.first().textContent()).toContain(`回答${TITLE}`);
    await shots(page, 'drafts-list');

    // 開く on the answer draft restores it into the question's answer form.
    await items.first().getByRole('link', { name: '開く' }).click();
    await page.waitForURL(/\/posts\/\d+\?draft=\d+/);
    await page.waitForFunction(() => (document.querySelector('#answer-form textarea') as HTMLTextAreaElement | null)?.value.includes('様式'));

    await page.goto('/drafts');
    for (let n = 2; n > 0; n--) {
      await page.getByTestId('draft-item').first().getByRole('button', { name: /^削除/ }).click();
      await page.waitForFunction((left) => document.querySelectorAll('[data-testid="draft-item"]').length === left, n - 1);
    }
    await page.getByText('下書きはありません').waitFor();
    await shots(page, 'drafts-empty');
  });

  it('the DX office edits the guidelines and the word list; everyone reads /guidelines', async () => {
    const dx = await d.as('dx-office@demo.banso.example');
    await dx.goto('/admin/guidelines');
    await dx.getByRole('heading', { name: '注意語リスト' }).waitFor();
    const words = dx.getByLabel('注意語（1行に1語、最大200語）');
    await words.fill('生活保護受給\nDV被害');
    await dx.getByRole('button', { name: '注意語を保存' }).click();
    await dx.getByText('注意語を保存しました').waitFor();
    await shots(dx, 'guard-admin');

    // The new word warns in the forms at once (the rules are read again on the next page).
    await page.goto('/new/idea');
    await page.getByRole('textbox', { name: '本文' }).fill('DV被害の相談窓口の案内をまとめたい');
    await page.getByTestId('personal-info-alert').getByText('注意が必要な語').waitFor();

    await page.goto('/guidelines');
    await page.getByRole('heading', { name: '投稿ガイドライン', level: 1 }).waitFor();
    await page.getByText('住民の個人情報は書かない').waitFor();
    await shots(page, 'guidelines');
  });
});
