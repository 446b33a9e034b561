import { useQuery } from '@apollo/client/react';
import { ActionIcon, Badge, Box, Button, Center, Divider, Group, Loader, Popover, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconBell, IconBellOff, IconChecks, IconInbox, IconRefresh } from '@tabler/icons-react';
import { useEffect, useId, useRef } from 'react';
import { Link } from 'react-router-dom';
import { NotificationsDocument } from '../../gql/graphql';
import { useT } from '../../i18n';
import { badgeText } from './grouping';
import { NotificationContent } from './NotificationContent';
import classes from './notifications.module.css';
import { useMarkNotificationsRead } from './useMarkNotificationsRead';
import { useUnreadNotifications } from './useUnreadNotifications';

/** How many of the latest notifications the bell lists. */
export const BELL_LIMIT = 8;

/** The popover's contents: mounted only while it is open, so each opening reads the latest. */
function BellList({ count, headingId, onClose }: { count: number; headingId: string; onClose: () => void }) {
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

/**
 * The header's bell: the unread count (「99+」 above 99) and, when opened, the latest eight
 * notifications; choosing one opens it (its answer or comment) and marks it read. A popover
 * (a dialog of links, Tab / Shift+Tab, Esc closes) rather than a menu: its rows are rich text.
 */
export function NotificationBell() {
  const t = useT();
  const headingId = useId();
  const [opened, { toggle, close }] = useDisclosure(false);
  const { count } = useUnreadNotifications();
  const text = badgeText(count);
  const label = count > 0 ? t('notifications.bellUnread', { n: count > 99 ? '99+' : count }) : t('notifications.bell');
  return (
    <Popover opened={opened} onDismiss={close} position="bottom-end" width={380} shadow="md" offset={6} trapFocus returnFocus>
      <Popover.Target>
        <ActionIcon
          variant="subtle"
          color="gray"
          c="gray.8"
          size={40}
          radius="xl"
          aria-label={label}
          onClick={toggle}
          pos="relative"
          style={{ overflow: 'visible' }}
        >
          <IconBell size={22} stroke={1.7} aria-hidden="true" />
          {text && (
            <Badge
              component="span"
              variant="filled"
              color="red.8"
              size="xs"
              radius="xl"
              pos="absolute"
              top={1}
              right={text.length > 2 ? -8 : -3}
              px={4}
              miw={18}
              h={18}
              aria-hidden="true"
              data-testid="notification-badge"
              style={{ pointerEvents: 'none', boxShadow: '0 0 0 2px var(--mantine-color-white)', fontSize: 10 }}
            >
              {text}
            </Badge>
          )}
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown p={0} maw="calc(100vw - 16px)" aria-labelledby={headingId}>
        <BellList count={count} headingId={headingId} onClose={close} />
      </Popover.Dropdown>
    </Popover>
  );
}
