import { Badge, VisuallyHidden } from '@mantine/core';
import { IconAward } from '@tabler/icons-react';
import { useT } from '../../i18n';
import { Tip } from '../common/Tip';

/** 「優良事例」: a post the DX office picked (feed cards, the post page, collections). */
export function FeaturedBadge({ size = 'md', note }: { size?: 'sm' | 'md' | 'lg'; note?: string | null }) {
  const t = useT();
  const badge = (
    <Badge color="orange" size={size} leftSection={<IconAward size={14} aria-hidden="true" />}>
      {t('practices.featured')}
      {/* The DX office's note: a hint for the eye, read out with the badge. */}
      {note && <VisuallyHidden>{`：${note}`}</VisuallyHidden>}
    </Badge>
  );
  if (!note) return badge;
  return (
    <Tip label={note} multiline>
      {badge}
    </Tip>
  );
}
