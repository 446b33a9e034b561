import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconBulb, IconHeartHandshake, IconMessageCircle, IconSparkles } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { useT } from '../../i18n';
import { BookmarkButton } from '../bookmarks/BookmarkButton';
import { KindBadge, StatusBadge } from '../common/Badges';
import { FormerStaffBadge } from '../common/FormerStaffBadge';
import { RelativeTime } from '../common/RelativeTime';
import { Tip } from '../common/Tip';
import { UserAvatar } from '../common/UserAvatar';
import { IdeaStatusBadge } from '../ideas/IdeaStatusBadge';
import { FeaturedBadge } from '../practices/FeaturedBadge';
import { tagPath } from '../tags/tagPath';
import type { PostCardFieldsFragment } from '../../gql/graphql';

export function TagLinks({ tags, size = 'sm' }: { tags: readonly { id: string; name: string }[]; size?: 'sm' | 'md' }) {
  const t = useT();
  if (tags.length === 0) return null;
  return (
    <Group gap={6} component="ul" className="plain-list" aria-label={t('post.tags')}>
      {tags.map((tag) => (
        <li key={tag.id}>
          <Badge component={Link} to={tagPath(tag.name)} color="gray" variant="light" size={size} radius="sm" style={{ cursor: 'pointer' }} c="gray.8">
            #{tag.name}
          </Badge>
        </li>
      ))}
    </Group>
  );
}

function Count({ icon: Icon, label, value, color }: { icon: typeof IconSparkles; label: string; value: number; color?: string }) {
  return (
    <Tip label={label}>
      <Group gap={4} wrap="nowrap" c={value > 0 ? (color ?? 'gray.8') : 'gray.7'}>
        <Icon size={16} stroke={1.7} aria-hidden="true" />
        <Text size="sm" fw={value > 0 ? 600 : 400}>
          <span className="visually-hidden">{label} </span>
          {value}
        </Text>
      </Group>
    </Tip>
  );
}

export function PostCard({ post, headingLevel = 2 }: { post: PostCardFieldsFragment; headingLevel?: 2 | 3 }) {
  const t = useT();
  const authorName = post.author?.displayName ?? t('post.anonymous');
  return (
    <Card component="article" padding="lg" className="post-card" aria-labelledby={`post-${post.id}-title`}>
      <Stack gap="xs">
        <Group gap={6}>
          <KindBadge kind={post.kind} size="sm" />
          <StatusBadge status={post.status} size="sm" />
          {post.featured && <FeaturedBadge size="sm" />}
          {post.kind === 'IDEA' && <IdeaStatusBadge status={post.ideaStatus} size="sm" />}
          <span style={{ marginInlineStart: 'auto' }}>
            <BookmarkButton postId={post.id} bookmarked={post.bookmarked} compact />
          </span>
        </Group>
        <Title order={headingLevel} size="h4" fw={700} lh={1.45} id={`post-${post.id}-title`}>
          <Anchor component={Link} to={`/posts/${post.id}`} className="post-card-title" underline="never">
            {post.title}
          </Anchor>
        </Title>
        {post.excerpt && (
          <Text size="sm" c="gray.8" lineClamp={2}>
            {post.excerpt}
          </Text>
        )}
        <TagLinks tags={post.tags} />
        <Group justify="space-between" gap="sm" mt={4} wrap="wrap">
          <Group gap={8} wrap="nowrap">
            <UserAvatar name={post.author?.displayName} id={post.author?.id} anonymous={!post.author} size={26} />
            <Text size="sm" c="gray.8">
              {post.author ? (
                <>
                  <Anchor component={Link} to={`/users/${post.author.id}`} size="sm" c="gray.9" fw={600}>
                    {authorName}
                  </Anchor>
                  <FormerStaffBadge user={post.author} />
                </>
              ) : (
                <Text span fw={600} size="sm">
                  {authorName}
                </Text>
              )}
              {post.department && (
                <Text span size="sm" c="dimmed">
                  {' · '}
                  {post.department.name}
                </Text>
              )}
              <Text span size="sm" c="dimmed">
                {' · '}
                <RelativeTime value={post.createdAt} />
              </Text>
            </Text>
          </Group>
          <Group gap="md" wrap="nowrap">
            <Count
              icon={IconMessageCircle}
              label={t(post.kind === 'IDEA' ? 'idea.answerCount' : 'post.answerCount')}
              value={post.answerCount}
              color="banso.8"
            />
            <Count icon={IconSparkles} label={t('stamp.CHEER')} value={post.reactions.cheer} color="orange.9" />
            <Count icon={IconBulb} label={t('stamp.HELPFUL')} value={post.reactions.helpful} color="teal.9" />
            <Count icon={IconHeartHandshake} label={t('stamp.THANKS')} value={post.reactions.thanks} color="grape.9" />
          </Group>
        </Group>
      </Stack>
    </Card>
  );
}
