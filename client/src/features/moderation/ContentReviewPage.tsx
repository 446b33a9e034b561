import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Center, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAward, IconChecklist, IconChecks } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ContentReviewQueueDocument, type ReviewPostFieldsFragment } from '../../gql/graphql';
import { useLocale, useT } from '../../i18n';
import { formatDate } from '../../lib/dates';
import { PermissionGate } from '../admin/PermissionGate';
import { KindBadge, StatusBadge } from '../common/Badges';
import { EmptyState, ErrorState } from '../common/States';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { TagLinks } from '../feed/PostCard';
import { ReviewActions, ReviewDueReasons } from './ContentReview';

export const REVIEW_PAGE_SIZE = 20;

function ReviewItem({ post, months }: { post: ReviewPostFieldsFragment; months: number | null }) {
  const t = useT();
  const { locale } = useLocale();
  const titleId = `review-${post.id}-title`;
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md" component="article" aria-labelledby={titleId} data-review-post={post.id}>
      <Stack gap="xs">
        <Group gap={6} wrap="wrap">
          <KindBadge kind={post.kind} size="sm" />
          <StatusBadge status={post.status} size="sm" />
          {post.acceptedAnswer && (
            <Badge color="green" variant="light" size="sm" leftSection={<IconAward size={12} aria-hidden="true" />}>
              {t('reviewQueue.acceptedAnswer')}
            </Badge>
          )}
        </Group>
        <Title order={2} size="h4" lh={1.45} id={titleId}>
          <Anchor component={Link} to={`/posts/${post.id}`} c="gray.9" style={{ overflowWrap: 'anywhere' }}>
            {post.title}
          </Anchor>
        </Title>
        <Text size="xs" c="dimmed">
          {[
            post.anonymous ? t('post.anonymous') : post.author?.displayName,
            post.department?.name,
            t('reviewQueue.postedOn', { date: formatDate(post.createdAt, locale) }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        {post.excerpt && (
          <Text size="sm" c="gray.8" lineClamp={2}>
            {post.excerpt}
          </Text>
        )}
        <TagLinks tags={post.tags} />
        {post.reviewDue && <ReviewDueReasons due={post.reviewDue} months={months} />}
        <Group justify="flex-end" pt={4} style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
          <ReviewActions postId={post.id} label={post.title} />
        </Group>
      </Stack>
    </Paper>
  );
}

function ReviewQueue() {
  const t = useT();
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, error, networkStatus, refetch, fetchMore } = useQuery(ContentReviewQueueDocument, {
    variables: { first: REVIEW_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.contentReviewQueue;
  const months = data?.contentReviewMonths ?? null;
  // A post reviewed here has no reviewDue any more (the mutation's answer updates the cache): it leaves the list at once.
  const posts = (connection?.edges ?? []).map((e) => e.node).filter((p) => p.reviewDue && !p.outdated);
  const done = (connection?.edges.length ?? 0) - posts.length;
  const remaining = connection ? Math.max(0, connection.totalCount - done) : null;

  const loadMore = async () => {
    if (!connection) return;
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (prev, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          contentReviewQueue: {
            ...fetchMoreResult.contentReviewQueue,
            edges: [...prev.contentReviewQueue.edges, ...fetchMoreResult.contentReviewQueue.edges],
          },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  let body;
  if (!connection && !error && networkStatus !== NetworkStatus.error) {
    body = (
      <Stack gap="md" role="status" aria-label={t('common.loading')}>
        {[0, 1, 2].map((i) => (
          <Skeleton key={i} h={170} radius="md" />
        ))}
      </Stack>
    );
  } else if (error && !connection) {
    body = <ErrorState error={error} onRetry={() => void refetch()} />;
  } else if (posts.length === 0 && !connection?.pageInfo.hasNextPage) {
    body = <EmptyState title={t('reviewQueue.empty')} description={t('reviewQueue.emptyHint')} icon={<IconChecks size={30} />} />;
  } else {
    body = (
      <Stack gap="md">
        <Stack gap="md" component="ul" className="plain-list" aria-label={t('reviewQueue.list')}>
          {posts.map((p) => (
            <li key={p.id}>
              <ReviewItem post={p} months={months} />
            </li>
          ))}
        </Stack>
        {error && <ErrorState error={error} onRetry={() => void refetch()} />}
        {connection?.pageInfo.hasNextPage && (
          <Center>
            <Button variant="default" onClick={() => void loadMore()} loading={loadingMore} miw={200}>
              {t('reviewQueue.loadMore')}
            </Button>
          </Center>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={960} mx="auto">
      <div>
        <Group gap="sm" align="center">
          <IconChecklist size={26} aria-hidden="true" color="var(--mantine-color-banso-8)" />
          <Title order={1} size="h2">
            {t('reviewQueue.title')}
          </Title>
          {remaining !== null && (
            <Badge color={remaining > 0 ? 'orange' : 'gray'} variant="light" size="lg" aria-live="polite">
              {t('reviewQueue.count', { n: remaining })}
            </Badge>
          )}
        </Group>
        {months !== null && (
          <Text c="dimmed" mt={4}>
            {t('reviewQueue.lead', { months })}
          </Text>
        )}
      </div>
      {body}
    </Stack>
  );
}

/** /dx/review — content that is due for review (practices.curate: the DX office). */
export function ContentReviewPage() {
  const t = useT();
  useDocumentTitle(t('reviewQueue.title'));
  return (
    <PermissionGate anyOf={['practices.curate']} title={t('reviewQueue.title')} message={t('reviewQueue.denied')}>
      <ReviewQueue />
    </PermissionGate>
  );
}
