import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Button, Center, Paper, Stack, Text } from '@mantine/core';
import { IconAward, IconFilterOff, IconPencilPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { FeedPostsDocument } from '../../gql/graphql';
import { useT } from '../../i18n';
import { preloadedPolicy } from '../../lib/preload';
import { useProgressiveList } from '../common/Deferred';
import { EmptyState, ErrorState } from '../common/States';
import { FEED_PAGE_SIZE } from './feedFilter';
import { PostCard } from './PostCard';
import { PostCardSkeleton } from './PostCardSkeleton';
import { PostRow } from './PostRow';
import type { FeedDensity, PostFilter } from '../../gql/graphql';

export const PAGE_SIZE = FEED_PAGE_SIZE;

interface FeedListProps {
  filter: PostFilter;
  /** CARDS (default) or the compact list. */
  density?: FeedDensity;
  /**
   * What the person filtered by, in words (「#窓口」「事例」), when anything is filtered: an
   * empty result then says so and offers to clear it, instead of 「まだ投稿がありません」.
   */
  filterSummary?: string | null;
  onClearFilters?: () => void;
}

export function FeedList({ filter, density = 'CARDS', filterSummary, onClearFilters }: FeedListProps) {
  const t = useT();
  const [loadingMore, setLoadingMore] = useState(false);
  // Read once: right after main.tsx preloaded this query, from the cache; otherwise cache and network.
  const [firstPolicy] = useState(() => preloadedPolicy(`feed:${JSON.stringify(filter)}`, 'cache-and-network'));
  const { data, error, networkStatus, refetch, fetchMore } = useQuery(FeedPostsDocument, {
    variables: { first: PAGE_SIZE, filter },
    fetchPolicy: firstPolicy,
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });

  const connection = data?.posts;
  // The first posts at once, the rest of the page in a transition just after (no long task).
  const edges = useProgressiveList(connection?.edges ?? [], 6);
  const initialLoading = !connection && (networkStatus === NetworkStatus.loading || networkStatus === NetworkStatus.setVariables);

  if (initialLoading) {
    return (
      <Stack gap="md" role="status" aria-label={t('common.loading')}>
        <PostCardSkeleton />
        <PostCardSkeleton />
        <PostCardSkeleton />
      </Stack>
    );
  }
  if (error && !connection) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!connection) return null;

  if (connection.edges.length === 0) {
    if (filter.featured && !filterSummary) {
      return <EmptyState title={t('practices.featuredEmpty')} description={t('practices.featuredEmptyHint')} icon={<IconAward size={30} />} />;
    }
    if (filterSummary) {
      return (
        <EmptyState
          title={t('feed.filteredEmpty', { filter: filterSummary })}
          description={t('feed.filteredEmptyHint')}
          icon={<IconFilterOff size={30} />}
          action={
            onClearFilters && (
              <Button variant="default" onClick={onClearFilters} leftSection={<IconFilterOff size={18} aria-hidden="true" />} mt="xs">
                {t('feed.clearFilters')}
              </Button>
            )
          }
        />
      );
    }
    return (
      <EmptyState
        title={t('home.empty')}
        description={t('home.emptyHint')}
        action={
          <Button component={Link} to="/new/question" leftSection={<IconPencilPlus size={18} aria-hidden="true" />} mt="xs">
            {t('ask.question')}
          </Button>
        }
      />
    );
  }

  const onLoadMore = async () => {
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('home.count', { count: connection.totalCount })}
      </Text>
      {density === 'COMPACT' ? (
        <Paper withBorder radius="md" style={{ overflow: 'hidden' }}>
          <ul className="plain-list" data-testid="feed-compact">
            {edges.map((edge) => (
              <li key={edge.node.id}>
                <PostRow post={edge.node} />
              </li>
            ))}
          </ul>
        </Paper>
      ) : (
        <Stack gap="md" component="ul" className="plain-list">
          {edges.map((edge) => (
            <li key={edge.node.id}>
              <PostCard post={edge.node} />
            </li>
          ))}
        </Stack>
      )}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {connection.pageInfo.hasNextPage && (
        <Center>
          <Button variant="default" onClick={() => void onLoadMore()} loading={loadingMore} size="md" miw={200}>
            {t('home.loadMore')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}
