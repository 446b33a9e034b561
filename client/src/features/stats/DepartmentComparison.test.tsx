import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../../test-utils';
import { toCsv } from './csv';
import { comparisonRows, DepartmentComparison } from './DepartmentComparison';
import { rowsToCsv } from './statsFormat';
import { quietChartWarnings, totals } from './statsTestData';
import type { ContributionStatsQuery } from '../../gql/graphql';

type Row = ContributionStatsQuery['contributionStats']['byDepartment'][number];

const department = (id: string, name: string) => ({ __typename: 'Department', id, name, path: `市民部 > ${name}` }) as Row['department'];

const BY_DEPARTMENT: Row[] = [
  { department: department('2', '市民課'), label: '市民課', suppressed: false, totals: totals({ questions: 18, answers: 41 }) },
  { department: department('6', '子育て支援課'), label: '子育て支援課', suppressed: false, totals: totals({ questions: 9 }) },
  { department: department('7', '保険年金課'), label: '保険年金課', suppressed: true, totals: null },
  { department: null, label: '市民部（直属）', suppressed: true, totals: null },
];

const REASON = '5人未満のため表示しません';

beforeEach(() => quietChartWarnings());
afterEach(() => jest.restoreAllMocks());

function renderComparison() {
  return renderWithProviders(
    <DepartmentComparison
      byDepartment={BY_DEPARTMENT}
      minGroupSize={5}
      level="department"
      scopeName="市民部"
      yearLabel="令和8年度（2026年度）"
      fileParts={[2026, '市民部']}
    />,
  );
}

describe('DepartmentComparison', () => {
  it('shows a hidden department’s reason in place of its figures in the table', async () => {
    const user = userEvent.setup();
    renderComparison();
    // The chart leaves hidden departments out and says so.
    expect(screen.getByText(`グラフに出していない部署: 保険年金課、市民部（直属）（${REASON}）`)).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '表' }));
    const table = screen.getByRole('table', { name: '市民部・令和8年度（2026年度）の下の部署の比較' });
    const shown = within(table).getByRole('rowheader', { name: '市民課' }).closest('tr')!;
    expect(within(shown).getByText('18')).toBeInTheDocument();
    expect(within(shown).getByText('41')).toBeInTheDocument();
    for (const name of ['保険年金課', '市民部（直属）']) {
      const row = within(table).getByRole('rowheader', { name }).closest('tr')!;
      expect(within(row).getByText(REASON)).toBeInTheDocument();
      expect(row.textContent!.replace(name, '').replace(REASON, '')).not.toMatch(/\d/);
    }
  });

  it('writes hidden departments to the CSV with the reason and no numbers', () => {
    const csv = toCsv(
      rowsToCsv(
        '部署',
        [
          { key: 'questions', label: '質問' },
          { key: 'answers', label: '回答' },
        ],
        comparisonRows(BY_DEPARTMENT),
        REASON,
      ),
    );
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('"部署","質問","回答"');
    expect(lines[1]).toBe('"市民課","18","41"');
    expect(lines[3]).toBe(`"保険年金課","${REASON}",""`);
    expect(lines[4]).toBe(`"市民部（直属）","${REASON}",""`);
  });

  it('downloads the table as an Excel-ready CSV (BOM, CRLF) built in the browser', async () => {
    const user = userEvent.setup();
    let blob: Blob | undefined;
    const createObjectURL = jest.fn((b: Blob) => {
      blob = b;
      return 'blob:stats';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: jest.fn() });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    renderComparison();
    await user.click(screen.getByRole('button', { name: '下の部署の比較をCSVでダウンロード' }));
    expect(click).toHaveBeenCalled();
    const bytes = await new Promise<Uint8Array>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.readAsArrayBuffer(blob!);
    });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes);
    expect(text).toContain(`"保険年金課","${REASON}"`);
    expect(text).toContain('\r\n');
  });
});
