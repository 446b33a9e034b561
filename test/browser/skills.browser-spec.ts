import { expectNoSeriousA11yViolations, newContext, shot, signIn, useDemoBrowser } from './browser-support';

jest.setTimeout(180_000);

describe('skills, badges, team and DX office screens in a real browser', () => {
  const d = useDemoBrowser();
  const { as } = d;

  const userId = (email: string) => d.t.db.get<{ id: number }>('SELECT id FROM app_user WHERE email = ?', [email])!.id;

  it('shows the skill record, badge shelf and the 公開 switch on your own profile', async () => {
    // Badges earned in the seeded past were marked seen: no pop-ups at first sign-in. Rather
    // than sleeping and hoping the check has happened by then, wait for the notifier's first
    // myUnseenBadges answer (the only source of pop-ups) and check what it said.
    const { context } = await newContext(d.browser, d.t.url, d.external);
    const page = await context.newPage();
    const firstCheck = page.waitForResponse(
      (r) => r.url().endsWith('/graphql') && r.request().method() === 'POST' && (r.request().postData() ?? '').includes('MyUnseenBadges'),
      { timeout: 60_000 },
    );
    await signIn(page, 'staff02@demo.banso.example');
    const unseen = await (await firstCheck).json();
    expect(unseen.data.myUnseenBadges).toEqual([]);
    expect(await page.getByText(/^バッジを獲得しました: /).count()).toBe(0);
    await page.goto(`/users/${userId('staff02@demo.banso.example')}`);
    await page.getByRole('heading', { level: 2, name: 'スキル' }).waitFor();
    const bar = page.getByRole('progressbar', { name: 'RPA・AI-OCR 利活用' });
    await bar.waitFor();
    expect(await bar.getAttribute('aria-valuetext')).toMatch(/^Lv\.\d・[\d.]+pt$/);
    await page.getByRole('heading', { name: '必修スキルでまだ実績がないもの' }).waitFor();
    await page.getByRole('heading', { name: 'DX人材認定' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /^バッジ/ }).waitFor();
    await page.getByRole('button', { name: /RPA・AI-OCR 利活用/ }).click();
    await page
      .getByText(/年度ごとの推移/)
      .first()
      .waitFor();
    expect(await page.getByRole('heading', { level: 1 }).count()).toBe(1);
    await shot(page, 'skills-profile-own');
    await expectNoSeriousA11yViolations(page, 'own profile with skills');

    // Opt out and back in (the demo starts with most people public): colleagues can find them as an expert.
    const toggle = page.getByRole('switch', { name: 'スキルをプロフィールに公開する' });
    if (await toggle.isChecked()) {
      await toggle.click({ force: true });
      await page.getByText('スキルを非公開にしました').waitFor();
      expect(await toggle.isChecked()).toBe(false);
    }
    await toggle.click({ force: true });
    await page.getByText('スキルを公開しました').waitFor();
    expect(await toggle.isChecked()).toBe(true);

    // Asking a first question earns a badge, announced right after the mutation.
    await page.goto('/new/question');
    await page.getByLabel('タイトル').fill('RPAのライセンス更新の時期について');
    await page.getByLabel('本文').fill('年度末に更新が集中します。皆さんはどう調整していますか？');
    await page.getByRole('button', { name: '投稿する' }).click();
    await page.waitForURL(/\/posts\/\d+$/);
    await page.getByText('バッジを獲得しました: はじめての質問').waitFor();
    await page.context().close();
  });

  it('suggests 「この分野に詳しい人」 in the ask form and shows public skills to colleagues', async () => {
    const page = await as('staff01@demo.banso.example');
    await page.goto('/new/question');
    const tags = page.getByLabel('タグ');
    await tags.fill('RPA');
    await tags.press('Enter');
    const hint = page.getByRole('region', { name: 'この分野に詳しい人' });
    await hint.waitFor();
    await hint.getByRole('link', { name: /佐藤 健太/ }).waitFor();
    await shot(page, 'skills-ask-experts');

    await page.goto(`/users/${userId('staff02@demo.banso.example')}`);
    await page.getByRole('progressbar', { name: 'RPA・AI-OCR 利活用' }).waitFor();
    await shot(page, 'skills-profile-public');
    await expectNoSeriousA11yViolations(page, 'public profile');

    const privateStaff = d.t.db.get<{ id: number }>(
      `SELECT id FROM app_user WHERE role = 'STAFF' AND email LIKE 'staff%'
         AND id NOT IN (SELECT user_id FROM user_preference WHERE skills_public = 1) AND id <> ? ORDER BY id LIMIT 1`,
      [userId('staff01@demo.banso.example')],
    )!;
    await page.goto(`/users/${privateStaff.id}`);
    await page.getByText(/スキルを非公開にしています/).waitFor();
    await page.context().close();
  });

  it('lists the badge catalogue with who earned each', async () => {
    const page = await as('staff03@demo.banso.example');
    await page.goto('/badges');
    await page.getByRole('heading', { level: 1, name: 'バッジ' }).waitFor();
    await page.getByRole('heading', { level: 2, name: /ゴールド/ }).waitFor();
    const card = page.locator('[data-badge="FIRST_ANSWER"]');
    await card.getByRole('button', { name: /獲得した人を見る/ }).click();
    await card.getByRole('link').nth(1).waitFor();
    await shot(page, 'skills-badges');
    await expectNoSeriousA11yViolations(page, '/badges');

    await page.goto('/badges/FIRST_ANSWER');
    await page.getByRole('heading', { level: 1, name: 'はじめての回答' }).waitFor();
    await page.getByRole('heading', { level: 2, name: '獲得した人' }).waitFor();

    // Staff see neither the team view nor the DX office screens.
    expect(await page.getByRole('button', { name: 'DX推進' }).count()).toBe(0);
    await page.goto('/admin');
    await page.getByText('この画面はDX推進課と管理者向けです。').waitFor();
    await page.goto('/team');
    await page.getByText('この画面は管理職・DX推進課・管理者向けです。').waitFor();
    await page.context().close();
  });

  it('shows a manager their members with a CSV download', async () => {
    const page = await as('manager@demo.banso.example');
    await page.getByRole('link', { name: 'チーム' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'チームのスキル' }).waitFor();
    await page.locator('tbody tr').first().waitFor();
    const csv = page.getByRole('link', { name: 'CSVでダウンロード' });
    expect(await csv.getAttribute('href')).toBe('/export/skill-records.csv');
    await shot(page, 'skills-team');
    await expectNoSeriousA11yViolations(page, '/team');
    await page.locator('tbody tr').first().getByRole('link').click();
    await page.waitForURL(/\/users\/\d+$/);
    await page.context().close();
  });

  it('lets the DX office manage skills, mappings, settings, awards and certification', async () => {
    const page = await as('dx-office@demo.banso.example');
    await page.getByRole('button', { name: 'DX推進' }).click();
    await page.getByRole('menuitem', { name: 'スキル', exact: true }).click();
    await page.waitForURL(/\/admin\/skills$/);
    await page.getByRole('heading', { level: 1, name: 'DX推進' }).waitFor();
    await page.getByRole('row', { name: /BPR 利活用/ }).waitFor();
    await shot(page, 'skills-admin-skills');
    await expectNoSeriousA11yViolations(page, '/admin/skills');

    // validation
    await page.getByRole('button', { name: '追加する' }).click();
    await page.getByText('入力してください').first().waitFor();

    await page.getByRole('tab', { name: 'タグの対応' }).click();
    await page.getByRole('row', { name: /RPA/ }).first().waitFor();
    await shot(page, 'skills-admin-tags');
    await expectNoSeriousA11yViolations(page, '/admin/tags');

    await page.getByRole('tab', { name: 'ポイントとレベル' }).click();
    await page.getByLabel('ベストアンサー').waitFor();
    await shot(page, 'skills-admin-settings');
    await expectNoSeriousA11yViolations(page, '/admin/settings');

    await page.getByRole('tab', { name: '表彰バッジ' }).click();
    await page.getByLabel('バッジ名').fill('DXアワード CIO賞');
    await page.getByLabel('コード').fill('DX_AWARD_CIO');
    await page.getByLabel('説明').fill('その年度に最も大きな成果をあげたDXの取組に贈られます。');
    await page.getByRole('button', { name: '作成する' }).click();
    await shot(page, 'skills-admin-badge-created');
    await page.getByText('「DXアワード CIO賞」を作成しました').waitFor();
    await page.getByRole('combobox', { name: '表彰バッジ' }).click();
    await page.getByRole('option', { name: 'DXアワード CIO賞' }).click();
    await page.getByRole('combobox', { name: '職員' }).fill('佐藤');
    await page.getByRole('option', { name: /佐藤 健太/ }).click();
    await page.getByLabel('表彰理由').fill('RPAシナリオの庁内共有を進め、3課で年間400時間を削減した。');
    await page.getByLabel('回・年度（任意）').fill('2026');
    await page.getByRole('button', { name: '授与する' }).click();
    await page.getByText('バッジを授与しました').waitFor();
    await page.getByRole('button', { name: '佐藤 健太さんの「DXアワード CIO賞」を取り消す' }).waitFor();
    await shot(page, 'skills-admin-badges');
    await expectNoSeriousA11yViolations(page, '/admin/badges');

    await page.getByRole('tab', { name: 'DX人材認定' }).click();
    await page.getByRole('combobox', { name: '職員' }).fill('佐藤');
    await page.getByRole('option', { name: /佐藤 健太/ }).click();
    await page.getByLabel('認定の理由・メモ').fill('RPAの庁内相談に継続して回答し、横展開を支援した。');
    await page.getByRole('button', { name: '認定する' }).click();
    await page.getByText('アドバイザーに認定しました').waitFor();
    await page.getByRole('button', { name: /^アドバイザー（.+）の認定を取り消す$/ }).waitFor();
    await shot(page, 'skills-admin-certifications');
    await expectNoSeriousA11yViolations(page, '/admin/certifications');
    await page.context().close();

    // The earner is told, and the shelf shows when and why.
    const earner = await as('staff02@demo.banso.example');
    await earner.getByText('バッジを獲得しました: DXアワード CIO賞').waitFor();
    await earner.goto(`/users/${userId('staff02@demo.banso.example')}`);
    await earner.getByText('RPAシナリオの庁内共有を進め、3課で年間400時間を削減した。').waitFor();
    await earner.getByText(/アドバイザーに認定/).waitFor();
    await shot(earner, 'skills-profile-awarded');
    await earner.context().close();
  });

  it('made no request outside the app (closed network)', () => {
    expect(d.external).toEqual([]);
  });
});
