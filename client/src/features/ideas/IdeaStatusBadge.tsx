import { Badge } from '@mantine/core';
import { IconBulb, IconCircleCheck, IconCircleX, IconHourglass } from '@tabler/icons-react';
import { useT } from '../../i18n';
import { IDEA_STATUS_COLOR } from './ideaStatus';
import type { IdeaStatus } from '../../gql/graphql';

const ICON = { PROPOSED: IconBulb, UNDER_REVIEW: IconHourglass, ADOPTED: IconCircleCheck, DECLINED: IconCircleX } as const;

/** An idea's status on cards and the post page: the word and an icon, never colour alone. */
export function IdeaStatusBadge({ status, size = 'md' }: { status: IdeaStatus | null | undefined; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  const t = useT();
  if (!status) return null;
  const Icon = ICON[status];
  const label = t(`idea.status.${status}`);
  return (
    <Badge
      color={IDEA_STATUS_COLOR[status]}
      variant={status === 'PROPOSED' ? 'outline' : 'light'}
      // yellow.9 on yellow.1 is only 2.7:1; a dark brown keeps 検討中 readable (WCAG AA).
      c={status === 'UNDER_REVIEW' ? '#6b4400' : `${IDEA_STATUS_COLOR[status]}.9`}
      size={size}
      leftSection={<Icon size={size === 'xs' ? 12 : 14} aria-hidden="true" />}
      aria-label={t('idea.statusLabel', { status: label })}
      data-testid="idea-status"
    >
      {label}
    </Badge>
  );
}
