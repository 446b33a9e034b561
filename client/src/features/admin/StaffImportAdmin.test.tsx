import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ImportStaffDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test-utils';
import { todayJst } from './adminOptions';
import { renderWithApollo, typed } from './adminTestUtils';
import { ImportPreview, StaffImportAdmin, type ImportResult } from './StaffImportAdmin';
import { countDataLines, decodeCsv, stripLocation } from './staffImportFile';

// Mantine portals and Apollo round trips: roomy on a loaded machine (the root jest run ignores the client project's testTimeout).
jest.setTimeout(20_000);

const CSV = '職員番号,氏名,メールアドレス,所属\nK1,伴走 花子,hanako@example.lg.jp,企画部/デジタル推進課\nK2,市民 次郎,jiro@example,企画部\n';

function result(overrides: Partial<ImportResult> = {}): ImportResult {
  return {
    __typename: 'ImportResult',
    dryRun: true,
    ok: true,
    effectiveDate: '2027-04-01',
    rows: 2,
    created: 1,
    updated: 0,
    transferred: 1,
    deactivated: 0,
    unchanged: 0,
    departmentsCreated: 1,
    errors: [],
    warnings: [],
    changes: [
      {
        __typename: 'ImportChange',
        kind: 'DEPARTMENT',
        line: 2,
        employeeId: null,
        name: '企画部/デジタル推進課',
        description: '新しい部署「企画部/デジタル推進課」を作成',
      },
      {
        __typename: 'ImportChange',
        kind: 'CREATE',
        line: 2,
        employeeId: 'K1',
        name: '伴走 花子',
        description: '新規: hanako@example.lg.jp、企画部 > デジタル推進課',
      },
      typed('ImportChange', { kind: 'TRANSFER', line: 3, employeeId: 'K2', name: '市民 次郎', description: '異動: 市民課 → 企画部（2027-04-01から）' }),
    ],
    changeCount: 3,
    ...overrides,
  } as ImportResult;
}

const withErrors = result({
  ok: false,
  created: 0,
  transferred: 0,
  departmentsCreated: 0,
  changes: [],
  changeCount: 0,
  errors: [
    typed('ImportError', { line: 3, column: 3, columnName: 'メールアドレス', message: '3行目 メールアドレス: メールアドレスの形式が正しくありません。' }),
    typed('ImportError', { line: 7, column: null, columnName: null, message: '7行目: 職員番号 K1 が2行目と重複しています。' }),
  ],
});

describe('decodeCsv', () => {
  it('reads UTF-8, with or without BOM, and says which', () => {
    const utf8 = new TextEncoder().encode('氏名\n伴走');
    expect(decodeCsv(utf8)).toEqual({ text: '氏名\n伴走', encoding: 'UTF-8' });
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
    expect(decodeCsv(bom)).toEqual({ text: '氏名\n伴走', encoding: 'UTF-8（BOM付き）' });
  });

  it('falls back to Shift_JIS (Excel) when the bytes are not UTF-8', () => {
    // 「氏名,所属」 in Shift_JIS
    const sjis = new Uint8Array([0x8e, 0x81, 0x96, 0xbc, 0x2c, 0x8f, 0x8a, 0x91, 0xae]);
    expect(decodeCsv(sjis)).toEqual({ text: '氏名,所属', encoding: 'Shift_JIS' });
  });

  it('counts data lines without the heading and blank lines', () => {
    expect(countDataLines(CSV)).toBe(2);
    expect(countDataLines('見出し\r\n\r\n')).toBe(0);
  });

  it('drops the line/column prefix the table already shows', () => {
    expect(stripLocation('3行目 メールアドレス: 形式が違います。', 3, 'メールアドレス')).toBe('形式が違います。');
    expect(stripLocation('7行目: 重複しています。', 7, null)).toBe('重複しています。');
    expect(stripLocation('別の文', 7, null)).toBe('別の文');
  });
});

