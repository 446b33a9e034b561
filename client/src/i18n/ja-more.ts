import { jaAdmin } from './ja-admin';
import { jaGuard } from './ja-guard';
import { jaHistory } from './ja-history';
import { jaModeration } from './ja-moderation';
import { jaNotificationSettings } from './ja-notification-settings';
import { jaPages } from './ja-pages';
import { jaPractices } from './ja-practices';
import { jaShare } from './ja-share';
import { jaStats } from './ja-stats';
import { jaUploads } from './ja-uploads';
import { jaWebhooks } from './ja-webhooks';

/**
 * The Japanese of everything but the shell and the feed: its own chunk, loaded alongside the page
 * that needs it (App.tsx `page()`, i18n `loadMessages`), so the first screen does not carry it.
 */
export const jaMore = {
  ...jaPages,
  ...jaAdmin,
  ...jaGuard,
  ...jaHistory,
  ...jaModeration,
  ...jaNotificationSettings,
  ...jaPractices,
  ...jaShare,
  ...jaStats,
  ...jaUploads,
  ...jaWebhooks,
} as const;
