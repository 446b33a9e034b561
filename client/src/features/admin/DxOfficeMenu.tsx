import { Box, Menu, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconSettingsCog, IconUsersGroup } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router-dom';
import { useT } from '../../i18n';
import { hasPermission, usePermissions } from '../auth/permissions';
import { adminSectionsFor, adminTitleKey } from './AdminPage';

/** 「管理」 / 「DX推進」 dropdown in the header nav: the team view and the admin screens the viewer may use. */
export function DxOfficeMenu() {
  const t = useT();
  const { pathname } = useLocation();
  const permissions = usePermissions();
  const sections = adminSectionsFor(permissions);
  const title = t(adminTitleKey(permissions));
  const active = pathname.startsWith('/admin') || pathname === '/team';
  return (
    <Menu position="bottom-start" shadow="md" width={240}>
      <Menu.Target>
        <UnstyledButton className="nav-link" aria-current={active ? 'page' : undefined} style={{ whiteSpace: 'nowrap' }}>
          <Box component="span" lh={0} visibleFrom="xl">
            <IconSettingsCog size={18} stroke={1.7} aria-hidden="true" />
          </Box>
          {title}
          <IconChevronDown size={14} aria-hidden="true" />
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
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
