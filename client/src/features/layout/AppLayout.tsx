import { useApolloClient, useMutation } from '@apollo/client/react';
import { Box, Burger, Button, Container, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import {
  IconBellCog,
  IconBookmark,
  IconBulb,
  IconChartBar,
  IconChecklist,
  IconFileText,
  IconChevronDown,
  IconFlag,
  IconFolders,
  IconGauge,
  IconHelpCircle,
  IconHome,
  IconLanguage,
  IconKey,
  IconLogout,
  IconMedal,
  IconPencil,
  IconPencilPlus,
  IconSettingsCog,
  IconTrophy,
  IconUser,
  IconUsersGroup,
} from '@tabler/icons-react';
import { Suspense, useEffect, useId } from 'react';
import { Link, Outlet, useLocation, useNavigate } from 'react-router-dom';
import { LogoutDocument, MeDocument } from '../../gql/graphql';
import { useLocale, useT, type Locale, type MessageKey } from '../../i18n';
import { ADMIN_CAPABILITIES, adminAreaFor } from '../admin/adminSections';
import { DxOfficeMenu } from '../admin/DxOfficeMenu';
import { hasAnyPermission, usePermissions, type Capability } from '../auth/permissions';
import { useViewer } from '../auth/ViewerContext';
import { BadgeNotifier } from '../badges/BadgeNotifier';
import { DropdownAction, DropdownDivider, DropdownLabel, DropdownLink, DropdownMenu } from '../common/Dropdown';
import { PageLoader } from '../common/States';
import { UserAvatar } from '../common/UserAvatar';
import { NotificationBell } from '../notifications/NotificationBell';
import { SearchBox } from '../search/SearchBox';
import classes from './AppLayout.module.css';

interface NavItem {
  to: string;
  /** A key, or (for /admin) one chosen by the viewer's permissions: 「管理」 or 「DX推進」. */
  label: MessageKey | ((permissions: readonly string[]) => MessageKey);
  icon: typeof IconHome;
  match: (pathname: string, search: URLSearchParams) => boolean;
  /** Shown only to a viewer holding any of these capabilities (everyone when absent). */
  anyOf?: readonly Capability[];
}

const NAV_ITEMS: NavItem[] = [
  { to: '/', label: 'nav.home', icon: IconHome, match: (p, s) => p === '/' && !s.get('kind') },
  { to: '/?kind=QUESTION', label: 'nav.questions', icon: IconHelpCircle, match: (p, s) => p === '/' && s.get('kind') === 'QUESTION' },
  { to: '/?kind=CASE', label: 'nav.cases', icon: IconTrophy, match: (p, s) => p === '/' && s.get('kind') === 'CASE' },
  { to: '/?kind=IDEA', label: 'nav.ideas', icon: IconBulb, match: (p, s) => p === '/' && s.get('kind') === 'IDEA' },
  { to: '/collections', label: 'nav.collections', icon: IconFolders, match: (p) => p.startsWith('/collections') },
  { to: '/badges', label: 'nav.badges', icon: IconMedal, match: (p) => p.startsWith('/badges') },
  { to: '/stats', label: 'nav.stats', icon: IconChartBar, match: (p) => p === '/stats' },
  { to: '/team', label: 'nav.team', icon: IconUsersGroup, match: (p) => p === '/team', anyOf: ['team.view'] },
  { to: '/dx', label: 'nav.dxDashboard', icon: IconGauge, match: (p) => p === '/dx', anyOf: ['practices.curate'] },
  { to: '/dx/reports', label: 'nav.reports', icon: IconFlag, match: (p) => p === '/dx/reports', anyOf: ['moderation.resolve'] },
  { to: '/dx/review', label: 'nav.review', icon: IconChecklist, match: (p) => p === '/dx/review', anyOf: ['practices.curate'] },
  {
    to: '/admin',
    label: (p) => (adminAreaFor(p) === 'manage' ? 'nav.admin' : 'nav.dxOffice'),
    icon: IconSettingsCog,
    match: (p) => p.startsWith('/admin'),
    anyOf: ADMIN_CAPABILITIES,
  },
];

function NavLinks({ onNavigate, vertical }: { onNavigate?: () => void; vertical?: boolean }) {
  const t = useT();
  const location = useLocation();
  const search = new URLSearchParams(location.search);
  const permissions = usePermissions();
  const visible = NAV_ITEMS.filter((item) => !item.anyOf || hasAnyPermission(permissions, item.anyOf));
  // In the header, the permission-only items fold into one 「DX推進」 menu to keep the bar on one line.
  const folded = !vertical && visible.filter((item) => item.anyOf).length > 1;
  const links = visible
    .filter((item) => !(folded && item.anyOf))
    .map((item) => {
      const active = item.match(location.pathname, search);
      const Icon = item.icon;
      return (
        <li key={item.to}>
          <Link to={item.to} className="nav-link" aria-current={active ? 'page' : undefined} onClick={onNavigate} style={{ whiteSpace: 'nowrap' }}>
            {/* Icons only in the drawer: the header (which also holds search) keeps every item on one line. */}
            {vertical && (
              <Box component="span" lh={0}>
                <Icon size={18} stroke={1.7} aria-hidden="true" />
              </Box>
            )}
            {t(typeof item.label === 'function' ? item.label(permissions) : item.label)}
          </Link>
        </li>
      );
    });
  return (
    <ul className="plain-list" style={{ display: 'flex', flexDirection: vertical ? 'column' : 'row', gap: 4 }}>
      {links}
      {folded && (
        <li>
          <DxOfficeMenu />
        </li>
      )}
    </ul>
  );
}

const ASK_ITEMS = [
  { to: '/new/question', icon: IconHelpCircle, label: 'ask.question', hint: 'ask.questionHint' },
  { to: '/new/case', icon: IconTrophy, label: 'ask.case', hint: 'ask.caseHint' },
  { to: '/new/idea', icon: IconBulb, label: 'ask.idea', hint: 'ask.ideaHint' },
] as const;

function AskMenu() {
  const t = useT();
  return (
    <DropdownMenu
      width={280}
      label={t('ask.menuLabel')}
      trigger={(props) => (
        <Button
          {...props}
          leftSection={<IconPencilPlus size={18} aria-hidden="true" />}
          rightSection={<IconChevronDown size={14} aria-hidden="true" />}
          px={{ base: 'xs', sm: 'md' }}
          style={{ whiteSpace: 'nowrap' }}
        >
          {t('ask.button')}
        </Button>
      )}
    >
      {ASK_ITEMS.map(({ to, icon: Icon, label, hint }) => (
        <DropdownLink key={to} to={to} icon={<Icon size={20} aria-hidden="true" />}>
          <Text size="sm" fw={600}>
            {t(label)}
          </Text>
          <Text size="xs" c="dimmed">
            {t(hint)}
          </Text>
        </DropdownLink>
      ))}
    </DropdownMenu>
  );
}

function LocaleMenu() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  const labelOf = (l: Locale) => t(l === 'ja' ? 'locale.ja' : 'locale.en');
  return (
    <DropdownMenu
      width={160}
      label={t('locale.label')}
      trigger={(props) => (
        <Button
          {...props}
          variant="subtle"
          color="gray"
          c="gray.8"
          px="xs"
          leftSection={<IconLanguage size={18} aria-hidden="true" />}
          aria-label={`${t('locale.label')}: ${labelOf(locale)}`}
        />
      )}
    >
      <DropdownLabel>{t('locale.label')}</DropdownLabel>
      {(['ja', 'en'] as Locale[]).map((l) => (
        <DropdownAction key={l} lang={l} onClick={() => setLocale(l)} current={l === locale}>
          {labelOf(l)}
        </DropdownAction>
      ))}
    </DropdownMenu>
  );
}

