import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import fujisawa from '../../../../src/core/frameworks/fujisawa-2024.json';
import hachioji from '../../../../src/core/frameworks/hachioji-2023.json';
import { AdminDepartmentsDocument } from '../../gql/graphql';
import { departmentSelectData, departmentTree, depthOf, LAYERS, ROLE_CATEGORIES, subtreeHeight, subtreeIds } from './adminOptions';
import { department, permissionsFor, renderWithApollo, typed } from './adminTestUtils';
import { OrganisationAdmin } from './OrganisationAdmin';
import { settingsPartsFor } from './SystemSettingsAdmin';

// Mantine portals and Apollo round trips: roomy on a loaded machine (the root jest run ignores the client project's testTimeout).
jest.setTimeout(20_000);

const bu = department({ id: '1', name: '企画部' });
const ka = department({ id: '2', name: 'デジタル推進課', level: 'KA', parentId: '1', path: '企画部 > デジタル推進課' });
const kakari = department({ id: '3', name: 'DX推進係', level: 'KAKARI', parentId: '2', path: '企画部 > デジタル推進課 > DX推進係' });
const oldBu = department({ id: '4', name: '旧総務部', retired: true });
const renamed = department({
  id: '5',
  name: '市民課',
  level: 'KA',
  parentId: '1',
  path: '企画部 > 市民課',
  formerNames: [typed('DepartmentFormerName', { name: '住民課', until: '2026-03-31T15:00:00.000Z' })],
});
const all = [bu, ka, kakari, oldBu, renamed];

describe('admin options', () => {
  it('names the framework roles and layers exactly as the server does', () => {
    expect(ROLE_CATEGORIES).toEqual(hachioji.roles.map((r) => ({ code: r.code, name: r.name })));
    expect(LAYERS).toEqual(fujisawa.layers.map((l) => ({ code: l.code, name: l.name })));
  });

  it('builds 部 → 課 → 係 and hides retired departments unless asked', () => {
    const tree = departmentTree(all, false);
    expect(tree.map((n) => n.department.name)).toEqual(['企画部']);
    expect(tree[0].children.map((n) => n.department.name)).toEqual(['デジタル推進課', '市民課']);
    expect(tree[0].children[0].children[0].depth).toBe(2);
    expect(departmentTree(all, true).map((n) => n.department.name)).toEqual(['企画部', '旧総務部']);
  });

  it('keeps a retired parent when something under it is still in use', () => {
    const retiredParent = { ...bu, retired: true };
    expect(departmentTree([retiredParent, ka], false).map((n) => n.department.name)).toEqual(['企画部']);
  });

  it('never offers retired departments in the selects, and indents by level', () => {
    const data = departmentSelectData(all);
    expect(data.map((o) => o.label)).not.toContain('旧総務部');
    expect(data.find((o) => o.value === '3')).toMatchObject({ label: '企画部 > デジタル推進課 > DX推進係', depth: 2 });
  });

  it('knows depths and subtrees, so a move cannot go below 係 or under itself', () => {
    expect(depthOf(all, '3')).toBe(3);
    expect(subtreeHeight(all, '1')).toBe(3);
    expect([...subtreeIds(all, '2')].sort()).toEqual(['2', '3']);
  });

  it('puts points, skills and tags under 設定 for an administrator', () => {
    expect(settingsPartsFor(permissionsFor('ADMIN')).map((p) => p.key)).toEqual(['points', 'skills', 'tags']);
    expect(settingsPartsFor(permissionsFor('STAFF'))).toEqual([]);
  });
});

describe('OrganisationAdmin', () => {
  const mocks = [{ request: { query: AdminDepartmentsDocument }, result: { data: { departments: all } }, maxUsageCount: 5 }];

  it('shows the tree with former names, and retired departments on request', async () => {
    const user = userEvent.setup();
    renderWithApollo(<OrganisationAdmin />, { mocks });
    const tree = await screen.findByRole('list', { name: '組織図' });
    expect(within(tree).getByText('企画部')).toBeInTheDocument();
    expect(within(tree).getByText('DX推進係')).toBeInTheDocument();
    expect(within(tree).getByText(/以前の名称: 住民課（2026年4月1日まで）/)).toBeInTheDocument();
    expect(within(tree).queryByText('旧総務部')).not.toBeInTheDocument();
    await user.click(screen.getByRole('switch', { name: '廃止した部署も表示（1件）' }));
    expect(within(tree).getByText('旧総務部')).toBeInTheDocument();
    expect(within(tree).getByText('廃止')).toBeInTheDocument();
  });

  it('offers 下に係を追加 under a 課, but nothing below a 係', async () => {
    const user = userEvent.setup();
    renderWithApollo(<OrganisationAdmin />, { mocks });
    await user.click(await screen.findByRole('button', { name: '企画部 > デジタル推進課の操作' }));
    expect(await screen.findByRole('menuitem', { name: '下に係を追加' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: '企画部 > デジタル推進課 > DX推進係の操作' }));
    const menu = await screen.findByRole('menu');
    expect(within(menu).queryByRole('menuitem', { name: /下に/ })).not.toBeInTheDocument();
    expect(within(menu).getByRole('menuitem', { name: '廃止' })).toBeInTheDocument();
  });
});
