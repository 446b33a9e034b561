import { useMutation, useQuery } from '@apollo/client/react';
import { Badge, Button, Group, Modal, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { AdminSkillsDocument, CreateSkillDocument, ImportSkillFrameworkDocument, UpdateSkillDocument, type AdminSkillFieldsFragment } from '../../gql/graphql';
import { useT } from '../../i18n';
import { errorMessage, fieldErrors } from '../../lib/errors';
import { EmptyState, ErrorState, PageLoader } from '../common/States';
import { FormError } from './FormError';
import { showNotice } from './notice';
import { validateCode, validateRequired } from './validation';

const FRAMEWORKS = ['moka-2023', 'fujisawa-2024'] as const;
const refetch = { refetchQueries: [AdminSkillsDocument], awaitRefetchQueries: true };

function AddSkillForm() {
  const t = useT();
  const [serverError, setServerError] = useState<string | null>(null);
  const [create, { loading }] = useMutation(CreateSkillDocument, refetch);
  const form = useForm({
    mode: 'controlled',
    initialValues: { code: '', name: '', summary: '' },
    validate: { code: (v) => validateCode(v, t), name: (v) => validateRequired(v, t, 100) },
  });
  return (
    <form
      noValidate
      aria-labelledby="add-skill-title"
      onSubmit={form.onSubmit(async (values) => {
        setServerError(null);
        try {
          await create({ variables: { input: { code: values.code.trim(), name: values.name.trim(), summary: values.summary.trim() || null } } });
          showNotice(t, { color: 'teal', message: t('admin.skills.added', { name: values.name.trim() }) });
          form.reset();
        } catch (e) {
          setServerError(errorMessage(e, t));
          form.setErrors(fieldErrors(e));
        }
      })}
    >
      <Title order={3} size="h5" id="add-skill-title" mb="xs">
        {t('admin.skills.add')}
      </Title>
      <Stack gap="sm">
        <FormError message={serverError} />
        <Group align="flex-start" grow wrap="wrap">
          <TextInput label={t('admin.skills.code')} description={t('admin.skills.codeHelp')} aria-required {...form.getInputProps('code')} />
          <TextInput label={t('admin.skills.name')} aria-required {...form.getInputProps('name')} />
        </Group>
        <TextInput label={t('admin.skills.summary')} description={t('common.optional')} {...form.getInputProps('summary')} />
        <Group justify="flex-end">
          <Button type="submit" loading={loading} leftSection={<IconPlus size={16} aria-hidden="true" />}>
            {t('admin.skills.addButton')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function RenameModal({ skill, onClose }: { skill: AdminSkillFieldsFragment | null; onClose: () => void }) {
  const t = useT();
  const [serverError, setServerError] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateSkillDocument);
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: skill?.name ?? '', summary: skill?.summary ?? '' },
    validate: { name: (v) => validateRequired(v, t, 100) },
  });
  return (
    <Modal opened={!!skill} onClose={onClose} title={t('admin.skills.renameTitle', { code: skill?.code ?? '' })}>
      {skill && (
        <form
          noValidate
          onSubmit={form.onSubmit(async (values) => {
            setServerError(null);
            try {
              await update({ variables: { input: { id: skill.id, name: values.name.trim(), summary: values.summary.trim() || null } } });
              showNotice(t, { color: 'teal', message: t('admin.saved') });
              onClose();
            } catch (e) {
              setServerError(errorMessage(e, t));
            }
          })}
        >
          <Stack gap="sm">
            <FormError message={serverError} />
            <TextInput label={t('admin.skills.name')} aria-required data-autofocus {...form.getInputProps('name')} />
            <TextInput label={t('admin.skills.summary')} description={t('common.optional')} {...form.getInputProps('summary')} />
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

function ImportForm() {
  const t = useT();
  const [framework, setFramework] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);
  const [run, { loading }] = useMutation(ImportSkillFrameworkDocument, refetch);
  return (
    <Stack gap="sm" component="section" aria-labelledby="import-title">
      <Title order={3} size="h5" id="import-title">
        {t('admin.skills.import')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('admin.skills.importHelp')}
      </Text>
      <FormError message={serverError} />
      <Group align="flex-end">
        <Select
          label={t('admin.skills.framework')}
          data={FRAMEWORKS.map((f) => ({ value: f, label: t(`admin.framework.${f}`) }))}
          value={framework}
          onChange={setFramework}
          w={320}
        />
        <Button
          variant="light"
          disabled={!framework}
          loading={loading}
          onClick={async () => {
            if (!framework) return;
            setServerError(null);
            try {
              const res = await run({ variables: { framework } });
              showNotice(t, { color: 'teal', message: t('admin.skills.imported', { n: res.data?.importSkillFramework.length ?? 0 }) });
            } catch (e) {
              setServerError(errorMessage(e, t));
            }
          }}
        >
          {t('admin.skills.importButton')}
        </Button>
      </Group>
    </Stack>
  );
}

export function SkillsAdmin() {
  const t = useT();
  const { data, loading, error, refetch: reload } = useQuery(AdminSkillsDocument, { fetchPolicy: 'cache-and-network' });
  const [renaming, setRenaming] = useState<AdminSkillFieldsFragment | null>(null);
  const [update, { loading: toggling }] = useMutation(UpdateSkillDocument);

  const toggleRetired = async (skill: AdminSkillFieldsFragment) => {
    try {
      await update({ variables: { input: { id: skill.id, retired: !skill.retired } } });
      showNotice(t, { color: 'teal', message: t(skill.retired ? 'admin.skills.restored' : 'admin.skills.retiredDone', { name: skill.name }) });
    } catch (e) {
      showNotice(t, { color: 'red', title: t('error.title'), message: errorMessage(e, t) });
    }
  };

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" component="section" aria-labelledby="skills-list-title">
        <Title order={2} size="h4" id="skills-list-title" mb="sm">
          {t('admin.skills.list')}
        </Title>
        {loading && !data ? (
          <PageLoader />
        ) : error && !data ? (
          <ErrorState error={error} onRetry={() => void reload()} />
        ) : (data?.skills.length ?? 0) === 0 ? (
          <EmptyState title={t('admin.skills.empty')} />
        ) : (
          <Table.ScrollContainer minWidth={640}>
            <Table verticalSpacing="xs" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.skills.name')}</Table.Th>
                  <Table.Th scope="col">{t('admin.skills.code')}</Table.Th>
                  <Table.Th scope="col">{t('admin.skills.framework')}</Table.Th>
                  <Table.Th scope="col">{t('admin.skills.status')}</Table.Th>
                  <Table.Th scope="col">{t('admin.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data!.skills.map((s) => (
                  <Table.Tr key={s.id}>
                    <Table.Th scope="row" fw={600} c={s.retired ? 'dimmed' : undefined}>
                      {s.name}
                      {s.summary && (
                        <Text size="xs" c="dimmed" fw={400} lineClamp={1}>
                          {s.summary}
                        </Text>
                      )}
                    </Table.Th>
                    <Table.Td>
                      <Text size="xs" ff="monospace">
                        {s.code}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Text size="xs">{s.framework}</Text>
                    </Table.Td>
                    <Table.Td>
                      <Badge size="sm" color={s.retired ? 'gray' : 'teal'}>
                        {t(s.retired ? 'admin.skills.retired' : 'admin.skills.active')}
                      </Badge>
                    </Table.Td>
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Button size="compact-sm" variant="default" onClick={() => setRenaming(s)} aria-label={t('admin.skills.renameLabel', { name: s.name })}>
                          {t('admin.skills.rename')}
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color={s.retired ? 'teal' : 'red'}
                          disabled={toggling}
                          onClick={() => void toggleRetired(s)}
                          aria-label={t(s.retired ? 'admin.skills.restoreLabel' : 'admin.skills.retireLabel', { name: s.name })}
                        >
                          {t(s.retired ? 'admin.skills.restore' : 'admin.skills.retire')}
                        </Button>
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>
      <Paper withBorder p="md">
        <AddSkillForm />
      </Paper>
      <Paper withBorder p="md">
        <ImportForm />
      </Paper>
      <RenameModal key={renaming?.id ?? 'none'} skill={renaming} onClose={() => setRenaming(null)} />
    </Stack>
  );
}
