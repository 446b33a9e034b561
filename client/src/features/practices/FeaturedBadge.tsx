import { Badge, Tooltip } from '@mantine/core';
import { IconAward } from '@tabler/icons-react';
import { useT } from '../../i18n';

/** 「優良事例」: a post the DX office picked (feed cards, the post page, collections). */
export function FeaturedBadge({ size = 'md', note }: { size?: 'sm' | 'md' | 'lg'; note?: string | null }) {
  const t = useT();
  const badge = (
    <Badge color="orange" size={size} leftSection={<IconAward size={14} aria-hidden="true" />}>
      {t('practices.featured')}
    </Badge>
  );
  if (!note) return badge;
  return (
    <Tooltip label={note} multiline maw={320}>
      {badge}
    </Tooltip>
  );
}
