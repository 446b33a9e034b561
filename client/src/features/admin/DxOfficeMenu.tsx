import { Menu, UnstyledButton } from '@mantine/core';
import { IconChecklist, IconChevronDown, IconFlag, IconGauge, IconUsersGroup } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router-dom';
import { useT } from '../../i18n';
import { hasPermission, usePermissions } from '../auth/permissions';
import { adminSectionsFor, adminTitleKey } from './AdminPage';

/** 「管理」 / 「DX推進」 dropdown in the header nav: the DX dashboard, the team view and the admin screens the viewer may use. */
export function DxOfficeMenu() {
  const t = useT();
  const { pathname } = useLocation();
  const permissions = usePermissions();
  const sections = adminSectionsFor(permissions);
  const title = t(adminTitleKey(permissions));
  const active = pathname.startsWith('/admin') || pathname === '/team' || pathname === '/dx' || pathname.startsWith('/dx/');
  const dashboard = hasPermission(permissions, 'practices.curate');
  return (
    <Menu position="bottom-start" shadow="md" width={240}>
      <Menu.Target>
        <UnstyledButton className="nav-link" aria-current={active ? 'page' : undefined} style={{ whiteSpace: 'nowrap' }}>
          {title}
          <IconChevronDown size={14} aria-hidden="true" />
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        {dashboard && (
          <Menu.Item component={Link} to="/dx" leftSection={<IconGauge size={16} aria-hidden="true" />}>
            {t('nav.dxDashboard')}
          </Menu.Item>
        )}
        {hasPermission(permissions, 'moderation.resolve') && (
          <Menu.Item component={Link} to="/dx/reports" leftSection={<IconFlag size={16} aria-hidden="true" />}>
            {t('nav.reports')}
          </Menu.Item>
        )}
        {dashboard && (
          <Menu.Item component={Link} to="/dx/review" leftSection={<IconChecklist size={16} aria-hidden="true" />}>
            {t('nav.review')}
          </Menu.Item>
        )}
        {dashboard && !hasPermission(permissions, 'team.view') && <Menu.Divider />}
        {hasPermission(permissions, 'team.view') && (
          <>
            <Menu.Item component={Link} to="/team" leftSection={<IconUsersGroup size={16} aria-hidden="true" />}>
              {t('team.title')}
            </Menu.Item>
            <Menu.Divider />
          </>
        )}
        <Menu.Label>{title}</Menu.Label>
        {sections.map((s) => (
          <Menu.Item key={s.key} component={Link} to={`/admin/${s.key}`} leftSection={<s.icon size={16} aria-hidden="true" />}>
            {t(s.label)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
