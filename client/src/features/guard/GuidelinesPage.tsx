import { useQuery } from '@apollo/client/react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { PostingGuidelinesDocument } from '../../gql/graphql';
import { useT } from '../../i18n';
import { formatDate } from '../../lib/dates';
import { useCan } from '../auth/permissions';
import { Markdown } from '../common/Markdown';
import { ErrorState, PageLoader } from '../common/States';
import { useDocumentTitle } from '../common/useDocumentTitle';

/** /guidelines: the posting guidelines, linked from every form. */
export function GuidelinesPage() {
  const t = useT();
  useDocumentTitle(t('guidelines.title'));
  const canEdit = useCan('guard.edit');
  const { data, loading, error, refetch } = useQuery(PostingGuidelinesDocument, { fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <PageLoader />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const g = data!.postingGuidelines;
  return (
    <Stack gap="md" maw={860} mx="auto">
      <Group justify="space-between" align="flex-end" wrap="wrap">
        <div>
          <Title order={1} size="h2">
            {t('guidelines.title')}
          </Title>
          {g.updatedAt && (
            <Text size="sm" c="dimmed">
              {t('guidelines.updatedAt', { date: formatDate(g.updatedAt) })}
            </Text>
          )}
        </div>
        {canEdit && (
          <Button component={Link} to="/admin/guidelines" variant="default" leftSection={<IconPencil size={16} aria-hidden="true" />}>
            {t('guidelines.edit')}
          </Button>
        )}
      </Group>
      <Paper withBorder p={{ base: 'md', sm: 'xl' }}>
        <Markdown html={g.html} />
      </Paper>
    </Stack>
  );
}
