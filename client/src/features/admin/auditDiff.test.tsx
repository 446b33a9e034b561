import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../test-utils';
import { auditDetail, auditDiff } from './auditDiff';
import { AuditChanges, auditCsvHref } from './AuditLogAdmin';

const departments = new Map([
  ['3', '市民部 > 市民課'],
  ['7', '企画部 > デジタル推進課'],
]);
const ctx = { departmentName: (id: string) => departments.get(id) };

describe('auditDiff', () => {
  it('turns a role change into words: 権限: 職員 → 管理職', () => {
    expect(auditDiff('{"role":"STAFF"}', '{"role":"MANAGER"}')).toEqual([{ key: 'role', label: '権限', before: '職員', after: '管理職' }]);
  });

  it('names departments, framework codes and states instead of ids and codes', () => {
    const rows = auditDiff(
      '{"departmentId":3,"roleCategory":null,"active":true}',
      '{"departmentId":7,"effectiveDate":"2027-04-01","roleCategory":"DIGITAL_LEADER","active":false}',
      ctx,
    );
    expect(rows).toEqual([
      { key: 'departmentId', label: '所属', before: '市民部 > 市民課', after: '企画部 > デジタル推進課' },
      { key: 'effectiveDate', label: '発令日', before: null, after: '2027-04-01' },
      { key: 'roleCategory', label: '役割', before: null, after: 'デジタル推進リーダー人財' },
      { key: 'active', label: '状態', before: '利用中', after: '利用停止' },
    ]);
  });

  it('shows a created account as its values, and an unknown department by number', () => {
    expect(auditDiff(null, '{"name":"伴走 花子","layer":"SECTION_CHIEF","departmentIds":[9]}', ctx)).toEqual([
      { key: 'name', label: '氏名', before: null, after: '伴走 花子' },
      { key: 'layer', label: '階層', before: null, after: '参事・課長級職員層' },
      { key: 'departmentIds', label: '管理範囲', before: null, after: '部署 #9' },
    ]);
  });

  it('calls a department’s name 名称 and its code 部署コード', () => {
    expect(auditDiff('{"name":"戸籍係"}', '{"name":"戸籍住民係"}', { targetType: 'DEPARTMENT' })[0].label).toBe('名称');
    expect(auditDiff(null, '{"code":"D0035"}', { targetType: 'DEPARTMENT' })[0].label).toBe('部署コード');
    expect(auditDiff(null, '{"name":"伴走 花子"}', { targetType: 'USER' })[0].label).toBe('氏名');
  });

  it('copes with nothing and with text that is not JSON', () => {
    expect(auditDiff(null, null)).toEqual([]);
    expect(auditDetail('not json')).toEqual([{ key: 'detail', label: '補足', value: 'not json' }]);
    expect(auditDetail('{"reason":"いたずら投稿の確認","via":"admin screen","sessionsEnded":2}')).toEqual([
      { key: 'reason', label: '理由', value: 'いたずら投稿の確認' },
      { key: 'via', label: '経路', value: '管理画面' },
      { key: 'sessionsEnded', label: '終了したセッション', value: '2' },
    ]);
  });
});

describe('AuditChanges', () => {
  it('renders each change as 「項目: 前 → 後」, with 変更前/変更後 for screen readers', () => {
    renderWithProviders(
      <AuditChanges entry={{ before: '{"role":"STAFF","retired":false}', after: '{"role":"ADMIN","retired":true}', detail: '{"reason":"統合"}' }} />,
    );
    const rows = screen.getAllByTestId('audit-diff-row');
    expect(rows).toHaveLength(2);
    // Read aloud (and as text) with the hidden words: 「権限: 変更前: 職員 変更後: 管理者」.
    expect(rows[0]).toHaveTextContent('権限: 変更前: 職員 変更後: 管理者');
    expect(rows[1]).toHaveTextContent('廃止: 変更前: 使用中 変更後: 廃止');
    expect(document.body).toHaveTextContent('理由: 統合');
    expect(screen.queryByText(/[{}]/)).not.toBeInTheDocument();
  });

  it('shows a dash when the row carries no changes', () => {
    renderWithProviders(<AuditChanges entry={{ before: null, after: null, detail: null }} />);
    expect(screen.getByText('—')).toBeInTheDocument();
  });
});

describe('auditCsvHref', () => {
  it('carries the same filters as the screen', () => {
    expect(auditCsvHref({})).toBe('/export/audit-log.csv');
    expect(auditCsvHref({ actions: ['ROLE_CHANGED', 'ACCOUNT_CREATED'], from: '2026-04-01', to: '2026-04-30', targetType: 'USER' })).toBe(
      '/export/audit-log.csv?actions=ROLE_CHANGED%2CACCOUNT_CREATED&from=2026-04-01&to=2026-04-30&targetType=USER',
    );
  });
});
