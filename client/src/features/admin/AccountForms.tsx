import { useMutation } from '@apollo/client/react';
import { Alert, Button, Group, Modal, MultiSelect, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconInfoCircle } from '@tabler/icons-react';
import { useState } from 'react';
import {
  AdminUsersDocument,
  CreateUserDocument,
  SetManagerScopeDocument,
  TransferUserDocument,
  UpdateUserDocument,
  type AdminDepartmentFieldsFragment,
  type AdminUserFieldsFragment,
  type Role,
} from '../../gql/graphql';
import { useT } from '../../i18n';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { departmentSelectData, LAYERS, ROLE_CATEGORIES, ROLES, todayJst } from './adminOptions';
import { renderDepartmentOption } from './DepartmentOption';
import { FormError } from './FormError';
import { showNotice } from './notice';
import { validateRequired } from './validation';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const EMPLOYEE_ID = /^[A-Za-z0-9_-]{1,32}$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const refetchUsers = { refetchQueries: [AdminUsersDocument], awaitRefetchQueries: true };

interface AccountValues {
  name: string;
  email: string;
  employeeId: string;
  role: Role;
  departmentId: string | null;
  roleCategory: string | null;
  layer: string | null;
}

/** 「アカウントを追加」 and 「編集」: every field of an account (the department changes through 異動). */
export function AccountFormModal({
  opened,
  user,
  departments,
  onClose,
  onCreated,
}: {
  opened: boolean;
  /** null: a new account */
  user: AdminUserFieldsFragment | null;
  departments: readonly AdminDepartmentFieldsFragment[];
  onClose: () => void;
  onCreated?: (user: AdminUserFieldsFragment) => void;
}) {
  const t = useT();
  const [serverError, setServerError] = useState<string | null>(null);
  const [create, { loading: creating }] = useMutation(CreateUserDocument, refetchUsers);
  const [update, { loading: updating }] = useMutation(UpdateUserDocument);
  const form = useForm<AccountValues>({
    mode: 'controlled',
    initialValues: {
      name: user?.displayName ?? '',
      email: user?.email ?? '',
      employeeId: user?.employeeId ?? '',
      role: user?.role ?? 'STAFF',
      departmentId: null,
      roleCategory: user?.roleCategory ?? null,
      layer: user?.layer ?? null,
    },
    validate: {
      name: (v) => validateRequired(v, t, 100),
      email: (v) => (!v.trim() ? t('admin.v.required') : EMAIL.test(v.trim()) ? null : t('admin.accounts.v.email')),
      employeeId: (v) => (!v.trim() || EMPLOYEE_ID.test(v.normalize('NFKC').trim()) ? null : t('admin.accounts.v.employeeId')),
    },
  });

  const submit = form.onSubmit(async (v) => {
    setServerError(null);
    const common = {
      name: v.name.trim(),
      email: v.email.trim(),
      role: v.role,
      roleCategory: v.roleCategory,
      layer: v.layer,
      employeeId: v.employeeId.normalize('NFKC').trim() || null,
    };
    try {
      if (user) {
        await update({ variables: { input: { id: user.id, ...common } } });
        showNotice(t, { color: 'teal', message: t('admin.accounts.updated', { name: common.name }) });
        onClose();
      } else {
        const res = await create({ variables: { input: { ...common, departmentId: v.departmentId } } });
        const created = res.data?.createUser;
        showNotice(t, { color: 'teal', message: t('admin.accounts.created', { name: common.name }) });
        onClose();
        if (created) onCreated?.(created);
      }
    } catch (e) {
      setServerError(errorMessage(e, t));
      form.setErrors(fieldErrors(e));
    }
  });

  return (
    <Modal opened={opened} onClose={onClose} title={user ? t('admin.accounts.editTitle', { name: user.displayName }) : t('admin.accounts.add')} size="lg">
      <form noValidate onSubmit={submit}>
        <Stack gap="sm">
          <FormError message={serverError} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput label={t('admin.accounts.name')} aria-required withAsterisk data-autofocus autoComplete="off" {...form.getInputProps('name')} />
            <TextInput label={t('admin.accounts.email')} type="email" aria-required withAsterisk autoComplete="off" {...form.getInputProps('email')} />
            <TextInput
              label={t('admin.accounts.employeeId')}
              description={t('admin.accounts.employeeIdHelp')}
              autoComplete="off"
              {...form.getInputProps('employeeId')}
            />
            <Select
              label={t('admin.accounts.role')}
              description={t('admin.accounts.roleHelp')}
              data={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
              allowDeselect={false}
              {...form.getInputProps('role')}
            />
            <Select
              label={t('admin.accounts.roleCategory')}
              description={t('common.optional')}
              placeholder={t('admin.accounts.none')}
              data={ROLE_CATEGORIES.map((r) => ({ value: r.code, label: r.name }))}
              clearable
              {...form.getInputProps('roleCategory')}
            />
            <Select
              label={t('admin.accounts.layer')}
              description={t('common.optional')}
              placeholder={t('admin.accounts.none')}
              data={LAYERS.map((l) => ({ value: l.code, label: l.name }))}
              clearable
              {...form.getInputProps('layer')}
            />
          </SimpleGrid>
          {user ? (
            <Text size="sm" c="dimmed">
              {t('admin.accounts.departmentViaTransfer', { department: user.department?.path ?? t('admin.accounts.noDepartment') })}
            </Text>
          ) : (
            <Select
              label={t('admin.accounts.department')}
              description={t('admin.accounts.departmentHelp')}
              placeholder={t('admin.accounts.departmentPlaceholder')}
              data={departmentSelectData(departments)}
              renderOption={renderDepartmentOption}
              searchable
              clearable
              nothingFoundMessage={t('admin.accounts.departmentNone')}
              {...form.getInputProps('departmentId')}
            />
          )}
          <Group justify="flex-end" mt="xs">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={creating || updating}>
              {user ? t('admin.save') : t('admin.accounts.createButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** 異動: a new department from an effective date (earlier contributions stay with the old one). */
export function TransferModal({
  user,
  departments,
  onClose,
}: {
  user: AdminUserFieldsFragment | null;
  departments: readonly AdminDepartmentFieldsFragment[];
  onClose: () => void;
}) {
  const t = useT();
  const [serverError, setServerError] = useState<string | null>(null);
  const [transfer, { loading }] = useMutation(TransferUserDocument, refetchUsers);
  const form = useForm<{ departmentId: string | null; effectiveDate: string }>({
    mode: 'controlled',
    initialValues: { departmentId: null, effectiveDate: todayJst() },
    validate: {
      departmentId: (v) => (v ? null : t('admin.accounts.v.department')),
      effectiveDate: (v) => (DATE.test(v) ? null : t('admin.v.date')),
    },
  });
  return (
    <Modal opened={!!user} onClose={onClose} title={t('admin.accounts.transferTitle', { name: user?.displayName ?? '' })} size="md">
      {user && (
        <form
          noValidate
          onSubmit={form.onSubmit(async (v) => {
            setServerError(null);
            try {
              await transfer({ variables: { input: { userId: user.id, departmentId: v.departmentId!, effectiveDate: v.effectiveDate } } });
              showNotice(t, { color: 'teal', message: t('admin.accounts.transferred', { name: user.displayName }) });
              onClose();
            } catch (e) {
              setServerError(errorMessage(e, t));
              form.setErrors(fieldErrors(e));
            }
          })}
        >
          <Stack gap="sm">
            <Text size="sm">
              {t('admin.accounts.currentDepartment')}: <strong>{user.department?.path ?? t('admin.accounts.noDepartment')}</strong>
            </Text>
            <FormError message={serverError} />
            <Select
              label={t('admin.accounts.newDepartment')}
              data={departmentSelectData(departments)}
              renderOption={renderDepartmentOption}
              searchable
              aria-required
              withAsterisk
              nothingFoundMessage={t('admin.accounts.departmentNone')}
              {...form.getInputProps('departmentId')}
            />
            <TextInput type="date" label={t('admin.accounts.effectiveDate')} aria-required withAsterisk w={220} {...form.getInputProps('effectiveDate')} />
            <Alert color="blue" variant="light" icon={<IconInfoCircle aria-hidden="true" />}>
              <Text size="sm">{t('admin.accounts.transferHelp')}</Text>
            </Alert>
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('form.cancel')}
              </Button>
              <Button type="submit" loading={loading}>
                {t('admin.accounts.transferButton')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}

/** 管理範囲: the departments (each with everything below it) whose records a manager sees. */
export function ManagerScopeModal({
  user,
  departments,
  onClose,
}: {
  user: AdminUserFieldsFragment | null;
  departments: readonly AdminDepartmentFieldsFragment[];
  onClose: () => void;
}) {
  const t = useT();
  const [serverError, setServerError] = useState<string | null>(null);
  const [ids, setIds] = useState<string[]>(() => user?.managedDepartments.map((d) => d.id) ?? []);
  const [save, { loading }] = useMutation(SetManagerScopeDocument);
  return (
    <Modal opened={!!user} onClose={onClose} title={t('admin.accounts.scopeTitle', { name: user?.displayName ?? '' })} size="lg">
      {user && (
        <form
          noValidate
          onSubmit={async (e) => {
            e.preventDefault();
            setServerError(null);
            try {
              await save({ variables: { input: { userId: user.id, departmentIds: ids } } });
              showNotice(t, { color: 'teal', message: t('admin.accounts.scopeSaved', { name: user.displayName }) });
              onClose();
            } catch (err) {
              setServerError(errorMessage(err, t));
            }
          }}
        >
          <Stack gap="sm">
            <Text size="sm">{t('admin.accounts.scopeHelp')}</Text>
            <FormError message={serverError} />
            <MultiSelect
              label={t('admin.accounts.scope')}
              placeholder={ids.length === 0 ? t('admin.accounts.scopePlaceholder') : undefined}
              data={departmentSelectData(departments)}
              renderOption={renderDepartmentOption}
              value={ids}
              onChange={setIds}
              searchable
              clearable
              nothingFoundMessage={t('admin.accounts.departmentNone')}
              maxValues={50}
            />
            {ids.length === 0 && (
              <Text size="xs" c="dimmed">
                {t('admin.accounts.scopeEmpty')}
              </Text>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                {t('form.cancel')}
              </Button>
              <Button type="submit" loading={loading}>
                {t('admin.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
