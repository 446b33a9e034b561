import { Stack, Text, Title } from '@mantine/core';
import { useT } from '../../i18n';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { DraftList } from './DraftList';

/** /drafts: the viewer's own drafts, newest first, with 開く and 削除. */
export function DraftsPage() {
  const t = useT();
  useDocumentTitle(t('drafts.title'));
  return (
    <Stack gap="md" maw={860} mx="auto">
      <div>
        <Title order={1} size="h2">
          {t('drafts.title')}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('drafts.lead')}
        </Text>
      </div>
      <DraftList />
    </Stack>
  );
}
