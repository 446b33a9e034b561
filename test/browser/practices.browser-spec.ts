import { fiscalYear } from '../../src/core/time/jst';
import { DESKTOP, expectNoSeriousA11yViolations, gql, isGraphql, shots, useDemoBrowser } from './browser-support';
import type { Page } from 'playwright-core';

jest.setTimeout(300_000);

interface CaseNode {
  id: string;
  title: string;
  anonymous: boolean;
  featured: boolean;
  author: { id: string; email: string | null; active: boolean; badges: { badge: { code: string } }[] } | null;
  department: { id: string } | null;
  adoptions: { department: { id: string } }[];
}

interface Person {
  id: string;
  email: string | null;
  active: boolean;
  department: { id: string; name: string; path: string } | null;
}

async function impactTotal(page: Page, fy: number): Promise<number> {
  const data = await gql<{ impactSummary: { totalHoursSaved: number } }>(page, 'query($fy: Int!) { impactSummary(fiscalYear: $fy) { totalHoursSaved } }', {
    fy,
  });
  return data.impactSummary.totalHoursSaved;
}

/**
 * 優良事例 → まとめ → 横展開 → 効果 on the demo city, in a real browser: the DX office features a
 * case and puts it in a new collection; a member of another department records that they
 * adopted it; its author hears about it (the CASE_ADOPTED_1 badge, or the record on their case
 * when they held the badge already); the DX office's dashboard counts the hours. Nothing here
 * depends on how many featured posts, collections or adoptions the demo itself has: the test
 * reads the figures before and after.
 */
