import { useMutation } from '@apollo/client/react';
import { Badge, Box, Button, Group, List, Menu, Modal, Paper, Select, Skeleton, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconArchive, IconArrowBackUp, IconChevronDown, IconCursorText, IconFolderPlus, IconPlus, IconReplace } from '@tabler/icons-react';
import { useState } from 'react';
import { AdminDepartmentsDocument, CreateDepartmentDocument, UpdateDepartmentDocument, type AdminDepartmentFieldsFragment } from '../../gql/graphql';
import { useLocale, useT } from '../../i18n';
import { formatDate } from '../../lib/dates';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { EmptyState, ErrorState } from '../common/States';
import { departmentSelectData, departmentTree, depthOf, LEVEL_LABEL, MAX_DEPTH, subtreeHeight, subtreeIds, type DepartmentNode } from './adminOptions';
import { ConfirmDialog } from './ConfirmDialog';
import { renderDepartmentOption } from './DepartmentOption';
import { FormError } from './FormError';
import { showNotice } from './notice';
import { useAdminDepartments } from './useAdminDepartments';
import { validateRequired } from './validation';

type Department = AdminDepartmentFieldsFragment;
type Dialog =
  | { kind: 'rename'; department: Department }
  | { kind: 'move'; department: Department }
  | { kind: 'add'; parent: Department | null }
  | { kind: 'retire'; department: Department }
  | { kind: 'restore'; department: Department }
  | null;

const refetchDepartments = { refetchQueries: [AdminDepartmentsDocument], awaitRefetchQueries: true };
const CODE = /^[A-Za-z0-9_.-]{1,40}$/;

function FormerNames({ department }: { department: Department }) {
  const t = useT();
  const { locale } = useLocale();
  if (department.formerNames.length === 0) return null;
  return (
    <Text size="xs" c="dimmed">
      {t('admin.org.formerNames')}:{' '}
      {department.formerNames
        .slice()
        .reverse()
        .map((f) => t('admin.org.formerName', { name: f.name, until: formatDate(f.until, locale) }))
        .join('、')}
    </Text>
  );
}

function DepartmentRow({ node, onOpen }: { node: DepartmentNode; onOpen: (d: Dialog) => void }) {
  const t = useT();
  const d = node.department;
  return (
    <Group justify="space-between" wrap="nowrap" gap="xs" py={6} px="xs" style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}>
      <Box style={{ minWidth: 0 }} opacity={d.retired ? 0.65 : 1}>
        <Group gap={6} wrap="wrap">
          <Badge size="xs" variant="outline" color={node.depth === 0 ? 'banso' : 'gray'} w={28} px={0}>
            {t(LEVEL_LABEL[d.level])}
          </Badge>
          <Text fw={node.depth === 0 ? 700 : 500} size="sm" td={d.retired ? 'line-through' : undefined}>
            {d.name}
          </Text>
          {d.retired && (
            <Badge size="xs" color="gray" variant="filled">
              {t('admin.org.retired')}
            </Badge>
          )}
          <Text size="xs" c="dimmed" ff="monospace">
            {d.code}
          </Text>
        </Group>
        <FormerNames department={d} />
      </Box>
      <Menu position="bottom-end" shadow="md" width={220} withinPortal>
        <Menu.Target>
          <Button
            size="compact-sm"
            variant="subtle"
            color="gray"
            c="gray.8"
            rightSection={<IconChevronDown size={14} aria-hidden="true" />}
            aria-label={t('admin.org.actionsFor', { name: d.path })}
            style={{ flexShrink: 0 }}
          >
            {t('admin.actions')}
          </Button>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item leftSection={<IconCursorText size={16} aria-hidden="true" />} onClick={() => onOpen({ kind: 'rename', department: d })}>
            {t('admin.org.rename')}
          </Menu.Item>
          {!d.retired && (
            <Menu.Item leftSection={<IconReplace size={16} aria-hidden="true" />} onClick={() => onOpen({ kind: 'move', department: d })}>
              {t('admin.org.move')}
            </Menu.Item>
          )}
          {!d.retired && node.depth < MAX_DEPTH - 1 && (
            <Menu.Item leftSection={<IconFolderPlus size={16} aria-hidden="true" />} onClick={() => onOpen({ kind: 'add', parent: d })}>
              {t('admin.org.addChild', { level: t(LEVEL_LABEL[node.depth === 0 ? 'KA' : 'KAKARI']) })}
            </Menu.Item>
          )}
          <Menu.Divider />
          {d.retired ? (
            <Menu.Item color="teal" leftSection={<IconArrowBackUp size={16} aria-hidden="true" />} onClick={() => onOpen({ kind: 'restore', department: d })}>
              {t('admin.org.restore')}
            </Menu.Item>
          ) : (
            <Menu.Item color="red" leftSection={<IconArchive size={16} aria-hidden="true" />} onClick={() => onOpen({ kind: 'retire', department: d })}>
              {t('admin.org.retire')}
            </Menu.Item>
          )}
        </Menu.Dropdown>
      </Menu>
    </Group>
  );
}

