import { DESKTOP, expectNoSeriousA11yViolations, gql, isGraphql, shots, useDemoBrowser } from './browser-support';
import type { Page } from 'playwright-core';

jest.setTimeout(300_000);

interface AnswerNode {
  id: string;
  body: string;
  accepted: boolean;
  hidden: boolean;
  byAnonymousAsker: boolean;
  author: { id: string; email: string | null; active: boolean } | null;
}

interface QuestionNode {
  id: string;
  title: string;
  status: string;
  hidden: boolean;
  answers: AnswerNode[];
}

/** The first words of an answer's body, as they show on the page (Markdown markers dropped). */
const firstWords = (body: string): string | null =>
  body
    .replace(/[#>*_`[\]()!|-]/g, ' ')
    .split(/\s+/)
    .find((w) => [...w].length >= 6 && !/[/.:]/.test(w))
    ?.slice(0, 12) ?? null;

/**
 * 通報 → 非表示 → 再表示 on the demo city, in a real browser: a member of staff reports a
 * colleague's answer (個人情報); the DX office finds it in the report queue and hides it with
 * a reason; the answer's author still reads it, with the reason; a third person sees only the
 * placeholder; the DX office restores it and everyone reads it again. Nothing here depends on
 * how many reports, answers or posts the demo has.
 */
describe('moderation: report, hide, restore', () => {
  const d = useDemoBrowser();
  const REPORTER = 'staff01@demo.banso.example';
  const THIRD = 'staff02@demo.banso.example';
  const REASON = '住民の方の氏名と住所が書かれていたため、非表示にしました。該当の部分を消していただければ再表示します。';
  let dx: Page;
  let question: QuestionNode;
  let other: QuestionNode;
  let answer: AnswerNode;
  let words: string;

  beforeAll(async () => {
    dx = await d.as('dx-office@demo.banso.example');
    await dx.setViewportSize(DESKTOP);
    // An answer by a named demo colleague (the DX office sees e-mail addresses), on an open or resolved question.
    const { posts } = await gql<{ posts: { edges: { node: QuestionNode }[] } }>(
      dx,
      `query { posts(first: 100, filter: { kind: QUESTION }) { edges { node {
        id title status hidden answers { id body accepted hidden byAnonymousAsker author { id email active } }
      } } } }`,
    );
    const ok = (a: AnswerNode) =>
      !a.hidden &&
      !a.accepted &&
      !a.byAnonymousAsker &&
      !!a.author?.active &&
      /^staff\d+@demo\.banso\.example$/.test(a.author.email ?? '') &&
      ![REPORTER, THIRD].includes(a.author.email!) &&
      firstWords(a.body) !== null;
    for (const { node } of posts.edges) {
      const found = !node.hidden && node.status !== 'CLOSED' ? node.answers.find(ok) : undefined;
      if (found) {
        question = node;
        answer = found;
        break;
      }
    }
    expect(answer).toBeDefined();
    words = firstWords(answer.body)!;
    // Another question, to close as a duplicate of the first.
    other = posts.edges.map((e) => e.node).find((n) => n.id !== question.id && !n.hidden && n.status !== 'CLOSED')!;
    expect(other).toBeDefined();
  });

  it('a member of staff reports a colleague’s answer as 個人情報', async () => {
    const page = await d.as(REPORTER);
    await page.goto(`/posts/${question.id}`);
    await page.getByRole('heading', { level: 1, name: question.title }).waitFor();
    const item = page.locator(`#answer-${answer.id}`);
    await item.getByText(words).first().waitFor();
    await item.getByText('個人の意見です').waitFor();

    await item.getByRole('button', { name: '回答のその他の操作' }).click();
    await page.getByRole('menuitem', { name: '通報' }).click();
    const dialog = page.getByRole('dialog', { name: 'この回答を通報する' });
    await dialog.getByRole('radio', { name: '個人情報' }).check();
    await dialog.getByLabel('メモ（任意）').fill('住民の方の氏名と住所が書かれています。');
    await shots(page, 'moderation-report-modal', { tall: true });
    await expectNoSeriousA11yViolations(page, 'report dialog');

    const [response] = await Promise.all([page.waitForResponse(isGraphql('ReportContent')), dialog.getByRole('button', { name: '通報する' }).click()]);
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    await page.getByText('通報しました。DX推進課が確認します。').waitFor();
    await dialog.waitFor({ state: 'detached' });
    await page.context().close();

    // A second colleague reports the same answer (through the API), so the queue counts two.
    const third = await d.as(THIRD);
    await gql(third, 'mutation($i: ReportInput!) { report(input: $i) { id } }', {
      i: { targetType: 'ANSWER', targetId: answer.id, reason: 'INAPPROPRIATE', note: '個人が特定できる書き方です。' },
    });
    await third.context().close();
  });

  it('the DX office finds it in the queue and hides the answer with a reason', async () => {
    await dx.goto('/dx/reports');
    await dx.getByRole('heading', { level: 1, name: '通報の対応' }).waitFor();
    // Both reports on the answer link to it; the first one is ours (its note), and each counts two.
    const onAnswer = dx.getByRole('article').filter({ has: dx.locator(`a[href="/posts/${question.id}#answer-${answer.id}"]`) });
    const item = onAnswer.filter({ hasText: '住民の方の氏名と住所が書かれています。' });
    await item.getByText('個人情報', { exact: true }).waitFor();
    await item.getByText('同じ内容への通報 2件').waitFor();
    await item.getByText(/^通報した人：/).waitFor();
    await onAnswer.filter({ hasText: '個人が特定できる書き方です。' }).getByText('同じ内容への通報 2件').waitFor();
    await shots(dx, 'moderation-report-queue');
    await expectNoSeriousA11yViolations(dx, 'report queue');

    await item.getByRole('button', { name: '非表示にする' }).click();
    await item.getByLabel('非表示にする理由（投稿者に示されます）').fill(REASON);
    // Hiding settles both reports on the answer.
    const [response] = await Promise.all([dx.waitForResponse(isGraphql('ResolveReport')), item.getByRole('button', { name: '非表示にする' }).click()]);
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    await dx.getByText('非表示にしました').waitFor();
    // Resolved: both leave the open list and show under 対応済み.
    await onAnswer.first().waitFor({ state: 'detached' });
    await dx.getByRole('tab', { name: '対応済み' }).click();
    await onAnswer.nth(1).waitFor();
    expect(await onAnswer.getByText('非表示にした').count()).toBe(2);
  });

  it('the answer’s author still reads it, with the reason', async () => {
    const page = await d.as(answer.author!.email!);
    await page.goto(`/posts/${question.id}`);
    const item = page.locator(`#answer-${answer.id}`);
    await item.getByText('この回答は非表示になっています').waitFor();
    await item.getByText(`理由：${REASON}`).waitFor();
    await item.getByText(words).first().waitFor();
    await item.scrollIntoViewIfNeeded();
    await shots(page, 'moderation-hidden-answer-author');
    await page.context().close();
  });

  it('a third person sees only the placeholder', async () => {
    const page = await d.as(THIRD);
    await page.goto(`/posts/${question.id}`);
    await page.getByRole('heading', { level: 1, name: question.title }).waitFor();
    const item = page.locator(`#answer-${answer.id}`);
    await item.getByText('この回答は非表示になりました').waitFor();
    expect(await item.getByText(words).count()).toBe(0);
    expect(await page.getByText(REASON).count()).toBe(0);
    await shots(page, 'moderation-hidden-answer-colleague');
    await expectNoSeriousA11yViolations(page, 'post with a hidden answer');
    await page.context().close();
  });

  it('the DX office restores it, and everyone reads the answer again', async () => {
    await dx.goto(`/posts/${question.id}`);
    const item = dx.locator(`#answer-${answer.id}`);
    const banner = item.locator('[data-hidden-banner]');
    await banner.getByText(`理由：${REASON}`).waitFor();
    await banner.getByRole('button', { name: '再表示する' }).click();
    const dialog = dx.getByRole('dialog', { name: '回答を再表示する' });
    await dialog.getByLabel('理由（任意・監査ログに残ります）').fill('投稿者が該当の部分を削除したため');
    const [response] = await Promise.all([dx.waitForResponse(isGraphql('RestoreContent')), dialog.getByRole('button', { name: '再表示する' }).click()]);
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    await dx.getByText('再表示しました').waitFor();
    await banner.waitFor({ state: 'detached' });

    for (const email of [THIRD, answer.author!.email!]) {
      const page = await d.as(email);
      await page.goto(`/posts/${question.id}`);
      const shown = page.locator(`#answer-${answer.id}`);
      await shown.getByText(words).first().waitFor();
      expect(await shown.getByText('この回答は非表示になりました').count()).toBe(0);
      expect(await shown.getByText('この回答は非表示になっています').count()).toBe(0);
      await page.context().close();
    }
  });

  it('the DX office marks the answer as the official view; readers see 公式見解', async () => {
    await dx.goto(`/posts/${question.id}`);
    const item = dx.locator(`#answer-${answer.id}`);
    await item.getByRole('button', { name: '回答のその他の操作' }).click();
    await dx.getByRole('menuitem', { name: '公式見解にする' }).click();
    const dialog = dx.getByRole('dialog', { name: '公式見解にする' });
    await dialog.getByLabel('ひとこと（任意）').fill('令和8年4月の事務処理要領に沿った取扱いです。');
    await Promise.all([dx.waitForResponse(isGraphql('MarkOfficialAnswer')), dialog.getByRole('button', { name: '公式見解にする' }).click()]);
    await item.getByRole('note', { name: '公式見解' }).getByText('令和8年4月の事務処理要領に沿った取扱いです。').waitFor();

    const page = await d.as(THIRD);
    await page.goto(`/posts/${question.id}`);
    const official = page.locator(`#answer-${answer.id}`);
    await official.getByRole('note', { name: '公式見解' }).getByText('令和8年4月の事務処理要領に沿った取扱いです。').waitFor();
    expect(await official.getByText('個人の意見です').count()).toBe(0);
    await official.scrollIntoViewIfNeeded();
    await shots(page, 'moderation-official-answer');
    await page.context().close();
  });

  it('the DX office closes another question as a duplicate; readers see why, with the original', async () => {
    await dx.goto(`/posts/${other.id}`);
    await dx.getByRole('heading', { level: 1, name: other.title }).waitFor();
    await dx.getByRole('button', { name: '投稿のその他の操作' }).click();
    await dx.getByRole('menuitem', { name: 'クローズする' }).click();
    const dialog = dx.getByRole('dialog', { name: '質問をクローズする' });
    await dialog.getByRole('radio', { name: '重複' }).check();
    // The original by its URL, as pasted from the address bar; the dialog names it before closing.
    await dialog.getByLabel('元の質問（番号またはURL）').fill(`${d.t.url}/posts/${question.id}`);
    await dialog.getByText(`元の質問：${question.title}`).waitFor();
    const [response] = await Promise.all([dx.waitForResponse(isGraphql('ClosePost')), dialog.getByRole('button', { name: 'クローズする' }).click()]);
    expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
    await dx.locator('[data-closed-notice]').getByText('この質問はクローズされました（重複）').waitFor();

    const page = await d.as(THIRD);
    await page.goto(`/posts/${other.id}`);
    const notice = page.locator('[data-closed-notice]');
    await notice.getByText('この質問はクローズされました（重複）').waitFor();
    await notice.getByRole('link', { name: question.title }).waitFor();
    expect(await page.getByRole('heading', { name: '回答する' }).count()).toBe(0);
    expect(await notice.getByRole('button', { name: '再開する' }).count()).toBe(0);
    await shots(page, 'moderation-closed-question');
    await page.context().close();

    // Reopened, it takes answers again.
    await dx.locator('[data-closed-notice]').getByRole('button', { name: '再開する' }).click();
    const confirm = dx.getByRole('dialog', { name: '質問を再開しますか？' });
    await Promise.all([dx.waitForResponse(isGraphql('ReopenPost')), confirm.getByRole('button', { name: '再開する' }).click()]);
    await dx.locator('[data-closed-notice]').waitFor({ state: 'detached' });
    await dx.getByRole('heading', { name: '回答する' }).waitFor();
  });

  it('the DX office describes a tag and records that its content changed', async () => {
    const { tags } = await gql<{ tags: { name: string }[] }>(dx, 'query { tags(first: 1) { name } }');
    const name = tags[0].name;
    await dx.goto(`/tags/${encodeURIComponent(name)}`);
    await dx.getByRole('heading', { level: 1, name: `#${name}` }).waitFor();
    await dx.getByRole('region', { name: 'このタグに詳しい人' }).waitFor();
    await dx.getByRole('region', { name: 'このタグの新しい投稿' }).getByRole('article').first().waitFor();

    await dx.getByRole('button', { name: /^説明を(書く|編集)$/ }).click();
    const describe = dx.getByRole('dialog', { name: `「${name}」の説明` });
    const description = '庁内のデータを集計・可視化して、業務や政策の判断に使う取り組みです。統計の扱いは政策企画課に相談できます。';
    await describe.getByLabel('説明').fill(description);
    await Promise.all([dx.waitForResponse(isGraphql('UpdateTag')), describe.getByRole('button', { name: '保存する' }).click()]);
    await describe.waitFor({ state: 'detached' });
    await dx.locator('#main').getByText(description).waitFor();

    await dx.getByRole('button', { name: '内容が変わったと記録' }).click();
    const changed = dx.getByRole('dialog', { name: `「${name}」の内容が変わったと記録する` });
    await changed.getByLabel('変わった理由').fill('2027年4月の個人情報保護法の改正');
    await Promise.all([dx.waitForResponse(isGraphql('UpdateTag')), changed.getByRole('button', { name: '記録する' }).click()]);
    await dx.getByText('2027年4月の個人情報保護法の改正').waitFor();
    await dx.getByText(/に内容が変わりました$/).waitFor();
    await shots(dx, 'moderation-tag-page');
    await expectNoSeriousA11yViolations(dx, 'tag page');

    // Its cases are now due for review because of the tag.
    const { tag } = await gql<{ tag: { topCases: { reviewDue: { changedTags: string[] } | null }[] } }>(
      dx,
      'query($n: String!) { tag(name: $n) { topCases { reviewDue { changedTags } } } }',
      { n: name },
    );
    for (const c of tag.topCases) expect(c.reviewDue?.changedTags).toContain(name);
  });

  it('the DX office’s content review queue: 確認済み takes a post off the list', async () => {
    await dx.goto('/dx/review');
    await dx.getByRole('heading', { level: 1, name: '内容の確認' }).waitFor();
    // Either posts to review or the empty state, after the server answered.
    await dx.locator('[data-review-post]').or(dx.getByText('確認待ちの投稿はありません')).first().waitFor();
    await shots(dx, 'moderation-content-review');
    await expectNoSeriousA11yViolations(dx, 'content review queue');

    const first = dx.locator('[data-review-post]').first();
    if (await first.count()) {
      const id = await first.getAttribute('data-review-post');
      const [response] = await Promise.all([dx.waitForResponse(isGraphql('MarkReviewed')), first.getByRole('button', { name: /^確認済み/ }).click()]);
      expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
      await dx.getByText('確認済みにしました').waitFor();
      await dx.locator(`[data-review-post="${id}"]`).waitFor({ state: 'detached' });
    }
  });
});
