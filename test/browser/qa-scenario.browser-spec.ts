import { expectNoSeriousA11yViolations, newContext, shot, signIn, useDemoBrowser } from './browser-support';

jest.setTimeout(120_000);

describe('the Q&A scenario in a real browser (headless Chromium)', () => {
  const d = useDemoBrowser();
  const { as } = d;

  it('staff01 asks → staff02 answers → staff03 cheers → staff01 accepts → 解決済み with the count', async () => {
    const title = `RPAのシナリオ共有について ${Date.now()}`;

    // staff01 asks a question
    const asker = await as('staff01@demo.banso.example');
    await asker.goto('/new/question');
    await asker.getByLabel('タイトル').fill(title);
    await asker.getByLabel('本文').fill('他課で作った **RPAのシナリオ** を共有してもらうとき、気を付けることはありますか？');
    const tags = asker.getByLabel('タグ');
    await tags.fill('RPA');
    await tags.press('Enter');
    await asker.getByRole('button', { name: '投稿する' }).click();
    await asker.waitForURL(/\/posts\/\d+$/);
    const postUrl = new URL(asker.url()).pathname;
    await asker.getByRole('heading', { level: 1, name: title }).waitFor();

    // staff02 answers
    const answerer = await as('staff02@demo.banso.example');
    await answerer.goto(postUrl);
    await answerer.getByLabel('回答を書く').fill('共有前に **ID・パスワードの埋め込み** がないか確認しましょう。');
    await answerer.getByRole('button', { name: '回答する', exact: true }).click();
    const answer = answerer.locator('article').filter({ hasText: 'ID・パスワードの埋め込み' });
    await answer.waitFor();

    // staff03 cheers the answer
    const cheerer = await as('staff03@demo.banso.example');
    await cheerer.goto(postUrl);
    const cheerButton = cheerer.locator('article').filter({ hasText: 'ID・パスワードの埋め込み' }).getByRole('button', { name: /^応援/ });
    await cheerButton.click();
    await cheerer.waitForFunction(() =>
      [...document.querySelectorAll('article button[data-stamp="CHEER"]')].some((b) => b.getAttribute('aria-pressed') === 'true'),
    );
    expect(await cheerButton.textContent()).toMatch(/応援\s*1/);

    // staff01 accepts it
    await asker.reload();
    const accepted = asker.locator('article').filter({ hasText: 'ID・パスワードの埋め込み' });
    await accepted.getByRole('button', { name: 'ベストアンサーにする' }).click();
    await asker.getByText('解決済み').first().waitFor();
    await asker.reload();
    await asker.getByText('解決済み').first().waitFor();
    await accepted.getByText('ベストアンサー', { exact: true }).first().waitFor();
    expect(await accepted.getByRole('button', { name: /^応援/ }).textContent()).toMatch(/応援\s*1/);
    await shot(asker, 'post-resolved');

    for (const p of [asker, answerer, cheerer]) await p.context().close();
  });

  it('has no serious or critical accessibility violations on the main pages', async () => {
    const { context } = await newContext(d.browser, d.t.url, d.external);
    const page = await context.newPage();
    await page.goto('/login');
    await page.getByLabel('メールアドレス').waitFor();
    await shot(page, 'login');
    await expectNoSeriousA11yViolations(page, '/login');
    await signIn(page, 'staff01@demo.banso.example');

    await page.goto('/');
    await page.locator('main').getByRole('link').first().waitFor();
    await shot(page, 'home');
    await expectNoSeriousA11yViolations(page, '/');

    const firstPost = await page.locator('main a[href^="/posts/"]').first().getAttribute('href');
    await page.goto(firstPost!);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await shot(page, 'post');
    await expectNoSeriousA11yViolations(page, 'post page');

    for (const path of ['/new/question', '/new/case']) {
      await page.goto(path);
      await page.getByLabel('タイトル').waitFor();
      await shot(page, path.slice(1).replace('/', '-'));
      await expectNoSeriousA11yViolations(page, path);
    }

    const transferred = d.t.db.get<{ user_id: number }>('SELECT user_id FROM assignment WHERE end_date IS NOT NULL LIMIT 1')!;
    await page.goto(`/users/${transferred.user_id}`);
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.getByText('税務課').first().waitFor();
    await shot(page, 'profile');
    await expectNoSeriousA11yViolations(page, 'profile');
    await context.close();
  });

  it('made no request outside the app (closed network)', () => {
    expect(d.external).toEqual([]);
  });
});
