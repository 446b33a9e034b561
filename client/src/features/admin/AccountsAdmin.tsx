import { useMutation, useQuery } from '@apollo/client/react';
import {
  Anchor,
  Badge,
  Button,
  Group,
  Loader,
  Menu,
  Paper,
  Select,
  SimpleGrid,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useDebouncedValue, useMediaQuery } from '@mantine/hooks';
import {
  IconArrowsExchange,
  IconChevronDown,
  IconChevronLeft,
  IconChevronRight,
  IconKey,
  IconPencil,
  IconPlayerPlay,
  IconSearch,
  IconSitemap,
  IconUserOff,
  IconUserPlus,
  IconX,
} from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  AdminUsersDocument,
  DeactivateUserDocument,
  ReactivateUserDocument,
  ResetPasswordDocument,
  type AdminUserFieldsFragment,
  type Role,
  type UserFilter,
} from '../../gql/graphql';
import { useT } from '../../i18n';
import { errorMessage } from '../../lib/errors';
import { useCan } from '../auth/permissions';
import { useViewer } from '../auth/ViewerContext';
import { EmptyState, ErrorState } from '../common/States';
import { AccountFormModal, ManagerScopeModal, TransferModal } from './AccountForms';
import { departmentSelectData, ROLES } from './adminOptions';
import { ConfirmDialog } from './ConfirmDialog';
import { renderDepartmentOption } from './DepartmentOption';
import { showNotice } from './notice';
import { TemporaryPasswordDialog } from './TemporaryPasswordDialog';
import { useAdminDepartments } from './useAdminDepartments';

export const ACCOUNTS_PAGE_SIZE = 25;

type Status = 'all' | 'active' | 'inactive';
type Dialog =
  | { kind: 'edit'; user: AdminUserFieldsFragment }
  | { kind: 'create' }
  | { kind: 'transfer'; user: AdminUserFieldsFragment }
  | { kind: 'scope'; user: AdminUserFieldsFragment }
  | { kind: 'reset'; user: AdminUserFieldsFragment; afterCreate?: boolean }
  | { kind: 'deactivate'; user: AdminUserFieldsFragment }
  | { kind: 'reactivate'; user: AdminUserFieldsFragment }
  | null;

function StatusBadges({ user }: { user: AdminUserFieldsFragment }) {
  const t = useT();
  return (
    <Group gap={4} wrap="wrap">
      <Badge size="sm" color={user.active ? 'teal' : 'gray'} variant={user.active ? 'light' : 'outline'} style={{ flexShrink: 0, overflow: 'visible' }}>
        {t(user.active ? 'admin.accounts.active' : 'admin.accounts.inactive')}
      </Badge>
      {user.mustChangePassword && (
        <Badge size="sm" color="orange" style={{ flexShrink: 0, overflow: 'visible' }}>
          {t('admin.accounts.temporary')}
        </Badge>
      )}
    </Group>
  );
}

