import { MockedProvider } from '@apollo/client/testing/react';
import { MemoryRouter } from 'react-router-dom';
import { permissionsOf } from '../../../../src/core/policy/capabilities';
import { createCache } from '../../apollo';
import { renderWithProviders } from '../../test-utils';
import { ViewerContext } from '../auth/ViewerContext';
import type { AdminDepartmentFieldsFragment, AdminUserFieldsFragment, ViewerFieldsFragment } from '../../gql/graphql';
import type { MockLink } from '@apollo/client/testing';
import type { ReactElement } from 'react';

export type TestRole = 'STAFF' | 'MANAGER' | 'DX_OFFICE' | 'ADMIN';

/** `me.permissions` for a role, from the server's own policy table (not a copy of it). */
export const permissionsFor = (role: TestRole): string[] => [...permissionsOf(role)];

export function viewer(role: TestRole, overrides: Partial<ViewerFieldsFragment> = {}): ViewerFieldsFragment {
  return {
    __typename: 'User',
    id: '1',
    displayName: '管理 太郎',
    email: 'admin@example.lg.jp',
    avatarUrl: null,
    permissions: permissionsFor(role),
    mustChangePassword: false,
    department: null,
    ...overrides,
  } as ViewerFieldsFragment;
}

/** The generated types leave out __typename; the mocked cache wants it (hence also the assertions below). */
export function typed<T extends object>(typename: string, value: T): T {
  return { __typename: typename, ...value };
}

export function department(
  overrides: Partial<AdminDepartmentFieldsFragment> & Pick<AdminDepartmentFieldsFragment, 'id' | 'name'>,
): AdminDepartmentFieldsFragment {
  return {
    __typename: 'Department',
    code: `D${overrides.id}`,
    level: 'BU',
    parentId: null,
    path: overrides.name,
    retired: false,
    formerNames: [],
    ...overrides,
  } as AdminDepartmentFieldsFragment;
}

export function account(overrides: Partial<AdminUserFieldsFragment> & Pick<AdminUserFieldsFragment, 'id' | 'displayName'>): AdminUserFieldsFragment {
  return {
    __typename: 'User',
    email: `u${overrides.id}@example.lg.jp`,
    role: 'STAFF',
    roleCategory: null,
    roleCategoryName: null,
    layer: null,
    layerName: null,
    employeeId: `K${overrides.id.padStart(5, '0')}`,
    active: true,
    mustChangePassword: false,
    department: null,
    managedDepartments: [],
    createdAt: '2026-04-01T00:00:00.000Z',
    ...overrides,
  } as AdminUserFieldsFragment;
}

/** Renders with Apollo mocks (no delay), a router and a signed-in viewer. */
export function renderWithApollo(
  ui: ReactElement,
  {
    mocks = [],
    role = 'ADMIN',
    route = '/',
    me,
  }: { mocks?: MockLink.MockedResponse[]; role?: TestRole; route?: string; me?: ViewerFieldsFragment | null } = {},
) {
  const current = me === undefined ? viewer(role) : me;
  return renderWithProviders(
    <MockedProvider mocks={mocks} cache={createCache()} mockLinkDefaultOptions={{ delay: 0 }}>
      <MemoryRouter initialEntries={[route]}>
        <ViewerContext.Provider value={current}>{ui}</ViewerContext.Provider>
      </MemoryRouter>
    </MockedProvider>,
  );
}
