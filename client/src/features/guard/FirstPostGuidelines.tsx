import { useMutation, useQuery } from '@apollo/client/react';
import { Button, Group, Modal, ScrollArea, Stack, Text } from '@mantine/core';
import { AcknowledgeGuidelinesDocument, PostingGuidelinesDocument } from '../../gql/graphql';
import { useT } from '../../i18n';
import { Markdown } from '../common/Markdown';

/**
 * Before a person's first post the guidelines are shown once (`active`: the form is in use).
 * 「確認しました」 is remembered on the server, so another browser does not ask again.
 */
export function FirstPostGuidelines({ active }: { active: boolean }) {
  const t = useT();
  const { data } = useQuery(PostingGuidelinesDocument, { fetchPolicy: 'cache-first' });
  const [acknowledge, { loading }] = useMutation(AcknowledgeGuidelinesDocument, {
    update(cache, result) {
      if (result.data) cache.writeQuery({ query: PostingGuidelinesDocument, data: { postingGuidelines: result.data.acknowledgeGuidelines } });
    },
  });
  const g = data?.postingGuidelines;
  const opened = active && !!g && !g.viewerHasSeen;
  const ok = () => void acknowledge().catch(() => undefined);
  return (
    <Modal opened={opened} onClose={ok} title={t('guidelines.firstTitle')} size="lg" scrollAreaComponent={ScrollArea.Autosize}>
      <Stack gap="md">
        <Text size="sm">{t('guidelines.firstLead')}</Text>
        {g && <Markdown html={g.html} />}
        <Group justify="flex-end">
          <Button onClick={ok} loading={loading} data-autofocus>
            {t('guidelines.firstOk')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
