import { Anchor, Badge, Group, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { useT } from '../../i18n';
import { KindBadge } from '../common/Badges';
import type { SimilarPostFieldsFragment } from '../../gql/graphql';

/** A compact list of posts; resolved questions say so, because that is the answer someone is looking for. */
export function SimilarPostList({ posts, newTab }: { posts: readonly SimilarPostFieldsFragment[]; newTab?: boolean }) {
  const t = useT();
  return (
    <Stack component="ul" className="plain-list" gap={8}>
      {posts.map((p) => (
        <li key={p.id}>
          <Group gap={6} wrap="nowrap" align="flex-start">
            <KindBadge kind={p.kind} size="sm" />
            <div style={{ minWidth: 0 }}>
              <Anchor component={Link} to={`/posts/${p.id}`} size="sm" fw={600} target={newTab ? '_blank' : undefined}>
                {p.title}
              </Anchor>
              <Group gap={6} mt={2}>
                {p.status === 'RESOLVED' && (
                  <Badge color="teal" variant="light" size="sm" leftSection={<IconCircleCheck size={12} aria-hidden="true" />}>
                    {t('similar.resolved')}
                  </Badge>
                )}
                <Text size="xs" c="dimmed">
                  {t(p.kind === 'IDEA' ? 'idea.commentCount' : 'search.answers', { count: p.answerCount })}
                </Text>
              </Group>
            </div>
          </Group>
        </li>
      ))}
    </Stack>
  );
}