function UserMenu() {
  const t = useT();
  const viewer = useViewer();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [logout] = useMutation(LogoutDocument);
  if (!viewer) return null;

  const onLogout = async () => {
    try {
      await logout();
    } catch {
      // even if the server call fails, forget the local session
    }
    await client.clearStore();
    client.cache.writeQuery({ query: MeDocument, data: { me: null } });
    notifications.show({ message: t('user.loggedOut') });
    void navigate('/login', { replace: true });
  };

  return (
    <DropdownMenu
      width={220}
      label={t('user.menu')}
      trigger={(props) => (
        <UnstyledButton {...props} aria-label={`${t('user.menu')}: ${viewer.displayName}`} style={{ borderRadius: 999, padding: '2px 6px 2px 2px' }}>
          <Group gap={6} wrap="nowrap">
            <UserAvatar name={viewer.displayName} id={viewer.id} src={viewer.avatarUrl} size={34} />
            <Box visibleFrom="sm" lh={0}>
              <IconChevronDown size={14} aria-hidden="true" />
            </Box>
          </Group>
        </UnstyledButton>
      )}
    >
      <DropdownLabel>
        {viewer.displayName}
        {viewer.department ? ` · ${viewer.department.name}` : ''}
      </DropdownLabel>
      <DropdownLink to={`/users/${viewer.id}`} icon={<IconUser size={16} aria-hidden="true" />}>
        {t('user.profile')}
      </DropdownLink>
      <DropdownLink to="/account/profile" icon={<IconPencil size={16} aria-hidden="true" />}>
        {t('profile.edit')}
      </DropdownLink>
      <DropdownLink to="/bookmarks" icon={<IconBookmark size={16} aria-hidden="true" />}>
        {t('bookmarks.nav')}
      </DropdownLink>
      <DropdownLink to="/drafts" icon={<IconFileText size={16} aria-hidden="true" />}>
        {t('drafts.menu')}
      </DropdownLink>
      <DropdownLink to="/account/password" icon={<IconKey size={16} aria-hidden="true" />}>
        {t('account.passwordTitle')}
      </DropdownLink>
      <DropdownLink to="/notifications/settings" icon={<IconBellCog size={16} aria-hidden="true" />}>
        {t('notifSettings.title')}
      </DropdownLink>
      <DropdownDivider />
      <DropdownAction color="red" icon={<IconLogout size={16} aria-hidden="true" />} onClick={() => void onLogout()}>
        {t('user.logout')}
      </DropdownAction>
    </DropdownMenu>
  );
}

