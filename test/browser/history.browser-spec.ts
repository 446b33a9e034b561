import { expectNoSeriousA11yViolations, gql, shots, useDemoBrowser } from './browser-support';

jest.setTimeout(300_000);

const CREATE = 'mutation($i: CreatePostInput!) { createPost(input: $i) { id } }';
const UPDATE = 'mutation($i: UpdatePostInput!) { updatePost(input: $i) { id } }';

/**
 * #13 in a real browser on the demo city: a post's 編集履歴 with its diff (who and when, <ins>
 * and <del>), 「あとで読む」 and its page, and an idea's status set by the DX office and shown on
 * the card and the filtered feed.
 */
describe('history, bookmarks and ideas', () => {
  const d = useDemoBrowser();

  it('編集履歴: an edited post shows 「編集済み」, and the history shows each version with the change marked', async () => {
    const page = await d.as('staff01@demo.banso.example');
    const id = (
      await gql<{ createPost: { id: string } }>(page, CREATE, {
        i: {
          kind: 'QUESTION',
          title: '住民票の写しの郵送請求について',
          body: '住民票の写しの郵送請求は、窓口で受け付けた申請書を翌日に処理しています。\n\n手数料は定額小為替で受け取っています。',
          tags: ['窓口'],
        },
      })
    ).createPost.id;
    await gql(page, UPDATE, {
      i: {
        id,
        title: '住民票の写しの郵送・オンライン請求について',
        body: '住民票の写しの郵送請求は、窓口とオンラインで受け付けた申請書を当日中に処理しています。\n\n手数料は定額小為替かキャッシュレス決済で受け取っています。',
      },
    });
    await page.goto(`/posts/${id}`);
    await page.getByRole('heading', { level: 1, name: '住民票の写しの郵送・オンライン請求について' }).waitFor();
    await page.getByTestId('post-history').click();
    const dialog = page.getByRole('dialog', { name: '編集履歴' });
    await dialog.getByRole('heading', { name: '第2版' }).waitFor();
    await expect(dialog.getByRole('heading', { name: '第1版' }).isVisible()).resolves.toBe(true);
    // who and when (JST), and what changed: added words in <ins>, removed ones in <del>
    await expect(dialog.locator('article').first().innerText()).resolves.toMatch(/2026年|20\d\d年/);
    const inserted = await dialog.locator('ins').allInnerTexts();
    const deleted = await dialog.locator('del').allInnerTexts();
    expect(inserted.join('')).toContain('オンライン');
    expect(inserted.join('')).toContain('当日中');
    expect(deleted.join('')).toContain('翌日');
    // the words before the change are struck through, not only coloured
    await expect(
      dialog
        .locator('del')
        .first()
        .evaluate((el) => getComputedStyle(el).textDecorationLine),
    ).resolves.toContain('line-through');
    await expectNoSeriousA11yViolations(page, 'history dialog');
    await shots(page, 'history-dialog', { full: false, top: false });
    await dialog.getByRole('button', { name: '閉じる' }).click();
    await dialog.waitFor({ state: 'detached' });

    // an answer's history too
    const answerer = await d.as('staff06@demo.banso.example');
    const answerId = (
      await gql<{ createAnswer: { id: string } }>(answerer, 'mutation($i: CreateAnswerInput!) { createAnswer(input: $i) { id } }', {
        i: { postId: id, body: '郵送請求は、申請書の到着日に処理するのが基本です。' },
      })
    ).createAnswer.id;
    await gql(answerer, 'mutation($i: UpdateAnswerInput!) { updateAnswer(input: $i) { id } }', {
      i: { id: answerId, body: '郵送請求は、申請書の到着日に処理するのが基本です。繁忙期は翌日になることもあります。' },
    });
    await page.reload();
    await page.getByTestId(`answer-history-${answerId}`).click();
    const answerDialog = page.getByRole('dialog', { name: '編集履歴（回答）' });
    await answerDialog.getByRole('heading', { name: '第2版' }).waitFor();
    expect((await answerDialog.locator('ins').allInnerTexts()).join('')).toContain('繁忙期');
    await answerDialog.getByRole('button', { name: '閉じる' }).click();
    await answerDialog.waitFor({ state: 'detached' });
    await shots(page, 'history-post', { top: false });

    // the DX office restores the first version: a third version, marked as restored
    const dx = await d.as('dx-office@demo.banso.example');
    await dx.goto(`/posts/${id}`);
    await dx.getByTestId('post-history').click();
    const dxDialog = dx.getByRole('dialog', { name: '編集履歴' });
    const first = dxDialog.locator('article', { has: dx.getByRole('heading', { name: '第1版' }) });
    await first.getByRole('button', { name: 'この版に戻す' }).click();
    await dxDialog.getByRole('button', { name: '戻す', exact: true }).click();
    await dxDialog.getByRole('heading', { name: '第3版' }).waitFor();
    await dxDialog.getByText('第1版の内容に戻しました').first().waitFor();
    await expectNoSeriousA11yViolations(dx, 'history dialog (DX office)');
    await shots(dx, 'history-rollback', { full: false, top: false });
    await dxDialog.getByRole('button', { name: '閉じる' }).click();
    await dx.getByRole('heading', { level: 1, name: '住民票の写しの郵送請求について' }).waitFor();
  });

  it('あとで読む: the toggle saves the post, and /bookmarks (from the user menu) lists it', async () => {
    const page = await d.as('staff02@demo.banso.example');
    await page.goto('/?kind=CASE');
    const first = page.locator('article.post-card').first();
    const title = (await first.locator('h2').innerText()).trim();
    await first.locator('h2 a').click();
    await page.getByRole('heading', { level: 1, name: title }).waitFor();
    const toggle = page.getByRole('main').getByRole('button', { name: 'あとで読む', exact: true }).last();
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await toggle.click();
    await page.waitForFunction(() => [...document.querySelectorAll('[data-testid="bookmark-toggle"]')].some((b) => b.getAttribute('aria-pressed') === 'true'));
    await page.getByRole('button', { name: /^ユーザーメニュー/ }).click();
    await page.getByRole('menuitem', { name: 'あとで読む' }).click();
    await page.waitForURL('**/bookmarks');
    await page.getByRole('heading', { level: 1, name: 'あとで読む' }).waitFor();
    await page.getByRole('heading', { level: 2, name: title }).waitFor();
    await expectNoSeriousA11yViolations(page, 'bookmarks');
    await shots(page, 'bookmarks', { top: false });

    // someone else's list stays theirs
    const other = await d.as('staff03@demo.banso.example');
    await other.goto('/bookmarks');
    await other.getByRole('heading', { level: 1, name: 'あとで読む' }).waitFor();
    await expect(other.getByRole('heading', { level: 2, name: title }).count()).resolves.toBe(0);
  });

  it('アイデアの状況: the DX office sets 採用 with a note; the card and the filtered feed show it', async () => {
    const author = await d.as('staff04@demo.banso.example');
    const title = `窓口の呼出番号をスマホに通知したい（ブラウザテスト ${Date.now()}）`;
    const id = (
      await gql<{ createPost: { id: string } }>(author, CREATE, {
        i: { kind: 'IDEA', title, body: '待合室を離れても順番が分かるようにしたいです。', tags: ['窓口'] },
      })
    ).createPost.id;

    const dx = await d.as('dx-office@demo.banso.example');
    await dx.goto(`/posts/${id}`);
    await dx.getByRole('heading', { level: 1, name: title }).waitFor();
    // an idea's answers are 「コメント」
    await dx.getByRole('heading', { name: 'コメント（0件）' }).waitFor();
    await dx.getByRole('button', { name: 'コメントを投稿' }).waitFor();
    await dx.getByRole('button', { name: '状況を変更' }).click();
    const modal = dx.getByRole('dialog', { name: 'アイデアの状況を変更' });
    await modal.getByLabel('状況').selectOption('ADOPTED');
    await modal.getByLabel('メモ（任意）').fill('来年度から市民課で試行します。');
    await modal.getByRole('button', { name: '変更する' }).click();
    await modal.waitFor({ state: 'detached' });
    const section = dx.getByRole('region', { name: 'アイデアの状況' });
    await section.getByText('来年度から市民課で試行します。').waitFor();
    await expect(section.getByTestId('idea-status').innerText()).resolves.toBe('採用');
    await expectNoSeriousA11yViolations(dx, 'idea post');
    await shots(dx, 'idea-status-post', { top: false });

    // the card in the feed filtered by 採用
    await dx.goto('/?kind=IDEA&idea=ADOPTED');
    const card = dx.locator('article.post-card', { has: dx.getByRole('heading', { name: title }) });
    await card.waitFor();
    await expect(card.getByTestId('idea-status').innerText()).resolves.toBe('採用');
    await expect(dx.getByTestId('idea-status-filter').inputValue()).resolves.toBe('ADOPTED');
    await expectNoSeriousA11yViolations(dx, 'ideas feed');
    await dx.evaluate(() => window.scrollTo(0, 0));
    await shots(dx, 'idea-status-feed', { full: false, top: false });

    // a colleague sees no control; the author was told
    const other = await d.as('staff05@demo.banso.example');
    await other.goto(`/posts/${id}`);
    await other.getByRole('heading', { level: 1, name: title }).waitFor();
    await expect(other.getByRole('button', { name: '状況を変更' }).count()).resolves.toBe(0);
    await author.goto('/notifications');
    await author.getByText(`あなたのアイデア「${title}」が「採用」になりました（来年度から市民課で試行します。）`).waitFor({ timeout: 20_000 });
  });

  it('made no request outside the app', () => {
    expect(d.external).toEqual([]);
  });
});
