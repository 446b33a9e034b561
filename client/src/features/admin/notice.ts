import { notifications, type NotificationData } from '@mantine/notifications';
import type { TFunction } from '../../i18n';

/** A Mantine notification whose close button has an accessible name (「閉じる」). */
export function showNotice(t: TFunction, data: NotificationData) {
  return notifications.show({ ...data, closeButtonProps: { 'aria-label': t('common.close'), ...data.closeButtonProps } });
}
