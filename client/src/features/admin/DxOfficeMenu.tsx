import { IconChecklist, IconChevronDown, IconFlag, IconGauge, IconUsersGroup } from '@tabler/icons-react';
import { useLocation } from 'react-router-dom';
import { useT } from '../../i18n';
import { hasPermission, usePermissions } from '../auth/permissions';
import { DropdownDivider, DropdownLabel, DropdownLink, DropdownMenu } from '../common/Dropdown';
import { adminSectionsFor, adminTitleKey } from './adminSections';

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
    <DropdownMenu
      align="start"
      width={240}
      label={title}
      trigger={(props) => (
        <button type="button" {...props} className="nav-link" aria-current={active ? 'page' : undefined} style={{ whiteSpace: 'nowrap' }}>
          {title}
          <IconChevronDown size={14} aria-hidden="true" />
        </button>
      )}
    >
      {dashboard && (
        <DropdownLink to="/dx" icon={<IconGauge size={16} aria-hidden="true" />}>
          {t('nav.dxDashboard')}
        </DropdownLink>
      )}
      {hasPermission(permissions, 'moderation.resolve') && (
        <DropdownLink to="/dx/reports" icon={<IconFlag size={16} aria-hidden="true" />}>
          {t('nav.reports')}
        </DropdownLink>
      )}
      {dashboard && (
        <DropdownLink to="/dx/review" icon={<IconChecklist size={16} aria-hidden="true" />}>
          {t('nav.review')}
        </DropdownLink>
      )}
      {dashboard && !hasPermission(permissions, 'team.view') && <DropdownDivider />}
      {hasPermission(permissions, 'team.view') && (
        <>
          <DropdownLink to="/team" icon={<IconUsersGroup size={16} aria-hidden="true" />}>
            {t('team.title')}
          </DropdownLink>
          <DropdownDivider />
        </>
      )}
      <DropdownLabel>{title}</DropdownLabel>
      {sections.map((s) => (
        <DropdownLink key={s.key} to={`/admin/${s.key}`} icon={<s.icon size={16} aria-hidden="true" />}>
          {t(s.label)}
        </DropdownLink>
      ))}
    </DropdownMenu>
  );
}
