import { Button, Group, Paper, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCircleCheck, IconUserSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n';
import { usePermissions } from '../auth/permissions';
import { RouteQuestionModal } from './RouteQuestionModal';

/** The server's capability for asking on anyone's question (the DX office). */
export const ROUTE_ANY = 'question.routeAny';

interface RoutablePost {
  id: string;
  kind: string;
  status: string;
  viewerIsAuthor: boolean;
  author?: { id: string } | null;
  tags: readonly { name: string }[];
}

/** May the viewer ask people to look at this question (an open question; its asker or `question.routeAny`)? */
export function canRoute(post: RoutablePost, permissions: readonly string[]): boolean {
  return post.kind === 'QUESTION' && post.status === 'OPEN' && (post.viewerIsAuthor || permissions.includes(ROUTE_ANY));
}

/**
 * 「詳しい人に聞く」 on the post page, under the answers of an open question: a short line and
 * the button that opens the choice of people. Nothing for anyone else.
 */
export function RouteQuestion({ post }: { post: RoutablePost }) {
  const t = useT();
  const permissions = usePermissions();
  const [opened, modal] = useDisclosure(false);
  const [asked, setAsked] = useState<{ postId: string; names: string[] }>({ postId: post.id, names: [] });
  if (!canRoute(post, permissions)) return null;
  const askedHere = asked.postId === post.id ? asked.names : [];
  return (
    <Paper withBorder p="md" bg="banso.0" component="section" aria-labelledby="route-question-title">
      <Group justify="space-between" align="center" wrap="wrap" gap="sm">
        <div style={{ flex: '1 1 260px' }}>
          <Text fw={700} size="sm" id="route-question-title">
            {t('route.promptTitle')}
          </Text>
          <Text size="sm" c="gray.8">
            {t(post.viewerIsAuthor ? 'route.promptAsker' : 'route.promptDx')}
          </Text>
          {askedHere.length > 0 && (
            <Group gap={4} mt={4} wrap="nowrap" align="flex-start">
              <IconCircleCheck size={16} color="var(--mantine-color-teal-8)" aria-hidden="true" style={{ flexShrink: 0, marginTop: 2 }} />
              <Text size="sm" c="teal.9">
                {t('route.askedHere', { names: askedHere.map((name) => t('route.san', { name })).join('、') })}
              </Text>
            </Group>
          )}
        </div>
        <Button variant="default" leftSection={<IconUserSearch size={16} aria-hidden="true" />} onClick={modal.open}>
          {t('route.button')}
        </Button>
      </Group>
      <RouteQuestionModal
        opened={opened}
        onClose={modal.close}
        postId={post.id}
        tags={post.tags.map((tag) => tag.name)}
        authorId={post.author?.id}
        onRouted={(people) =>
          setAsked((prev) => ({
            postId: post.id,
            names: [...(prev.postId === post.id ? prev.names : []), ...people.map((p) => p.displayName)],
          }))
        }
      />
    </Paper>
  );
}
