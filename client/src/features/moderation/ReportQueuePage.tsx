import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { Badge, Button, Center, Group, Skeleton, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconChecks, IconEyeOff, IconFlag, IconInbox } from '@tabler/icons-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { ModerationCountsDocument, ReportsDocument, type ReportStatus } from '../../gql/graphql';
import { useT } from '../../i18n';
import { PermissionGate } from '../admin/PermissionGate';
import { EmptyState, ErrorState } from '../common/States';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { ReportQueueItem } from './ReportQueueItem';

export const REPORTS_PAGE_SIZE = 20;

function QueueSkeleton() {
  const t = useT();
  return (
    <Stack gap="md" role="status" aria-label={t('common.loading')}>
      {[0, 1, 2].map((i) => (
        <Skeleton key={i} h={180} radius="md" />
      ))}
    </Stack>
  );
}

/** One tab's reports: open oldest first, resolved newest first; 「もっと見る」 pages on. */
export function ReportList({ status }: { status: ReportStatus }) {
  const t = useT();
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, error, networkStatus, refetch, fetchMore } = useQuery(ReportsDocument, {
    variables: { status, first: REPORTS_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.reports;
  if (!connection && networkStatus !== NetworkStatus.error && !error) return <QueueSkeleton />;
  if (error && !connection) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!connection) return null;
  // A report resolved on this page leaves the open list at once (the refetch follows).
  const reports = connection.edges.map((e) => e.node).filter((r) => r.status === status);

  if (reports.length === 0) {
    return status === 'OPEN' ? (
      <EmptyState title={t('reports.emptyOpen')} description={t('reports.emptyOpenHint')} icon={<IconChecks size={30} />} />
    ) : (
      <EmptyState title={t('reports.emptyResolved')} description={t('reports.emptyResolvedHint')} icon={<IconInbox size={30} />} />
    );
  }

  const loadMore = async () => {
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (prev, { fetchMoreResult }) => ({
          reports: { ...fetchMoreResult.reports, edges: [...prev.reports.edges, ...fetchMoreResult.reports.edges] },
        }),
      });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="md">
      <Stack gap="md" component="ul" className="plain-list" aria-label={t('reports.list')}>
        {reports.map((r) => (
          <li key={r.id}>
            <ReportQueueItem report={r} />
          </li>
        ))}
      </Stack>
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {connection.pageInfo.hasNextPage && (
        <Center>
          <Button variant="default" onClick={() => void loadMore()} loading={loadingMore} miw={200}>
            {t('reports.loadMore')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}

function ReportQueue() {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const status: ReportStatus = params.get('status') === 'resolved' ? 'RESOLVED' : 'OPEN';
  const { data: counts } = useQuery(ModerationCountsDocument, { fetchPolicy: 'cache-and-network', errorPolicy: 'ignore' });
  const open = counts?.moderationCounts.openReports;
  const hidden = counts?.moderationCounts.hiddenContent;
  return (
    <Stack gap="lg" maw={960} mx="auto">
      <div>
        <Group gap="sm" align="center">
          <IconFlag size={26} aria-hidden="true" color="var(--mantine-color-red-8)" />
          <Title order={1} size="h2">
            {t('reports.title')}
          </Title>
        </Group>
        <Text c="dimmed" mt={4}>
          {t('reports.lead')}
        </Text>
        {hidden !== undefined && hidden > 0 && (
          <Group gap={6} mt="xs" c="gray.8">
            <IconEyeOff size={16} aria-hidden="true" />
            <Text size="sm">{t('reports.hiddenCount', { n: hidden })}</Text>
          </Group>
        )}
      </div>
      <Tabs
        value={status}
        onChange={(v) => {
          const next = new URLSearchParams(params);
          if (v === 'RESOLVED') next.set('status', 'resolved');
          else next.delete('status');
          setParams(next, { replace: true });
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('reports.tabs')} mb="md">
          <Tabs.Tab
            value="OPEN"
            rightSection={
              open ? (
                <Badge color="red" size="sm" circle={open < 10}>
                  {open}
                </Badge>
              ) : undefined
            }
          >
            {t('reports.open')}
          </Tabs.Tab>
          <Tabs.Tab value="RESOLVED">{t('reports.resolved')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="OPEN">
          <ReportList status="OPEN" />
        </Tabs.Panel>
        <Tabs.Panel value="RESOLVED">
          <ReportList status="RESOLVED" />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

/** /dx/reports — the report queue (moderation.resolve: DX office, admins). */
export function ReportQueuePage() {
  const t = useT();
  useDocumentTitle(t('reports.title'));
  return (
    <PermissionGate anyOf={['moderation.resolve']} title={t('reports.title')} message={t('reports.denied')}>
      <ReportQueue />
    </PermissionGate>
  );
}
