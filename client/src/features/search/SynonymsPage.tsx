import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import {
  CreateSearchSynonymGroupDocument,
  DeleteSearchSynonymGroupDocument,
  SearchSynonymsDocument,
  UpdateSearchSynonymGroupDocument,
} from '../../gql/graphql';
import { useT } from '../../i18n';
import { errorMessage } from '../../lib/errors';
import { useCan } from '../auth/permissions';
import { ErrorState, PageLoader } from '../common/States';
import { useDocumentTitle } from '../common/useDocumentTitle';

const split = (s: string) =>
  s
    .split(/[,、，\n]/)
    .map((x) => x.trim())
    .filter(Boolean);

function GroupRow({ id, terms, editable }: { id: string; terms: string[]; editable: boolean }) {
  const t = useT();
  const [value, setValue] = useState(terms.join(', '));
  const [error, setError] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UpdateSearchSynonymGroupDocument);
  const [remove, { loading: removing }] = useMutation(DeleteSearchSynonymGroupDocument, { refetchQueries: [SearchSynonymsDocument] });
  if (!editable) return <Text size="sm">{terms.join(' ⇔ ')}</Text>;
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <TextInput value={value} onChange={(e) => setValue(e.currentTarget.value)} aria-label={t('synonyms.terms')} error={error} style={{ flex: 1 }} />
        <Button
          variant="default"
          loading={loading}
          onClick={async () => {
            setError(null);
            try {
              await update({ variables: { id, terms: split(value) } });
              notifications.show({ color: 'teal', message: t('synonyms.saved') });
            } catch (e) {
              setError(errorMessage(e, t));
            }
          }}
        >
          {t('synonyms.save')}
        </Button>
        <Button variant="subtle" color="red" loading={removing} onClick={() => void remove({ variables: { id } }).catch((e) => setError(errorMessage(e, t)))}>
          {t('synonyms.delete')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The synonym dictionary: everyone can read it; the DX office edits it. */
export function SynonymsPage() {
  const t = useT();
  useDocumentTitle(t('synonyms.title'));
  const editable = useCan('synonyms.edit');
  const { data, loading, error, refetch } = useQuery(SearchSynonymsDocument, { fetchPolicy: 'cache-and-network' });
  const [create, { loading: creating }] = useMutation(CreateSearchSynonymGroupDocument, { refetchQueries: [SearchSynonymsDocument] });
  const [draft, setDraft] = useState('');
  const [createError, setCreateError] = useState<string | null>(null);
  if (loading && !data) return <PageLoader />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  return (
    <Stack gap="md" maw={880} mx="auto">
      <div>
        <Title order={1} size="h2">
          {t('synonyms.title')}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('synonyms.lead')}
        </Text>
      </div>
      {editable && (
        <Paper withBorder p="md">
          <form
            onSubmit={async (e) => {
              e.preventDefault();
              setCreateError(null);
              try {
                await create({ variables: { terms: split(draft) } });
                setDraft('');
              } catch (err) {
                setCreateError(errorMessage(err, t));
              }
            }}
          >
            <Group align="flex-end" wrap="nowrap">
              <TextInput
                label={t('synonyms.new')}
                description={t('synonyms.newHint')}
                value={draft}
                onChange={(e) => setDraft(e.currentTarget.value)}
                error={createError}
                style={{ flex: 1 }}
              />
              <Button type="submit" loading={creating}>
                {t('synonyms.add')}
              </Button>
            </Group>
          </form>
        </Paper>
      )}
      {!editable && (
        <Alert variant="light" color="gray">
          {t('synonyms.readOnly')}
        </Alert>
      )}
      <Table striped withTableBorder>
        <Table.Tbody>
          {(data?.searchSynonyms ?? []).map((g) => (
            <Table.Tr key={`${g.id}-${g.updatedAt}`}>
              <Table.Td>
                <GroupRow id={g.id} terms={g.terms} editable={editable} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
