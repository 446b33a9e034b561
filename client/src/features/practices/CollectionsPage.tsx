import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFiles, IconFolder, IconPlus } from '@tabler/icons-react';
import { Link, useNavigate } from 'react-router-dom';
import { CollectionsDocument, type CollectionSummaryFieldsFragment } from '../../gql/graphql';
import { useLocale, useT } from '../../i18n';
import { formatDate } from '../../lib/dates';
import { useCan } from '../auth/permissions';
import { EmptyState, ErrorState } from '../common/States';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { CollectionFormModal } from './CollectionFormModal';

function CollectionCard({ collection }: { collection: CollectionSummaryFieldsFragment }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <Card component="article" padding="lg" className="post-card" h="100%" aria-labelledby={`collection-${collection.id}-title`}>
      <Stack gap="xs" h="100%">
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <IconFolder size={22} aria-hidden="true" color="var(--mantine-color-banso-8)" style={{ flexShrink: 0, marginTop: 2 }} />
          <Title order={2} size="h4" lh={1.45} id={`collection-${collection.id}-title`}>
            <Anchor component={Link} to={`/collections/${collection.id}`} className="post-card-title" underline="never">
              {collection.title}
            </Anchor>
          </Title>
        </Group>
        {collection.description && (
          <Text size="sm" c="gray.8" lineClamp={3}>
            {collection.description}
          </Text>
        )}
        <Group gap="md" mt="auto" pt={4}>
          <Group gap={4} wrap="nowrap">
            <IconFiles size={16} aria-hidden="true" />
            <Text size="sm" fw={600}>
              {t('collections.postCount', { n: collection.postCount })}
            </Text>
          </Group>
          <Text size="sm" c="dimmed">
            {t('collections.updatedOn', { date: formatDate(collection.updatedAt, locale) })}
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}

/** 「まとめ」: the DX office's ordered selections of posts, for everyone to read. */
export function CollectionsPage() {
  const t = useT();
  const navigate = useNavigate();
  const canCurate = useCan('practices.curate');
  const [createOpen, create] = useDisclosure(false);
  useDocumentTitle(t('collections.title'));
  const { data, loading, error, refetch } = useQuery(CollectionsDocument, { fetchPolicy: 'cache-and-network' });
  const collections = data?.collections;

  const createButton = canCurate && (
    <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={create.open}>
      {t('collections.create')}
    </Button>
  );

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={1} size="h2">
            {t('collections.title')}
          </Title>
          <Text c="dimmed" mt={4}>
            {t('collections.lead')}
          </Text>
        </div>
        {createButton}
      </Group>

      {error && !collections ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !collections && loading ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }} role="status" aria-label={t('common.loading')}>
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} h={150} radius="md" />
          ))}
        </SimpleGrid>
      ) : !collections || collections.length === 0 ? (
        <EmptyState
          title={t('collections.empty')}
          description={t(canCurate ? 'collections.emptyHintCurator' : 'collections.emptyHint')}
          icon={<IconFolder size={30} />}
          action={createButton}
        />
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" component="ul" className="plain-list" aria-label={t('collections.list')}>
          {collections.map((c) => (
            <li key={c.id}>
              <CollectionCard collection={c} />
            </li>
          ))}
        </SimpleGrid>
      )}

      <CollectionFormModal opened={createOpen} onClose={create.close} onSaved={(c) => void navigate(`/collections/${c.id}`)} />
    </Stack>
  );
}