/** Nested lists, so a screen reader hears the 部 → 課 → 係 structure, indented on screen. */
function Tree({ nodes, onOpen, label }: { nodes: readonly DepartmentNode[]; onOpen: (d: Dialog) => void; label?: string }) {
  return (
    <ul className="plain-list" aria-label={label}>
      {nodes.map((n) => (
        <li key={n.department.id}>
          <DepartmentRow node={n} onOpen={onOpen} />
          {n.children.length > 0 && (
            <Box pl={{ base: 14, sm: 28 }} style={{ borderLeft: '2px solid var(--mantine-color-gray-2)', marginLeft: 12 }}>
              <Tree nodes={n.children} onOpen={onOpen} />
            </Box>
          )}
        </li>
      ))}
    </ul>
  );
}

function NameModal({ dialog, onClose }: { dialog: Extract<Dialog, { kind: 'rename' } | { kind: 'add' }>; onClose: () => void }) {
  const t = useT();
  const [serverError, setServerError] = useState<string | null>(null);
  const [create, { loading: creating }] = useMutation(CreateDepartmentDocument, refetchDepartments);
  const [update, { loading: updating }] = useMutation(UpdateDepartmentDocument, refetchDepartments);
  const current = dialog.kind === 'rename' ? dialog.department : null;
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: current?.name ?? '', code: current?.code ?? '' },
    validate: {
      name: (v) => validateRequired(v, t, 60) ?? (v.includes('/') ? t('admin.org.v.slash') : null),
      code: (v) => (!v.trim() || CODE.test(v.trim()) ? null : t('admin.org.v.code')),
    },
  });
  const parent = dialog.kind === 'add' ? dialog.parent : null;
  const title =
    dialog.kind === 'rename'
      ? t('admin.org.renameTitle', { name: dialog.department.path })
      : parent
        ? t('admin.org.addUnder', { name: parent.path })
        : t('admin.org.addTop');
  return (
    <Modal opened onClose={onClose} title={title} size="md">
      <form
        noValidate
        onSubmit={form.onSubmit(async (v) => {
          setServerError(null);
          const code = v.code.trim() || null;
          try {
            if (current) {
              await update({ variables: { input: { id: current.id, name: v.name.trim(), ...(code && code !== current.code ? { code } : {}) } } });
              showNotice(t, { color: 'teal', message: t('admin.saved') });
            } else {
              await create({ variables: { input: { name: v.name.trim(), parentId: parent?.id ?? null, code } } });
              showNotice(t, { color: 'teal', message: t('admin.org.added', { name: v.name.trim() }) });
            }
            onClose();
          } catch (e) {
            setServerError(errorMessage(e, t));
            form.setErrors(fieldErrors(e));
          }
        })}
      >
        <Stack gap="sm">
          <FormError message={serverError} />
          <TextInput label={t('admin.org.name')} aria-required withAsterisk data-autofocus {...form.getInputProps('name')} />
          <TextInput
            label={t('admin.org.code')}
            description={current ? t('admin.org.codeHelpEdit') : t('admin.org.codeHelp')}
            ff="monospace"
            {...form.getInputProps('code')}
          />
          {current && (
            <>
              <Text size="sm" c="dimmed">
                {t('admin.org.renameHelp')}
              </Text>
              {current.formerNames.length > 0 && (
                <div>
                  <Text size="sm" fw={600}>
                    {t('admin.org.formerNames')}
                  </Text>
                  <List size="sm">
                    <FormerNameItems department={current} />
                  </List>
                </div>
              )}
            </>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={creating || updating}>
              {current ? t('admin.save') : t('admin.org.addButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function FormerNameItems({ department }: { department: Department }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <>
      {department.formerNames
        .slice()
        .reverse()
        .map((f) => (
          <List.Item key={`${f.name}-${f.until}`}>{t('admin.org.formerName', { name: f.name, until: formatDate(f.until, locale) })}</List.Item>
        ))}
    </>
  );
}

const TOP = '__top__';

function MoveModal({ department, departments, onClose }: { department: Department; departments: readonly Department[]; onClose: () => void }) {
  const t = useT();
  const [serverError, setServerError] = useState<string | null>(null);
  const [parentId, setParentId] = useState<string | null>(department.parentId ?? TOP);
  const [update, { loading }] = useMutation(UpdateDepartmentDocument, refetchDepartments);
  // Offer only parents that keep the tree within 部 → 課 → 係 and never under itself.
  const height = subtreeHeight(departments, department.id);
  const inside = subtreeIds(departments, department.id);
  const tooDeep = new Set(departments.filter((d) => depthOf(departments, d.id) + height > MAX_DEPTH).map((d) => d.id));
  const options = [
    { value: TOP, label: t('admin.org.topLevel'), name: t('admin.org.topLevel'), depth: 0 },
    ...departmentSelectData(departments, new Set([...inside, ...tooDeep])),
  ];
  return (
    <Modal opened onClose={onClose} title={t('admin.org.moveTitle', { name: department.path })} size="md">
      <form
        noValidate
        onSubmit={async (e) => {
          e.preventDefault();
          setServerError(null);
          try {
            await update({ variables: { input: { id: department.id, parentId: parentId === TOP ? null : parentId } } });
            showNotice(t, { color: 'teal', message: t('admin.org.moved', { name: department.name }) });
            onClose();
          } catch (err) {
            setServerError(errorMessage(err, t));
          }
        }}
      >
        <Stack gap="sm">
          <FormError message={serverError} />
          <Select
            label={t('admin.org.newParent')}
            data={options}
            renderOption={renderDepartmentOption}
            value={parentId}
            onChange={setParentId}
            searchable
            allowDeselect={false}
            nothingFoundMessage={t('admin.accounts.departmentNone')}
          />
          <Text size="sm" c="dimmed">
            {t('admin.org.moveHelp')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('form.cancel')}
            </Button>
            <Button type="submit" loading={loading} disabled={(parentId === TOP ? null : parentId) === (department.parentId ?? null)}>
              {t('admin.org.moveButton')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function RetireDialog({ dialog, onClose }: { dialog: Extract<Dialog, { kind: 'retire' } | { kind: 'restore' }>; onClose: () => void }) {
  const t = useT();
  const [error, setError] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateDepartmentDocument, refetchDepartments);
  const retire = dialog.kind === 'retire';
  const d = dialog.department;
  return (
    <ConfirmDialog
      opened
      title={t(retire ? 'admin.org.retireTitle' : 'admin.org.restoreTitle', { name: d.path })}
      confirmLabel={t(retire ? 'admin.org.retireButton' : 'admin.org.restoreButton')}
      color={retire ? 'red' : 'teal'}
      loading={loading}
      error={error}
      onClose={onClose}
      onConfirm={async () => {
        setError(null);
        try {
          await update({ variables: { input: { id: d.id, retired: retire } } });
          showNotice(t, { color: 'teal', message: t(retire ? 'admin.org.retiredDone' : 'admin.org.restored', { name: d.name }) });
          onClose();
        } catch (e) {
          setError(errorMessage(e, t));
        }
      }}
    >
      <Text size="sm">{t(retire ? 'admin.org.retireHelp' : 'admin.org.restoreHelp')}</Text>
    </ConfirmDialog>
  );
}

/** 組織: the department tree, with rename (earlier names kept), move, retire and add. */
export function OrganisationAdmin() {
  const t = useT();
  const { departments, loaded, error, refetch } = useAdminDepartments();
  const [showRetired, setShowRetired] = useState(false);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const tree = departmentTree(departments, showRetired);
  const retiredCount = departments.filter((d) => d.retired).length;

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="org-title">
      <Group justify="space-between" mb="sm" wrap="wrap" gap="sm">
        <div>
          <Title order={2} size="h4" id="org-title">
            {t('admin.org.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('admin.org.lead')}
          </Text>
        </div>
        <Button leftSection={<IconPlus size={18} aria-hidden="true" />} onClick={() => setDialog({ kind: 'add', parent: null })}>
          {t('admin.org.addTop')}
        </Button>
      </Group>
      <Switch
        label={t('admin.org.showRetired', { n: retiredCount })}
        checked={showRetired}
        onChange={(e) => setShowRetired(e.currentTarget.checked)}
        mb="sm"
        disabled={retiredCount === 0}
      />
      {error && !loaded ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !loaded ? (
        <Stack gap="xs" role="status" aria-label={t('common.loading')}>
          {[0, 1, 2, 3, 4, 5].map((i) => (
            <Skeleton key={i} h={32} ml={(i % 3) * 28} />
          ))}
        </Stack>
      ) : tree.length === 0 ? (
        <EmptyState title={t('admin.org.empty')} description={t('admin.org.emptyHint')} />
      ) : (
        <Tree nodes={tree} onOpen={setDialog} label={t('admin.org.treeLabel')} />
      )}

      {(dialog?.kind === 'rename' || dialog?.kind === 'add') && <NameModal dialog={dialog} onClose={close} />}
      {dialog?.kind === 'move' && <MoveModal department={dialog.department} departments={departments} onClose={close} />}
      {(dialog?.kind === 'retire' || dialog?.kind === 'restore') && <RetireDialog dialog={dialog} onClose={close} />}
    </Paper>
  );
}
