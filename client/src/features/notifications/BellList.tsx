import { useQuery } from '@apollo/client/react';
import { Box, Button, Center, Divider, Group, Loader, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconBellOff, IconChecks, IconInbox, IconRefresh } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { NotificationsDocument } from '../../gql/graphql';
import { useT } from '../../i18n';
import { BELL_LIMIT } from './grouping';
import { NotificationContent } from './NotificationContent';
import classes from './notifications.module.css';
import { useMarkNotificationsRead } from './useMarkNotificationsRead';

/** The bell's panel (its own chunk, loaded at the first opening): mounted only while open, so each opening reads the latest. */
export function BellList({ count, headingId, onClose }: { count: number; headingId: string; onClose: () => void }) {
  const t = useT();
  const { markRead, markAllRead, loading: marking } = useMarkNotificationsRead();
  const { data, error, refetch } = useQuery(NotificationsDocument, {
    variables: { first: BELL_LIMIT },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  // A notification that arrives while the list is open shows up in it.
  const seen = useRef(count);
  useEffect(() => {
    if (count > seen.current) void refetch().catch(() => undefined);
    seen.current = count;
  }, [count, refetch]);

  const items = data?.notifications.edges.map((e) => e.node) ?? [];

  let body;
  if (!data && error) {
    body = (
      <Stack gap="xs" align="center" p="md" role="alert">
        <Text size="sm" c="red.9" ta="center">
          {t('notifications.loadError')}
        </Text>
        <Button size="xs" variant="default" leftSection={<IconRefresh size={14} aria-hidden="true" />} onClick={() => void refetch().catch(() => undefined)}>
          {t('error.retry')}
        </Button>
      </Stack>
    );
  } else if (!data) {
    body = (
      <Center p="lg" role="status">
        <Group gap="xs">
          <Loader size="sm" aria-hidden="true" />
          <Text size="sm" c="dimmed">
            {t('common.loading')}
          </Text>
        </Group>
      </Center>
    );
  } else if (items.length === 0) {
    body = (
      <Stack gap={6} align="center" p="lg">
        <IconBellOff size={28} color="var(--mantine-color-gray-6)" aria-hidden="true" />
        <Text size="sm" c="dimmed">
          {t('notifications.empty')}
        </Text>
      </Stack>
    );
  } else {
    body = (
      <Box component="ul" className="plain-list" mah="min(60vh, 480px)" style={{ overflowY: 'auto' }} aria-labelledby={headingId}>
        {items.map((n, i) => (
          <li key={n.id} style={i > 0 ? { borderTop: '1px solid var(--mantine-color-gray-2)' } : undefined}>
            <UnstyledButton
              component={Link}
              to={n.link}
              className={classes.row}
              onClick={() => {
                if (!n.readAt) void markRead([n.id]);
                onClose();
              }}
              display="block"
              px="sm"
              py={10}
              bg={n.readAt ? undefined : 'banso.0'}
              data-unread={n.readAt ? undefined : 'true'}
            >
              <NotificationContent notification={n} lineClamp={3} />
            </UnstyledButton>
          </li>
        ))}
      </Box>
    );
  }

  return (
    <>
      <Group justify="space-between" px="sm" py={8} wrap="nowrap">
        <Text fw={700} size="sm" id={headingId} component="h2" m={0}>
          {t('notifications.title')}
        </Text>
        {count > 0 && (
          <Text size="xs" c="dimmed">
            {t('notifications.unreadSummary', { n: count })}
          </Text>
        )}
      </Group>
      <Divider />
      {body}
      <Divider />
      <Group justify="space-between" gap="xs" px="xs" py={6} wrap="nowrap">
        <Button
          variant="subtle"
          size="compact-sm"
          c={count === 0 ? undefined : 'gray.8'}
          color="gray"
          disabled={count === 0}
          loading={marking}
          onClick={() => void markAllRead()}
          leftSection={<IconChecks size={16} aria-hidden="true" />}
        >
          {t('notifications.markAllRead')}
        </Button>
        <Button
          component={Link}
          to="/notifications"
          variant="subtle"
          size="compact-sm"
          onClick={onClose}
          leftSection={<IconInbox size={16} aria-hidden="true" />}
        >
          {t('notifications.viewAll')}
        </Button>
      </Group>
    </>
  );
}
