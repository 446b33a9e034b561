import { readFileSync } from 'node:fs';
import { fiscalYear } from '../../src/core/time/jst';
import { expectNoSeriousA11yViolations, isGraphql, shot, useDemoBrowser } from './browser-support';

jest.setTimeout(180_000);

/**
 * 統計 in a real browser on the demo city: staff see the organisation only and can join the
 * leaderboard; a manager compares their 課 and sees small groups hidden; the DX office compares
 * the organisation's departments and downloads an Excel-ready CSV.
 */
describe('statistics screens', () => {
  const d = useDemoBrowser();
  const fy = fiscalYear();
  const label = `令和${fy - 2018}年度（${fy}年度）`;

  it('staff: the organisation for this 年度, no department selector; joining the leaderboard sticks', async () => {
    const page = await d.as('staff01@demo.banso.example');
    await page.goto('/stats');
    await page.getByRole('heading', { level: 1, name: '統計' }).waitFor();
    await page.getByText(label).first().waitFor();
    await page.getByRole('heading', { name: '月ごとの推移' }).waitFor();
    expect(await page.getByLabel('対象').count()).toBe(0);
    const optIn = page.getByRole('switch', { name: 'ランキングに参加する' });
    expect(await optIn.isChecked()).toBe(false);
    // The switch follows the server: it turns on once setLeaderboardOptIn has answered.
    await Promise.all([page.waitForResponse(isGraphql('setLeaderboardOptIn')), optIn.click()]);
    await page.getByRole('switch', { name: 'ランキングに参加する', checked: true }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: '年度ランキング' }).waitFor();
    expect(await page.getByRole('switch', { name: 'ランキングに参加する' }).isChecked()).toBe(true);
    await shot(page, 'stats-browser-staff');
    await expectNoSeriousA11yViolations(page, 'statistics as staff');
  });

  it('manager: their 課 with its sub-departments, small groups hidden in the table view', async () => {
    const page = await d.as('manager@demo.banso.example');
    await page.goto('/stats');
    await page.getByLabel('対象').first().waitFor();
    const compare = page.getByRole('region', { name: '下の部署の比較' });
    await compare.waitFor();
    await compare.getByRole('radiogroup', { name: '下の部署の比較: 表示の切り替え' }).getByText('表', { exact: true }).click();
    await compare.getByRole('table').waitFor();
    await compare
      .getByRole('table')
      .getByText(/人未満のため表示しません/)
      .first()
      .waitFor();
    await shot(page, 'stats-browser-manager-table');
  });

  it('DX office: the organisation’s departments compared, and a CSV Excel opens as it is', async () => {
    const page = await d.as('dx-office@demo.banso.example');
    await page.goto('/stats');
    await page.getByRole('heading', { name: '部署の比較' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '部署の比較をCSVでダウンロード' }).click()]);
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF"')).toBe(true);
    expect(csv).toContain('\r\n');
    expect(csv).toContain('総務部');
    await shot(page, 'stats-browser-dx');
  });
});
