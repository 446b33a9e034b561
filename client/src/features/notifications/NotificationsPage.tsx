import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { ActionIcon, Alert, Badge, Box, Button, Center, Collapse, Group, Paper, Skeleton, Stack, Tabs, Text, Title, UnstyledButton } from '@mantine/core';
import { IconBellOff, IconCheck, IconChecks, IconChevronDown, IconMoodCheck, IconRefresh } from '@tabler/icons-react';
import { useEffect, useId, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { NotificationsDocument, type NotificationFieldsFragment } from '../../gql/graphql';
import { useLocale, useT } from '../../i18n';
import { EmptyState, ErrorState } from '../common/States';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { dayLabel, groupNotifications, type NotificationGroup } from './grouping';
import { KindIcon, kindStyle } from './kinds';
import { NotificationContent } from './NotificationContent';
import classes from './notifications.module.css';
import { useMarkNotificationsRead } from './useMarkNotificationsRead';
import { useUnreadNotifications } from './useUnreadNotifications';

export const NOTIFICATIONS_PAGE_SIZE = 20;

type Tab = 'all' | 'unread';

function ListSkeleton() {
  const t = useT();
  return (
    <Stack gap="sm" role="status" aria-label={t('common.loading')}>
      {[0, 1, 2, 3].map((i) => (
        <Group key={i} gap="sm" wrap="nowrap" p="md" align="flex-start">
          <Skeleton circle h={32} w={32} />
          <Stack gap={6} style={{ flex: 1 }}>
            <Skeleton h={14} w="80%" />
            <Skeleton h={10} w="30%" />
          </Stack>
        </Group>
      ))}
    </Stack>
  );
}

/** One notification: a link to it (marking it read), and 「既読にする」 while unread. */
function NotificationRow({ notification, onOpen, onMarkRead }: { notification: NotificationFieldsFragment; onOpen: () => void; onMarkRead: () => void }) {
  const t = useT();
  const unread = !notification.readAt;
  return (
    <Group gap={4} wrap="nowrap" align="center" className="notification-row" data-unread={unread ? 'true' : undefined} bg={unread ? 'banso.0' : undefined}>
      <UnstyledButton
        component={Link}
        to={notification.link}
        onClick={onOpen}
        p="sm"
        className={classes.row}
        data-unread={unread ? 'true' : undefined}
        style={{ flex: 1, minWidth: 0, alignSelf: 'stretch' }}
      >
        <NotificationContent notification={notification} />
      </UnstyledButton>
      <Box w={44} style={{ flexShrink: 0 }}>
        {unread && (
          <ActionIcon
            variant="subtle"
            color="gray"
            c="gray.8"
            size={36}
            onClick={onMarkRead}
            aria-label={t('notifications.markReadOf', { message: notification.message })}
            title={t('notifications.markRead')}
          >
            <IconCheck size={18} aria-hidden="true" />
          </ActionIcon>
        )}
      </Box>
    </Group>
  );
}

/** Several notifications of one kind on one post: 「3件の回答」, expandable to the list. */
function GroupRow({ group, onOpen, onMarkRead }: { group: NotificationGroup; onOpen: (ids: string[]) => void; onMarkRead: (ids: string[]) => void }) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const newest = group.items[0];
  const unreadIds = group.items.filter((n) => !n.readAt).map((n) => n.id);
  const summary = t(kindStyle(group.kind, newest.postKind).group, { n: group.items.length });
  return (
    <div>
      <Group gap={4} wrap="nowrap" align="center" bg={unreadIds.length ? 'banso.0' : undefined} data-unread={unreadIds.length ? 'true' : undefined}>
        <UnstyledButton
          onClick={() => setOpen((o) => !o)}
          aria-expanded={open}
          aria-controls={`${id}-items`}
          p="sm"
          className={classes.row}
          data-unread={unreadIds.length ? 'true' : undefined}
          style={{ flex: 1, minWidth: 0, alignSelf: 'stretch' }}
        >
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <KindIcon kind={group.kind} />
            <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
              <Group gap={6} wrap="wrap">
                <Text size="sm" fw={700} c="gray.9">
                  {summary}
                </Text>
                {unreadIds.length > 0 && (
                  <Badge size="sm" color="banso" variant="light">
                    {t('notifications.groupUnread', { n: unreadIds.length })}
                  </Badge>
                )}
              </Group>
              <Text size="sm" c="gray.8" lineClamp={2}>
                {newest.message}
              </Text>
              <Text size="xs" c="banso.8" fw={600}>
                {open ? t('notifications.groupHide') : t('notifications.groupShow', { n: group.items.length })}
              </Text>
            </Stack>
            <IconChevronDown
              size={18}
              aria-hidden="true"
              style={{ transform: open ? 'rotate(180deg)' : undefined, transition: 'transform 150ms ease', marginTop: 6, flexShrink: 0 }}
            />
          </Group>
        </UnstyledButton>
        <Box w={44} style={{ flexShrink: 0 }}>
          {unreadIds.length > 0 && (
            <ActionIcon
              variant="subtle"
              color="gray"
              c="gray.8"
              size={36}
              onClick={() => onMarkRead(unreadIds)}
              aria-label={t('notifications.markReadOf', { message: summary })}
              title={t('notifications.markRead')}
            >
              <IconCheck size={18} aria-hidden="true" />
            </ActionIcon>
          )}
        </Box>
      </Group>
      <Collapse expanded={open} id={`${id}-items`}>
        <Stack component="ul" className="plain-list" gap={0} pl={{ base: 'md', sm: 44 }} aria-label={summary}>
          {group.items.map((n) => (
            <li key={n.id} style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
              <NotificationRow notification={n} onOpen={() => onOpen(n.readAt ? [] : [n.id])} onMarkRead={() => onMarkRead([n.id])} />
            </li>
          ))}
        </Stack>
      </Collapse>
    </div>
  );
}