export function AppLayout() {
  const t = useT();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const drawerId = useId();
  // The header holds the nav from lg in Japanese; English labels do not fit beside the search box
  // and the buttons (the header is as wide as the page, ~1140 px), so in English the nav stays in the drawer.
  const { locale } = useLocale();

  useEffect(() => {
    close();
    window.scrollTo?.(0, 0);
  }, [location.pathname, close]);

  return (
    <div className={classes.shell} data-nav-from={locale === 'en' ? 'never' : 'lg'}>
      <BadgeNotifier />
      <a href="#main" className="skip-link">
        {t('app.skipToContent')}
      </a>
      <header className={classes.header}>
        <Container size="lg" h="100%">
          <Group h="100%" justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="sm" wrap="nowrap">
              <Burger
                opened={opened}
                onClick={toggle}
                className={classes.burger}
                size="sm"
                aria-label={opened ? t('nav.closeMenu') : t('nav.openMenu')}
                aria-expanded={opened}
                aria-controls={drawerId}
              />
              <Link to="/" style={{ textDecoration: 'none', display: 'flex', alignItems: 'center', gap: 8 }} aria-label={`${t('app.name')} ${t('nav.home')}`}>
                <Box
                  aria-hidden="true"
                  style={{
                    width: 34,
                    height: 34,
                    borderRadius: 8,
                    background: 'linear-gradient(135deg, var(--mantine-color-banso-8), var(--mantine-color-teal-8))',
                    color: '#fff',
                    display: 'grid',
                    placeItems: 'center',
                    fontWeight: 800,
                    fontSize: 18,
                  }}
                >
                  伴
                </Box>
                {/* Below xs only the 伴 mark (the link is named): the bell needs the room on a phone. */}
                <Text fw={800} fz={22} c="banso.9" lh={1} style={{ whiteSpace: 'nowrap' }} visibleFrom="xs">
                  伴走
                </Text>
              </Link>
              <Box component="nav" aria-label={t('nav.main')} className={classes.headerNav}>
                <NavLinks />
              </Box>
            </Group>
            {/* The right-hand controls never shrink; below lg the nav moves into the drawer. */}
            <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
              <Box visibleFrom="md">
                <SearchBox />
              </Box>
              <AskMenu />
              <LocaleMenu />
              <NotificationBell />
              <UserMenu />
            </Group>
          </Group>
        </Container>
      </header>

      {/* Below lg the nav is a drawer under the header (the burger); hidden, it is out of the tab order. */}
      <nav id={drawerId} className={classes.drawer} aria-label={t('nav.main')} hidden={!opened} onKeyDown={(e) => e.key === 'Escape' && close()}>
        <Stack>
          <SearchBox onSearched={close} />
          <NavLinks vertical onNavigate={close} />
        </Stack>
      </nav>

      <main id="main" tabIndex={-1} className={classes.main}>
        <Container size="lg" px={{ base: 0, sm: 'md' }} py="md">
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </Container>
      </main>
    </div>
  );
}
