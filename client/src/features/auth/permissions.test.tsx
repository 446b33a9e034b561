import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { permissionsOf } from '../../../../src/core/policy/capabilities';
import { renderWithProviders } from '../../test-utils';
import { adminSectionsFor } from '../admin/adminSections';
import { PermissionGate } from '../admin/PermissionGate';
import { hasAnyPermission, hasPermission, useCan, type Capability } from './permissions';
import { ViewerContext } from './ViewerContext';
import type { ViewerFieldsFragment } from '../../gql/graphql';

/** `me.permissions` for each role, from the server's one role → capability table (not a copy of it). */
const PERMISSIONS = Object.fromEntries((['STAFF', 'MANAGER', 'DX_OFFICE', 'ADMIN'] as const).map((r) => [r, permissionsOf(r) as Capability[]])) as Record<
  'STAFF' | 'MANAGER' | 'DX_OFFICE' | 'ADMIN',
  Capability[]
>;

const viewer = (permissions: string[]): ViewerFieldsFragment =>
  ({
    __typename: 'User',
    id: '1',
    displayName: '伴走 太郎',
    email: null,
    avatarUrl: null,
    permissions,
    mustChangePassword: false,
    department: null,
  }) as ViewerFieldsFragment;

function renderAs(permissions: string[], ui: React.ReactElement) {
  return renderWithProviders(
    <MemoryRouter>
      <ViewerContext.Provider value={viewer(permissions)}>{ui}</ViewerContext.Provider>
    </MemoryRouter>,
  );
}

function Can({ capability }: { capability: Capability }) {
  return <span>{useCan(capability) ? 'yes' : 'no'}</span>;
}

describe('permissions (me.permissions, never roles)', () => {
  it('holds a capability only when the server listed it', () => {
    expect(hasPermission(PERMISSIONS.DX_OFFICE, 'synonyms.edit')).toBe(true);
    expect(hasPermission(PERMISSIONS.ADMIN, 'synonyms.edit')).toBe(false);
    expect(hasPermission(null, 'team.view')).toBe(false);
    expect(hasAnyPermission(PERMISSIONS.MANAGER, ['records.viewAll', 'team.view'])).toBe(true);
    expect(hasAnyPermission(PERMISSIONS.STAFF, ['records.viewAll', 'team.view'])).toBe(false);
  });

  it('useCan reads the signed-in viewer', () => {
    renderAs(PERMISSIONS.DX_OFFICE, <Can capability="synonyms.edit" />);
    expect(screen.getByText('yes')).toBeInTheDocument();
  });

  it('useCan is false without a viewer', () => {
    renderWithProviders(<Can capability="team.view" />);
    expect(screen.getByText('no')).toBeInTheDocument();
  });

  it('offers an admin only the DX office screens the server lets admins use', () => {
    const keys = (p: string[]) => adminSectionsFor(p).map((s) => s.key);
    // The DX office: its own screens, Webhook, the posting guidelines and word list, and the moderation part of the audit log.
    expect(keys(PERMISSIONS.DX_OFFICE)).toEqual(['skills', 'tags', 'settings', 'badges', 'certifications', 'webhooks', 'guidelines', 'audit']);
    // Admins get 管理: accounts, organisation, import, Webhook, audit log and 設定 (points, skills, tags).
    // Badges and DX人材認定 are the DX office's alone: no forms the server would refuse.
    expect(keys(PERMISSIONS.ADMIN)).toEqual(['accounts', 'organisation', 'import', 'webhooks', 'audit', 'system']);
    expect(keys(PERMISSIONS.MANAGER)).toEqual([]);
    expect(keys(PERMISSIONS.STAFF)).toEqual([]);
  });

  it('PermissionGate shows the screen to a holder of any listed capability', () => {
    renderAs(
      PERMISSIONS.MANAGER,
      <PermissionGate anyOf={['team.view']} title="チームのスキル" message="この画面は管理職・DX推進課・管理者向けです。">
        <p>チームの表</p>
      </PermissionGate>,
    );
    expect(screen.getByText('チームの表')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('PermissionGate explains the refusal to everyone else', () => {
    renderAs(
      PERMISSIONS.STAFF,
      <PermissionGate anyOf={['team.view']} title="チームのスキル" message="この画面は管理職・DX推進課・管理者向けです。">
        <p>チームの表</p>
      </PermissionGate>,
    );
    expect(screen.queryByText('チームの表')).not.toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent('この画面は管理職・DX推進課・管理者向けです。');
    expect(screen.getByRole('heading', { level: 1, name: 'チームのスキル' })).toBeInTheDocument();
  });
});

describe('the header knows /admin without loading it', () => {
  it('設定 opens for exactly the capabilities of its parts', async () => {
    const { SETTINGS_PARTS } = await import('../admin/SystemSettingsAdmin');
    const { SETTINGS_CAPABILITIES } = await import('../admin/adminSections');
    expect([...new Set(SETTINGS_PARTS.map((p) => p.capability))].sort()).toEqual([...SETTINGS_CAPABILITIES].sort());
  });
});