/** One tab's list: grouped by JST day, adjacent notifications on one post folded; 「もっと見る」 pages on. */
function NotificationList({ tab }: { tab: Tab }) {
  const t = useT();
  const { locale } = useLocale();
  const { count } = useUnreadNotifications();
  const { markRead } = useMarkNotificationsRead();
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, error, networkStatus, refetch, fetchMore } = useQuery(NotificationsDocument, {
    variables: { first: NOTIFICATIONS_PAGE_SIZE, unreadOnly: tab === 'unread' },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.notifications;
  const items = useMemo(() => connection?.edges.map((e) => e.node) ?? [], [connection]);
  const days = useMemo(() => groupNotifications(items), [items]);

  // New notifications (seen by the polling count) are offered, not pushed into the list under the reader's eyes.
  const [baseline, setBaseline] = useState<number | null>(null);
  useEffect(() => {
    if (connection) setBaseline(connection.unreadCount);
  }, [connection]);
  const newArrived = baseline !== null && count > baseline && networkStatus === NetworkStatus.ready;

  if (!connection && !error) return <ListSkeleton />;
  if (error && !connection) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!connection) return null;

  const loadMore = async () => {
    setLoadingMore(true);
    try {
      await fetchMore({
        variables: { after: connection.pageInfo.endCursor },
        updateQuery: (prev, { fetchMoreResult }) => ({
          notifications: { ...fetchMoreResult.notifications, edges: [...prev.notifications.edges, ...fetchMoreResult.notifications.edges] },
        }),
      });
    } catch {
      // the list stays; the button can be pressed again
    } finally {
      setLoadingMore(false);
    }
  };

  const banner = newArrived && (
    <Alert color="banso" variant="light" p="xs" role="status">
      <Group justify="space-between" gap="xs">
        <Text size="sm">{t('notifications.newArrived')}</Text>
        <Button size="xs" variant="white" leftSection={<IconRefresh size={14} aria-hidden="true" />} onClick={() => void refetch().catch(() => undefined)}>
          {t('notifications.showNew')}
        </Button>
      </Group>
    </Alert>
  );

  if (items.length === 0) {
    return (
      <Stack gap="md">
        {banner}
        {tab === 'unread' ? (
          <EmptyState title={t('notifications.emptyUnread')} description={t('notifications.emptyUnreadHint')} icon={<IconMoodCheck size={30} />} />
        ) : (
          <EmptyState title={t('notifications.empty')} description={t('notifications.emptyHint')} icon={<IconBellOff size={30} />} />
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      {banner}
      {days.map((day) => {
        const label = dayLabel(day.day, t, locale);
        return (
          <Stack key={day.day} gap={6} component="section" aria-label={t('notifications.dayList', { day: label })}>
            <Title order={2} size="h5" c="gray.8">
              {label}
            </Title>
            <Paper withBorder p={0} style={{ overflow: 'hidden' }}>
              <Stack component="ul" className="plain-list" gap={0}>
                {day.groups.map((group, i) => (
                  <li key={group.key} style={i > 0 ? { borderTop: '1px solid var(--mantine-color-gray-2)' } : undefined}>
                    {group.items.length === 1 ? (
                      <NotificationRow
                        notification={group.items[0]}
                        onOpen={() => {
                          if (!group.items[0].readAt) void markRead([group.items[0].id]);
                        }}
                        onMarkRead={() => void markRead([group.items[0].id])}
                      />
                    ) : (
                      <GroupRow group={group} onOpen={(ids) => void markRead(ids)} onMarkRead={(ids) => void markRead(ids)} />
                    )}
                  </li>
                ))}
              </Stack>
            </Paper>
          </Stack>
        );
      })}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {connection.pageInfo.hasNextPage && (
        <Center>
          <Button variant="default" onClick={() => void loadMore()} loading={loadingMore} miw={200}>
            {t('notifications.loadMore')}
          </Button>
        </Center>
      )}
    </Stack>
  );
}

/** /notifications: すべて / 未読, grouped by day, mark one or all read. */
export function NotificationsPage() {
  const t = useT();
  useDocumentTitle(t('notifications.title'));
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get('filter') === 'unread' ? 'unread' : 'all';
  const { count } = useUnreadNotifications();
  const { markAllRead, loading } = useMarkNotificationsRead();

  const onMarkAll = async () => {
    await markAllRead();
  };

  return (
    <Stack gap="md" maw={760} mx="auto">
      <div>
        <Group justify="space-between" align="center" wrap="wrap" gap="sm">
          <Title order={1} size="h2">
            {t('notifications.title')}
          </Title>
          <Button
            variant="default"
            leftSection={<IconChecks size={18} aria-hidden="true" />}
            onClick={() => void onMarkAll()}
            disabled={count === 0}
            loading={loading}
          >
            {t('notifications.markAllRead')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed" mt={4}>
          {t('notifications.lead')}
        </Text>
      </div>
      <Tabs value={tab} onChange={(v) => setParams(v === 'unread' ? { filter: 'unread' } : {}, { replace: true })} keepMounted={false} activateTabWithKeyboard>
        <Tabs.List aria-label={t('notifications.tabs')} mb="md">
          <Tabs.Tab value="all">{t('notifications.tabAll')}</Tabs.Tab>
          <Tabs.Tab
            value="unread"
            rightSection={
              count > 0 ? (
                <Badge size="sm" variant="filled" color="red.8" radius="xl" aria-hidden="true">
                  {count > 99 ? '99+' : count}
                </Badge>
              ) : undefined
            }
            aria-label={count > 0 ? `${t('notifications.tabUnread')}（${t('notifications.unreadSummary', { n: count })}）` : undefined}
          >
            {t('notifications.tabUnread')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="all">
          <NotificationList tab="all" />
        </Tabs.Panel>
        <Tabs.Panel value="unread">
          <NotificationList tab="unread" />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
