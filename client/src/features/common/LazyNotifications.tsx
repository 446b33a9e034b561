import { useNotifications } from '@mantine/notifications';
import { lazy, Suspense } from 'react';

// Mantine's toast container (with its transitions, ~8 KB gzip) loads with the first toast, not
// with the first screen (#13, initial load): `notifications.show()` only writes to the store,
// and the container, once there, shows what the store holds.
const Notifications = lazy(() => import('@mantine/notifications/container').then((m) => ({ default: m.Notifications })));

export function LazyNotifications() {
  const { notifications, queue } = useNotifications();
  if (notifications.length === 0 && queue.length === 0) return null;
  return (
    <Suspense fallback={null}>
      <Notifications position="bottom-center" zIndex={1000} />
    </Suspense>
  );
}