/** The actions on one account, each shown only when the viewer holds the capability the server checks. */
function RowActions({ user, onOpen }: { user: AdminUserFieldsFragment; onOpen: (d: Dialog) => void }) {
  const t = useT();
  const viewer = useViewer();
  const canUsers = useCan('admin.users');
  const canOrganise = useCan('admin.organisation');
  if (!canUsers && !canOrganise) return null;
  const self = viewer?.id === user.id;
  return (
    <Menu position="bottom-end" shadow="md" width={220} withinPortal>
      <Menu.Target>
        <Button
          size="compact-sm"
          variant="default"
          rightSection={<IconChevronDown size={14} aria-hidden="true" />}
          aria-label={t('admin.accounts.actionsFor', { name: user.displayName })}
          style={{ flexShrink: 0 }}
        >
          {t('admin.actions')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {canUsers && (
          <Menu.Item leftSection={<IconPencil size={16} aria-hidden="true" />} onClick={() => onOpen({ kind: 'edit', user })}>
            {t('admin.accounts.edit')}
          </Menu.Item>
        )}
        {canOrganise && user.active && (
          <Menu.Item leftSection={<IconArrowsExchange size={16} aria-hidden="true" />} onClick={() => onOpen({ kind: 'transfer', user })}>
            {t('admin.accounts.transfer')}
          </Menu.Item>
        )}
        {canOrganise && user.role === 'MANAGER' && (
          <Menu.Item leftSection={<IconSitemap size={16} aria-hidden="true" />} onClick={() => onOpen({ kind: 'scope', user })}>
            {t('admin.accounts.scope')}
          </Menu.Item>
        )}
        {canUsers && user.active && (
          <Menu.Item leftSection={<IconKey size={16} aria-hidden="true" />} onClick={() => onOpen({ kind: 'reset', user })}>
            {t('admin.accounts.reset')}
          </Menu.Item>
        )}
        {canUsers && !self && (
          <>
            <Menu.Divider />
            {user.active ? (
              <Menu.Item color="red" leftSection={<IconUserOff size={16} aria-hidden="true" />} onClick={() => onOpen({ kind: 'deactivate', user })}>
                {t('admin.accounts.deactivate')}
              </Menu.Item>
            ) : (
              <Menu.Item color="teal" leftSection={<IconPlayerPlay size={16} aria-hidden="true" />} onClick={() => onOpen({ kind: 'reactivate', user })}>
                {t('admin.accounts.reactivate')}
              </Menu.Item>
            )}
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}

/** An address that, when it must wrap, wraps after the @ rather than mid-word. */
function Email({ value }: { value: string | null | undefined }) {
  if (!value) return <>—</>;
  const at = value.indexOf('@');
  if (at < 0) return <>{value}</>;
  return (
    <>
      {value.slice(0, at + 1)}
      <wbr />
      {value.slice(at + 1)}
    </>
  );
}

function NameCell({ user }: { user: AdminUserFieldsFragment }) {
  const t = useT();
  const framework = [user.roleCategoryName, user.layerName].filter(Boolean).join('・');
  return (
    <>
      <Anchor component={Link} to={`/users/${user.id}`} fw={600} c={user.active ? undefined : 'dimmed'} size="sm">
        {user.displayName}
      </Anchor>
      {framework ? (
        <Text size="xs" c="dimmed" fw={400}>
          {framework}
        </Text>
      ) : null}
      {!user.active && <span className="visually-hidden">{t('admin.accounts.inactive')}</span>}
    </>
  );
}

function AccountTable({ users, onOpen, showActions }: { users: readonly AdminUserFieldsFragment[]; onOpen: (d: Dialog) => void; showActions: boolean }) {
  const t = useT();
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table verticalSpacing="xs" highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('admin.accounts.name')}</Table.Th>
            <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
              {t('admin.accounts.employeeId')}
            </Table.Th>
            <Table.Th scope="col">{t('admin.accounts.email')}</Table.Th>
            <Table.Th scope="col">{t('admin.accounts.department')}</Table.Th>
            <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
              {t('admin.accounts.role')}
            </Table.Th>
            <Table.Th scope="col" style={{ whiteSpace: 'nowrap' }}>
              {t('admin.accounts.status')}
            </Table.Th>
            {showActions && <Table.Th scope="col">{t('admin.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((u) => (
            <Table.Tr key={u.id} bg={u.active ? undefined : 'gray.0'}>
              <Table.Th scope="row" fw={400}>
                <NameCell user={u} />
              </Table.Th>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {u.employeeId ?? '—'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  <Email value={u.email} />
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{u.department?.path ?? t('admin.accounts.noDepartment')}</Text>
              </Table.Td>
              <Table.Td miw={104}>
                <Badge
                  size="sm"
                  style={{ flexShrink: 0, overflow: 'visible' }}
                  color={u.role === 'ADMIN' ? 'red' : u.role === 'DX_OFFICE' ? 'grape' : u.role === 'MANAGER' ? 'banso' : 'gray'}
                >
                  {t(`role.${u.role}`)}
                </Badge>
              </Table.Td>
              <Table.Td miw={96}>
                <StatusBadges user={u} />
              </Table.Td>
              {showActions && (
                <Table.Td>
                  <RowActions user={u} onOpen={onOpen} />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Narrow screens: one card per person instead of a table that scrolls sideways. */
function AccountCards({ users, onOpen, showActions }: { users: readonly AdminUserFieldsFragment[]; onOpen: (d: Dialog) => void; showActions: boolean }) {
  const t = useT();
  return (
    <Stack gap="xs" component="ul" className="plain-list">
      {users.map((u) => (
        <Paper key={u.id} component="li" withBorder p="sm" bg={u.active ? undefined : 'gray.0'}>
          <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
            <div style={{ minWidth: 0 }}>
              <NameCell user={u} />
            </div>
            {showActions && <RowActions user={u} onOpen={onOpen} />}
          </Group>
          <Text size="xs" c="dimmed" mt={4}>
            {u.employeeId && `${u.employeeId} · `}
            <Email value={u.email} />
          </Text>
          <Text size="sm" mt={2}>
            {u.department?.path ?? t('admin.accounts.noDepartment')}
          </Text>
          <Group gap={4} mt={6}>
            <Badge size="sm" color="gray">
              {t(`role.${u.role}`)}
            </Badge>
            <StatusBadges user={u} />
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}

function useAccountActions(close: () => void) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const [password, setPassword] = useState<{ name: string; value: string } | null>(null);
  const refetch = { refetchQueries: [AdminUsersDocument], awaitRefetchQueries: true };
  const [reset, { loading: resetting }] = useMutation(ResetPasswordDocument);
  const [deactivate, { loading: deactivating }] = useMutation(DeactivateUserDocument, refetch);
  const [reactivate, { loading: reactivating }] = useMutation(ReactivateUserDocument, refetch);
  const run = async (fn: () => Promise<void>) => {
    setError(null);
    try {
      await fn();
      close();
    } catch (e) {
      setError(errorMessage(e, t));
    }
  };
  return {
    error,
    clearError: () => setError(null),
    loading: resetting || deactivating || reactivating,
    password,
    forgetPassword: () => setPassword(null),
    reset: (u: AdminUserFieldsFragment) =>
      run(async () => {
        const res = await reset({ variables: { userId: u.id } });
        if (res.data) setPassword({ name: u.displayName, value: res.data.resetPassword });
      }),
    deactivate: (u: AdminUserFieldsFragment) =>
      run(async () => {
        await deactivate({ variables: { id: u.id } });
        showNotice(t, { color: 'teal', message: t('admin.accounts.deactivated', { name: u.displayName }) });
      }),
    reactivate: (u: AdminUserFieldsFragment) =>
      run(async () => {
        await reactivate({ variables: { id: u.id } });
        showNotice(t, { color: 'teal', message: t('admin.accounts.reactivated', { name: u.displayName }) });
      }),
  };
}

/** アカウント: search, filter and page through everyone (also those 利用停止), and act on one. */
export function AccountsAdmin() {
  const t = useT();
  const canUsers = useCan('admin.users');
  const canOrganise = useCan('admin.organisation');
  const narrow = useMediaQuery('(max-width: 48em)');
  const { departments } = useAdminDepartments();

  const [query, setQuery] = useState('');
  const [debounced] = useDebouncedValue(query.trim(), 300);
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const [role, setRole] = useState<Role | null>(null);
  const [status, setStatus] = useState<Status>('all');
  const filter: UserFilter = {
    query: debounced || null,
    departmentId,
    role,
    active: status === 'all' ? null : status === 'active',
  };
  const filterKey = JSON.stringify(filter);
  // Cursor pagination: page i starts after cursors[i]; any change of filter goes back to page 1.
  const [paging, setPaging] = useState<{ key: string; cursors: (string | null)[] }>({ key: filterKey, cursors: [null] });
  const cursors = paging.key === filterKey ? paging.cursors : [null];
  const page = cursors.length - 1;

  const { data, previousData, loading, error, refetch } = useQuery(AdminUsersDocument, {
    variables: { first: ACCOUNTS_PAGE_SIZE, after: cursors[page], filter },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const shown = data ?? previousData;
  const users = shown?.users.edges.map((e) => e.node) ?? [];
  const pageInfo = data?.users.pageInfo;

  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const actions = useAccountActions(close);
  const open = (d: Dialog) => {
    actions.clearError();
    setDialog(d);
  };
  const filtered = !!(debounced || departmentId || role || status !== 'all');
  const scrollToList = () => document.getElementById('accounts-title')?.scrollIntoView?.({ block: 'start' });
  const showActions = canUsers || canOrganise;

  return (
    <Stack gap="md">
      <Paper withBorder p="md" component="section" aria-labelledby="accounts-title">
        <Group justify="space-between" mb="sm" wrap="wrap" gap="sm">
          <div>
            <Title order={2} size="h4" id="accounts-title">
              {t('admin.accounts.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('admin.accounts.lead')}
            </Text>
          </div>
          {canUsers && (
            <Button leftSection={<IconUserPlus size={18} aria-hidden="true" />} onClick={() => open({ kind: 'create' })}>
              {t('admin.accounts.add')}
            </Button>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm" mb="md" role="search" aria-label={t('admin.accounts.filters')}>
          <TextInput
            label={t('admin.accounts.search')}
            placeholder={t('admin.accounts.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden="true" />}
            value={query}
            onChange={(e) => setQuery(e.currentTarget.value)}
            rightSection={
              query ? (
                <UnstyledButton aria-label={t('admin.accounts.clearSearch')} onClick={() => setQuery('')} lh={0}>
                  <IconX size={16} aria-hidden="true" />
                </UnstyledButton>
              ) : null
            }
          />
          <Select
            label={t('admin.accounts.department')}
            placeholder={t('admin.accounts.allDepartments')}
            data={departmentSelectData(departments)}
            renderOption={renderDepartmentOption}
            value={departmentId}
            onChange={setDepartmentId}
            searchable
            clearable
            nothingFoundMessage={t('admin.accounts.departmentNone')}
          />
          <Select
            label={t('admin.accounts.role')}
            placeholder={t('admin.accounts.allRoles')}
            data={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            value={role}
            onChange={(v) => setRole(v as Role | null)}
            clearable
          />
          <Select
            label={t('admin.accounts.status')}
            data={[
              { value: 'all', label: t('admin.accounts.statusAll') },
              { value: 'active', label: t('admin.accounts.active') },
              { value: 'inactive', label: t('admin.accounts.inactive') },
            ]}
            value={status}
            onChange={(v) => setStatus((v as Status) ?? 'all')}
            allowDeselect={false}
          />
        </SimpleGrid>

        {error && !shown ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : !shown ? (
          <Stack gap="xs" role="status" aria-label={t('common.loading')}>
            {[0, 1, 2, 3, 4].map((i) => (
              <Skeleton key={i} h={40} />
            ))}
          </Stack>
        ) : users.length === 0 && !loading ? (
          <EmptyState
            title={filtered ? t('admin.accounts.noMatch') : t('admin.accounts.empty')}
            description={filtered ? t('admin.accounts.noMatchHint') : undefined}
          />
        ) : (
          <div style={{ opacity: loading ? 0.6 : 1, transition: 'opacity 120ms' }} aria-busy={loading}>
            {error && <ErrorState error={error} onRetry={() => void refetch()} />}
            {narrow ? (
              <AccountCards users={users} onOpen={open} showActions={showActions} />
            ) : (
              <AccountTable users={users} onOpen={open} showActions={showActions} />
            )}
          </div>
        )}

        <Group justify="space-between" mt="sm" wrap="wrap" gap="xs">
          <Group gap={6} role="status" aria-live="polite">
            {loading && <Loader size="xs" aria-hidden="true" />}
            {users.length > 0 && (
              <Text size="sm" c="dimmed">
                {t('admin.accounts.range', { from: page * ACCOUNTS_PAGE_SIZE + 1, to: page * ACCOUNTS_PAGE_SIZE + users.length })}
              </Text>
            )}
          </Group>
          <Group gap="xs" component="nav" aria-label={t('admin.pagination')}>
            <Button
              variant="default"
              size="sm"
              leftSection={<IconChevronLeft size={16} aria-hidden="true" />}
              disabled={page === 0 || loading}
              onClick={() => {
                setPaging({ key: filterKey, cursors: cursors.slice(0, -1) });
                scrollToList();
              }}
            >
              {t('admin.prev')}
            </Button>
            <Button
              variant="default"
              size="sm"
              rightSection={<IconChevronRight size={16} aria-hidden="true" />}
              disabled={!pageInfo?.hasNextPage || loading}
              onClick={() => {
                if (!pageInfo?.endCursor) return;
                setPaging({ key: filterKey, cursors: [...cursors, pageInfo.endCursor] });
                scrollToList();
              }}
            >
              {t('admin.next')}
            </Button>
          </Group>
        </Group>
      </Paper>

      <AccountFormModal
        key={dialog?.kind === 'edit' ? `edit-${dialog.user.id}` : dialog?.kind === 'create' ? 'create' : 'closed'}
        opened={dialog?.kind === 'edit' || dialog?.kind === 'create'}
        user={dialog?.kind === 'edit' ? dialog.user : null}
        departments={departments}
        onClose={close}
        onCreated={(u) => setDialog({ kind: 'reset', user: u, afterCreate: true })}
      />
      <TransferModal
        key={dialog?.kind === 'transfer' ? `transfer-${dialog.user.id}` : 'transfer'}
        user={dialog?.kind === 'transfer' ? dialog.user : null}
        departments={departments}
        onClose={close}
      />
      <ManagerScopeModal
        key={dialog?.kind === 'scope' ? `scope-${dialog.user.id}` : 'scope'}
        user={dialog?.kind === 'scope' ? dialog.user : null}
        departments={departments}
        onClose={close}
      />

      <ConfirmDialog
        opened={dialog?.kind === 'reset'}
        title={
          dialog?.kind === 'reset' && dialog.afterCreate
            ? t('admin.accounts.afterCreateTitle', { name: dialog.user.displayName })
            : t('admin.accounts.resetTitle', { name: dialog?.kind === 'reset' ? dialog.user.displayName : '' })
        }
        confirmLabel={t('admin.accounts.resetButton')}
        cancelLabel={dialog?.kind === 'reset' && dialog.afterCreate ? t('admin.accounts.afterCreateSkip') : undefined}
        color="banso"
        loading={actions.loading}
        error={actions.error}
        onClose={close}
        onConfirm={() => dialog?.kind === 'reset' && void actions.reset(dialog.user)}
      >
        <Text size="sm">{dialog?.kind === 'reset' && dialog.afterCreate ? t('admin.accounts.afterCreateHelp') : t('admin.accounts.resetHelp')}</Text>
      </ConfirmDialog>
      <ConfirmDialog
        opened={dialog?.kind === 'deactivate'}
        title={t('admin.accounts.deactivateTitle', { name: dialog?.kind === 'deactivate' ? dialog.user.displayName : '' })}
        confirmLabel={t('admin.accounts.deactivateButton')}
        loading={actions.loading}
        error={actions.error}
        onClose={close}
        onConfirm={() => dialog?.kind === 'deactivate' && void actions.deactivate(dialog.user)}
      >
        <Text size="sm">{t('admin.accounts.deactivateHelp')}</Text>
      </ConfirmDialog>
      <ConfirmDialog
        opened={dialog?.kind === 'reactivate'}
        title={t('admin.accounts.reactivateTitle', { name: dialog?.kind === 'reactivate' ? dialog.user.displayName : '' })}
        confirmLabel={t('admin.accounts.reactivateButton')}
        color="teal"
        loading={actions.loading}
        error={actions.error}
        onClose={close}
        onConfirm={() => dialog?.kind === 'reactivate' && void actions.reactivate(dialog.user)}
      >
        <Text size="sm">{t('admin.accounts.reactivateHelp')}</Text>
      </ConfirmDialog>
      <TemporaryPasswordDialog name={actions.password?.name ?? ''} password={actions.password?.value ?? null} onClose={actions.forgetPassword} />
    </Stack>
  );
}