describe('ImportPreview', () => {
  it('shows the counts as cards and the changes', () => {
    renderWithProviders(<ImportPreview result={result()} />);
    expect(screen.getByTestId('import-stat-created')).toHaveTextContent('1');
    expect(screen.getByTestId('import-stat-transferred')).toHaveTextContent('1');
    expect(screen.getByTestId('import-stat-departmentsCreated')).toHaveTextContent('1');
    expect(screen.getByTestId('import-stat-unchanged')).toHaveTextContent('0');
    for (const label of ['新規', '更新', '異動', '利用停止', '変更なし', '新しい部署']) expect(screen.getAllByText(label).length).toBeGreaterThan(0);
    const table = screen.getByRole('table', { name: '変更の一覧' });
    expect(within(table).getByText('伴走 花子')).toBeInTheDocument();
    expect(within(table).getByText('異動: 市民課 → 企画部（2027-04-01から）')).toBeInTheDocument();
  });

  it('lists the errors by line and column, and says nothing was applied', () => {
    renderWithProviders(<ImportPreview result={withErrors} />);
    expect(screen.getByRole('alert')).toHaveTextContent('エラーがあるため取り込めません（1件もまだ反映していません）');
    const table = screen.getByRole('table', { name: 'エラーの一覧' });
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('3');
    expect(rows[1]).toHaveTextContent('メールアドレス');
    expect(rows[1]).toHaveTextContent('メールアドレスの形式が正しくありません。');
    expect(rows[2]).toHaveTextContent('職員番号 K1 が2行目と重複しています。');
    expect(screen.queryByRole('table', { name: '変更の一覧' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('import-stat-created')).not.toBeInTheDocument();
  });
});

describe('StaffImportAdmin', () => {
  const checkMock = (data: ImportResult) => ({
    request: { query: ImportStaffDocument, variables: { input: { csv: CSV, dryRun: true, effectiveDate: todayJst(), deactivateMissing: false } } },
    result: { data: { importStaff: data } },
  });

  async function chooseFile(user: ReturnType<typeof userEvent.setup>) {
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    await user.upload(input, new File([CSV], '職員一覧.csv', { type: 'text/csv' }));
    expect(await screen.findByText(/データ 2行・文字コード: UTF-8（自動判定）/)).toBeInTheDocument();
  }

  it('cannot import before the check, nor when the check found errors', async () => {
    const user = userEvent.setup();
    renderWithApollo(<StaffImportAdmin />, { mocks: [checkMock(withErrors)] });
    expect(screen.getByRole('button', { name: '内容を確認' })).toBeDisabled();
    expect(screen.getByRole('button', { name: '取り込む' })).toBeDisabled();
    await chooseFile(user);
    expect(screen.getByRole('button', { name: '取り込む' })).toBeDisabled();
    await user.click(screen.getByRole('button', { name: '内容を確認' }));
    expect(await screen.findByText('エラーがあるため取り込めません（1件もまだ反映していません）')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '取り込む' })).toBeDisabled();
  });

  it('imports after a clean check, through a confirmation', async () => {
    const user = userEvent.setup();
    const applied = result({ dryRun: false });
    renderWithApollo(<StaffImportAdmin />, {
      mocks: [
        checkMock(result()),
        {
          request: { query: ImportStaffDocument, variables: { input: { csv: CSV, dryRun: false, effectiveDate: todayJst(), deactivateMissing: false } } },
          result: { data: { importStaff: applied } },
        },
      ],
    });
    await chooseFile(user);
    await user.click(screen.getByRole('button', { name: '内容を確認' }));
    await screen.findByRole('heading', { name: '確認の結果（まだ反映していません）' });
    const apply = screen.getByRole('button', { name: '取り込む' });
    await waitFor(() => expect(apply).toBeEnabled());
    await user.click(apply);
    const dialog = await screen.findByRole('dialog', { name: '職員データを取り込みますか？' });
    expect(within(dialog).getByText(/3件の変更を、発令日 2027年4月1日 で反映します/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: '取り込む' }));
    expect(await screen.findByRole('heading', { name: '取り込みました' })).toBeInTheDocument();
  });
});
