import { ActionIcon, Badge, Center, Loader } from '@mantine/core';
import { IconBell } from '@tabler/icons-react';
import { lazy, Suspense, useId } from 'react';
import { loadMessages, useT } from '../../i18n';
import { DropdownDialog } from '../common/Dropdown';
import { badgeText } from './grouping';
import { useUnreadNotifications } from './useUnreadNotifications';

export { BELL_LIMIT } from './grouping';

// The list loads when the bell is first opened (#13, initial load: the first screen shows the count only).
const BellList = lazy(() => Promise.all([import('./BellList'), loadMessages()]).then(([m]) => ({ default: m.BellList })));

/**
 * The header's bell: the unread count (「99+」 above 99) and, when opened, the latest eight
 * notifications; choosing one opens it (its answer or comment) and marks it read. A dialog of
 * links (Tab / Shift+Tab cycle, Esc closes) rather than a menu: its rows are rich text.
 */
export function NotificationBell() {
  const t = useT();
  const headingId = useId();
  const { count } = useUnreadNotifications();
  const text = badgeText(count);
  const label = count > 0 ? t('notifications.bellUnread', { n: count > 99 ? '99+' : count }) : t('notifications.bell');
  return (
    <DropdownDialog
      width={380}
      labelledBy={headingId}
      trigger={(props) => (
        <ActionIcon {...props} variant="subtle" color="gray" c="gray.8" size={40} radius="xl" aria-label={label} pos="relative" style={{ overflow: 'visible' }}>
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
      )}
    >
      {(close) => (
        <Suspense
          fallback={
            <Center p="lg" role="status" aria-label={t('common.loading')}>
              <Loader size="sm" aria-hidden="true" />
            </Center>
          }
        >
          <BellList count={count} headingId={headingId} onClose={close} />
        </Suspense>
      )}
    </DropdownDialog>
  );
}
