import { Box, Group, Stack, Text } from '@mantine/core';
import { useT } from '../../i18n';
import { RelativeTime } from '../common/RelativeTime';
import { KindIcon, kindStyle } from './kinds';
import type { NotificationFieldsFragment } from '../../gql/graphql';

/** The unread mark: a dot for the eye, 「未読」 for a screen reader. */
export function UnreadDot() {
  const t = useT();
  return (
    <Box
      component="span"
      style={{ width: 10, height: 10, borderRadius: 999, background: 'var(--mantine-color-banso-8)', flexShrink: 0, display: 'inline-block' }}
      title={t('notifications.unread')}
    >
      <span className="visually-hidden">{t('notifications.unread')}</span>
    </Box>
  );
}

/**
 * One notification: its kind's icon, the server's text (bold while unread) and when, in JST.
 * Used by the bell's list and the inbox page.
 */
export function NotificationContent({ notification, lineClamp }: { notification: NotificationFieldsFragment; lineClamp?: number }) {
  const t = useT();
  const unread = !notification.readAt;
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start" w="100%">
      <KindIcon kind={notification.kind} />
      <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
        <Text size="sm" fw={unread ? 700 : 400} c={unread ? 'gray.9' : 'gray.8'} lineClamp={lineClamp} style={{ overflowWrap: 'anywhere' }}>
          {notification.message}
        </Text>
        <Text size="xs" c="dimmed">
          {t(kindStyle(notification.kind, notification.postKind).label)} · <RelativeTime value={notification.createdAt} />
        </Text>
      </Stack>
      {unread && (
        <Box pt={6}>
          <UnreadDot />
        </Box>
      )}
    </Group>
  );
}
