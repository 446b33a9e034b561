import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, NumberInput, Paper, Select, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { RemoveTagSkillDocument, SetTagSkillDocument, TagSkillMappingsDocument } from '../../gql/graphql';
import { useT } from '../../i18n';
import { errorMessage } from '../../lib/errors';
import { EmptyState, ErrorState, PageLoader } from '../common/States';
import { FormError } from './FormError';
import { showNotice } from './notice';
import { validateRequired, validateWeight } from './validation';

const refetch = { refetchQueries: [TagSkillMappingsDocument], awaitRefetchQueries: true };

export function TagMappingAdmin() {
  const t = useT();
  const { data, loading, error, refetch: reload } = useQuery(TagSkillMappingsDocument, { fetchPolicy: 'cache-and-network' });
  const [setTagSkill, { loading: saving }] = useMutation(SetTagSkillDocument, refetch);
  const [removeTagSkill, { loading: removing }] = useMutation(RemoveTagSkillDocument, refetch);
  const [serverError, setServerError] = useState<string | null>(null);
  const skillOptions = useMemo(() => (data?.skills ?? []).map((s) => ({ value: s.code, label: s.name })), [data]);
  const mappings = useMemo(
    () => [...(data?.tagSkillMappings ?? [])].sort((a, b) => a.skill.name.localeCompare(b.skill.name, 'ja') || a.tag.localeCompare(b.tag, 'ja')),
    [data],
  );
  const form = useForm<{ tag: string; skillCode: string | null; weight: number | string }>({
    mode: 'controlled',
    initialValues: { tag: '', skillCode: null, weight: 1 },
    validate: {
      tag: (v) => validateRequired(v, t, 50),
      skillCode: (v) => (v ? null : t('admin.v.chooseSkill')),
      weight: (v) => validateWeight(v, t),
    },
  });

  return (
    <Stack gap="lg">
      <Paper withBorder p="md" component="section" aria-labelledby="tags-title">
        <Title order={2} size="h4" id="tags-title" mb={4}>
          {t('admin.tags.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('admin.tags.help')}
        </Text>
        {loading && !data ? (
          <PageLoader />
        ) : error && !data ? (
          <ErrorState error={error} onRetry={() => void reload()} />
        ) : mappings.length === 0 ? (
          <EmptyState title={t('admin.tags.empty')} />
        ) : (
          <Table.ScrollContainer minWidth={520}>
            <Table verticalSpacing="xs" striped>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('admin.tags.tag')}</Table.Th>
                  <Table.Th scope="col">{t('admin.tags.skill')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('admin.tags.weight')}
                  </Table.Th>
                  <Table.Th scope="col">{t('admin.actions')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {mappings.map((m) => (
                  <Table.Tr key={`${m.tag}→${m.skill.code}`}>
                    <Table.Th scope="row" fw={600}>
                      {m.tag}
                    </Table.Th>
                    <Table.Td>{m.skill.name}</Table.Td>
                    <Table.Td ta="right">×{m.weight}</Table.Td>
                    <Table.Td>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        leftSection={<IconTrash size={14} aria-hidden="true" />}
                        disabled={removing}
                        aria-label={t('admin.tags.removeLabel', { tag: m.tag, skill: m.skill.name })}
                        onClick={async () => {
                          try {
                            await removeTagSkill({ variables: { tag: m.tag, skillCode: m.skill.code } });
                            showNotice(t, { color: 'teal', message: t('admin.tags.removed', { tag: m.tag }) });
                          } catch (e) {
                            showNotice(t, { color: 'red', title: t('error.title'), message: errorMessage(e, t) });
                          }
                        }}
                      >
                        {t('admin.remove')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
      </Paper>

      <Paper withBorder p="md">
        <form
          noValidate
          aria-labelledby="add-tag-title"
          onSubmit={form.onSubmit(async (values) => {
            setServerError(null);
            try {
              await setTagSkill({ variables: { input: { tag: values.tag.trim(), skillCode: values.skillCode!, weight: Number(values.weight) } } });
              showNotice(t, { color: 'teal', message: t('admin.tags.added', { tag: values.tag.trim() }) });
              form.reset();
            } catch (e) {
              setServerError(errorMessage(e, t));
            }
          })}
        >
          <Title order={3} size="h5" id="add-tag-title" mb="xs">
            {t('admin.tags.add')}
          </Title>
          <Stack gap="sm">
            <FormError message={serverError} />
            <Group align="flex-start" wrap="wrap">
              <TextInput label={t('admin.tags.tag')} placeholder="RPA" aria-required w={220} {...form.getInputProps('tag')} />
              <Select label={t('admin.tags.skill')} data={skillOptions} searchable aria-required w={280} {...form.getInputProps('skillCode')} />
              <NumberInput
                label={t('admin.tags.weight')}
                description={t('admin.tags.weightHelp')}
                min={0.1}
                max={10}
                step={0.5}
                decimalScale={2}
                w={160}
                {...form.getInputProps('weight')}
              />
            </Group>
            <Group justify="flex-end">
              <Button type="submit" loading={saving} leftSection={<IconPlus size={16} aria-hidden="true" />}>
                {t('admin.tags.addButton')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Paper>
    </Stack>
  );
}
