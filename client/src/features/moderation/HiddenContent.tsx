import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { IconEye, IconEyeOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n';
import { useCan } from '../auth/permissions';
import { useViewer } from '../auth/ViewerContext';
import { labelTargetType, useIdeaThread } from '../post/ideaThread';
import { VisibilityDialog } from './VisibilityDialog';
import type { TargetType } from './moderationModel';

/**
 * Does this viewer get the placeholder instead of the content? The server sends hidden content
 * (with its reason) only to its author and the moderators; everyone else gets an empty body.
 */
export function useWithheld(item: { hidden: boolean }, own: boolean): boolean {
  const canModerate = useCan('moderation.resolve');
  return item.hidden && !own && !canModerate;
}

interface Authored {
  hidden: boolean;
  author?: { id: string } | null;
}

/**
 * For a list (comments): `reads(item)` — does the viewer get the content (not the placeholder)?
 * `reads.own(item)` — did the viewer write it? (An anonymous asker sees their own name.)
 */
export function useViewerReads(): ((item: Authored) => boolean) & { own: (item: Authored) => boolean } {
  const viewer = useViewer();
  const canModerate = useCan('moderation.resolve');
  const own = (item: Authored) => !!viewer && item.author?.id === viewer.id;
  return Object.assign((item: Authored) => !item.hidden || canModerate || own(item), { own });
}

/** What everyone but the author and the moderators sees of hidden content. */
export function HiddenPlaceholder({ targetType, compact = false, id }: { targetType: TargetType; compact?: boolean; id?: string }) {
  const t = useT();
  const label = labelTargetType(targetType, useIdeaThread());
  const body = (
    <Group gap="xs" wrap="nowrap" align="flex-start" c="gray.8">
      <IconEyeOff size={compact ? 16 : 20} aria-hidden="true" style={{ flexShrink: 0, marginTop: 2 }} />
      <div>
        <Text size="sm" fw={600}>
          {t(`hidden.placeholder.${label}`)}
        </Text>
        {!compact && (
          <Text size="xs" c="gray.7">
            {t('hidden.placeholderHint')}
          </Text>
        )}
      </div>
    </Group>
  );
  if (compact) return <div data-hidden-placeholder={targetType}>{body}</div>;
  return (
    <Paper withBorder p="md" bg="gray.0" style={{ border: '1px dashed var(--mantine-color-gray-5)' }} data-hidden-placeholder={targetType} role="note" id={id}>
      {body}
    </Paper>
  );
}

/**
 * The banner above hidden content for those who still see it: 「非表示になっています」 with the
 * reason; moderators can restore it from here.
 */
export function HiddenBanner({
  targetType,
  targetId,
  postId,
  reason,
  own,
  compact = false,
}: {
  targetType: TargetType;
  targetId: string;
  postId: string | null;
  reason: string | null;
  own: boolean;
  compact?: boolean;
}) {
  const t = useT();
  const label = labelTargetType(targetType, useIdeaThread());
  const canModerate = useCan('moderation.resolve');
  const [restoring, setRestoring] = useState(false);
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconEyeOff size={compact ? 16 : 18} aria-hidden="true" />}
      title={t(`hidden.banner.${label}`)}
      p={compact ? 'xs' : 'sm'}
      data-hidden-banner={targetType}
    >
      <Stack gap={6}>
        {reason && (
          <Text size="sm" fw={600} c="gray.9" style={{ whiteSpace: 'pre-wrap' }}>
            {t('hidden.reason', { reason })}
          </Text>
        )}
        <Text size="xs" c="gray.8">
          {t(own ? 'hidden.forAuthor' : 'hidden.forModerator')}
        </Text>
        {canModerate && (
          <Group>
            <Button
              size="compact-xs"
              variant="white"
              color="orange.9"
              leftSection={<IconEye size={14} aria-hidden="true" />}
              onClick={() => setRestoring(true)}
            >
              {t('mod.restore')}
            </Button>
          </Group>
        )}
      </Stack>
      {canModerate && (
        <VisibilityDialog mode="restore" opened={restoring} onClose={() => setRestoring(false)} targetType={targetType} targetId={targetId} postId={postId} />
      )}
    </Alert>
  );
}