describe('best practices, collections and roll-out', () => {
  const d = useDemoBrowser();
  const fy = fiscalYear();
  const HOURS = 123.5;
  const collectionTitle = `窓口改善の横展開（ブラウザテスト ${Date.now()}）`;
  let dx: Page;
  let theCase: CaseNode;
  let adopter: Person;
  let totalBefore: number;
  let authorHadBadge: boolean;

  beforeAll(async () => {
    dx = await d.as('dx-office@demo.banso.example');
    await dx.setViewportSize(DESKTOP);
    totalBefore = await impactTotal(dx, fy);

    // A named case by a demo person (the DX office sees e-mail addresses), not featured yet.
    const { posts } = await gql<{ posts: { edges: { node: CaseNode }[] } }>(
      dx,
      `query { posts(first: 100, filter: { kind: CASE, featured: false }) { edges { node {
        id title anonymous featured department { id } adoptions { department { id } }
        author { id email active badges { badge { code } } }
      } } } }`,
    );
    const candidates = posts.edges
      .map((e) => e.node)
      .filter((p) => !p.anonymous && p.department && p.author?.active && p.author.email?.endsWith('@demo.banso.example'));
    expect(candidates.length).toBeGreaterThan(0);
    // Prefer an author who has not been adopted yet, so the badge notice can be seen.
    const hasBadge = (p: CaseNode) => p.author!.badges.some((b) => b.badge.code === 'CASE_ADOPTED_1');
    theCase = candidates.find((p) => !hasBadge(p)) ?? candidates[0];
    authorHadBadge = hasBadge(theCase);

    // A member of staff of another department that has not recorded this case yet.
    const taken = new Set([theCase.department!.id, ...theCase.adoptions.map((a) => a.department.id)]);
    const { users } = await gql<{ users: { edges: { node: Person }[] } }>(
      dx,
      'query { users(first: 100, filter: { role: STAFF }) { edges { node { id email active department { id name path } } } } }',
    );
    adopter = users.edges
      .map((e) => e.node)
      .find((u) => u.active && u.id !== theCase.author!.id && u.department && !taken.has(u.department.id) && u.email?.endsWith('@demo.banso.example'))!;
    expect(adopter).toBeDefined();
  });

  it('DX office: features the case with a note and adds it to a new collection', async () => {
    await dx.goto(`/posts/${theCase.id}`);
    await dx.getByRole('heading', { level: 1, name: theCase.title }).waitFor();

    await dx.getByRole('button', { name: '優良事例にする' }).click();
    const dialog = dx.getByRole('dialog', { name: '優良事例にする' });
    await dialog.getByLabel('ひとこと（任意）').fill('窓口の待ち時間を減らした、ほかの課でも使いやすい取り組みです。');
    await Promise.all([dx.waitForResponse(isGraphql('featurePost')), dialog.getByRole('button', { name: '優良事例にする' }).click()]);
    await dx.getByText('DX推進課が選んだ優良事例です').waitFor();
    await dx.getByRole('note', { name: '優良事例' }).getByText('窓口の待ち時間を減らした、ほかの課でも使いやすい取り組みです。').waitFor();
    await dx.getByRole('button', { name: '優良事例から外す' }).waitFor();

    // The dialog reads the collections; with some already there, choose 「新しいまとめ」 (without any, the form is already the new one).
    await Promise.all([dx.waitForResponse(isGraphql('query Collections')), dx.getByRole('button', { name: 'まとめに追加' }).click()]);
    const add = dx.getByRole('dialog', { name: 'まとめに追加' });
    await add.waitFor();
    if (await add.getByRole('radio', { name: '新しいまとめ' }).count()) await add.getByText('新しいまとめ', { exact: true }).click();
    await add.getByLabel('題名').fill(collectionTitle);
    await add.getByLabel('説明（任意）').fill('ほかの課でもすぐに真似できる窓口の改善事例です。');
    await Promise.all([dx.waitForResponse(isGraphql('addToCollection')), add.getByRole('button', { name: '作成して追加する' }).click()]);
    const link = dx.getByRole('link', { name: collectionTitle });
    await link.waitFor();
    await shots(dx, 'practices-featured-post');
    await expectNoSeriousA11yViolations(dx, 'featured post as the DX office');

    await link.click();
    await dx.getByRole('heading', { level: 1, name: collectionTitle }).waitFor();
    await dx
      .getByRole('list', { name: `「${collectionTitle}」の投稿（順番どおり）` })
      .getByRole('link', { name: theCase.title })
      .waitFor();
    await shots(dx, 'practices-collection');

    await dx.getByRole('link', { name: 'まとめ一覧へ' }).click();
    await dx.getByRole('heading', { level: 1, name: 'まとめ' }).waitFor();
    await dx.getByRole('link', { name: collectionTitle }).waitFor();
    await shots(dx, 'practices-collections');

    // The feed's 「優良事例だけ」 filter finds it, with the mark on its card.
    await dx.goto('/?featured=1');
    const card = dx.getByRole('article').filter({ has: dx.getByRole('link', { name: theCase.title }) });
    await card.getByText('優良事例', { exact: true }).waitFor();
    expect(await dx.getByRole('checkbox', { name: '優良事例だけ' }).isChecked()).toBe(true);
    await shots(dx, 'practices-feed-featured');
  });

  it('another department’s member records that they adopted the case', async () => {
    const page = await d.as(adopter.email!);
    await page.goto(`/posts/${theCase.id}`);
    const section = page.getByRole('region', { name: '横展開' });
    await section.getByRole('heading', { name: '自分の部署で導入を記録' }).waitFor();
    await section.getByRole('radio', { name: '導入済み' }).check();
    await section.getByLabel('導入日').waitFor();
    await section.getByLabel('この部署での年間削減時間（任意）').fill(String(HOURS));
    await section.getByLabel('メモ（任意）').fill('様式を当課向けに変えて運用を始めました。');
    await Promise.all([page.waitForResponse(isGraphql('recordAdoption')), section.getByRole('button', { name: '記録する' }).click()]);
    // The server's answer: the record is listed and the form now updates it.
    const records = section.getByRole('list', { name: '導入の記録' });
    const mine = records.getByRole('listitem').filter({ hasText: adopter.department!.path });
    await mine.getByText('導入済み', { exact: true }).waitFor();
    await mine.getByText('年間 123.5時間 削減').waitFor();
    await section.getByRole('heading', { name: '自分の部署の導入状況を更新' }).waitFor();
    await shots(page, 'practices-case-adoptions');
    await expectNoSeriousA11yViolations(page, 'case with adoptions');
    await page.context().close();
  });

  it('the case’s author hears about it', async () => {
    const page = await d.as(theCase.author!.email!);
    if (!authorHadBadge) {
      await page.getByText('バッジを獲得しました: 横展開のはじまり').waitFor();
    }
    await page.goto(`/posts/${theCase.id}`);
    const records = page.getByRole('region', { name: '横展開' }).getByRole('list', { name: '導入の記録' });
    await records.getByRole('listitem').filter({ hasText: adopter.department!.path }).getByText('導入済み', { exact: true }).waitFor();
    await page.context().close();
  });

  it('DX office: the dashboard’s total for this 年度 grew by the recorded hours', async () => {
    const after = await impactTotal(dx, fy);
    expect(after).toBeCloseTo(totalBefore + HOURS, 1);
    await dx.goto('/dx');
    await dx.getByRole('heading', { level: 1, name: 'DX推進ダッシュボード' }).waitFor();
    const total = dx.getByRole('list', { name: '効果の数字' }).getByRole('listitem').filter({ hasText: '年間削減時間の合計' });
    const shown = `${after.toLocaleString('ja-JP', { maximumFractionDigits: 1 })}時間`;
    await total.getByText(shown, { exact: true }).waitFor();
    await dx.getByRole('link', { name: theCase.title }).first().waitFor();
    // The CSV is the server's: a same-origin link with the 年度.
    expect(await dx.getByRole('link', { name: '部署別の年間削減時間をCSVでダウンロード' }).getAttribute('href')).toBe(`/export/impact.csv?fiscalYear=${fy}`);
    await dx.getByRole('region', { name: '通報の対応' }).waitFor();
    // The header keeps to one line at 1366 with 「まとめ」 added (the DX office has the most items).
    const nav = await dx.getByRole('navigation', { name: 'メインナビゲーション' }).boundingBox();
    expect(nav!.height).toBeLessThan(48);
    expect(await dx.evaluate(() => [...document.querySelectorAll('header *')].every((el) => el.getBoundingClientRect().right <= window.innerWidth))).toBe(true);
    await shots(dx, 'practices-dx-dashboard');
    await expectNoSeriousA11yViolations(dx, 'DX dashboard');
  });

  it('staff get a friendly refusal at /dx, and 「まとめ」 in the header', async () => {
    const page = await d.as(adopter.email!);
    await page.setViewportSize(DESKTOP);
    await page.goto('/dx');
    await page.getByRole('alert').getByText('この画面はDX推進課向けです。').waitFor();
    await page.getByRole('navigation', { name: 'メインナビゲーション' }).getByRole('link', { name: 'まとめ' }).waitFor();
    await page.context().close();
  });
});
