import { Badge, type MantineSize } from '@mantine/core';
import { IconMedal } from '@tabler/icons-react';
import { useT, type MessageKey } from '../../i18n';
import type { BadgeTier } from '../../gql/graphql';
import type { CSSProperties } from 'react';

export const TIERS: BadgeTier[] = ['GOLD', 'SILVER', 'BRONZE'];

export const TIER_LABEL: Record<BadgeTier, MessageKey> = {
  BRONZE: 'badges.tier.BRONZE',
  SILVER: 'badges.tier.SILVER',
  GOLD: 'badges.tier.GOLD',
};

/**
 * Tier colours: a light metal-coloured background with dark text of the same hue
 * (every pair ≥ 7:1, so small text stays readable), and a stronger border and icon.
 */
export const TIER_STYLE: Record<BadgeTier, { background: string; color: string; border: string; icon: string }> = {
  BRONZE: { background: '#f8e8da', color: '#6e3510', border: '#c07a45', icon: '#9a5524' },
  SILVER: { background: '#edf0f4', color: '#353c47', border: '#9aa3af', icon: '#5f6875' },
  GOLD: { background: '#fcf1c8', color: '#5c4300', border: '#cfa118', icon: '#8a6a00' },
};

export function tierOrder(tier: BadgeTier): number {
  return TIERS.indexOf(tier);
}

export function tierCardStyle(tier: BadgeTier): CSSProperties {
  const s = TIER_STYLE[tier];
  return { borderColor: s.border, borderLeftWidth: 5, borderLeftStyle: 'solid' };
}

/** 「ゴールド」 pill in the tier's colours, with a medal icon. */
export function TierBadge({ tier, size = 'sm' }: { tier: BadgeTier; size?: MantineSize }) {
  const t = useT();
  const s = TIER_STYLE[tier];
  return (
    <Badge
      size={size}
      variant="outline"
      leftSection={<IconMedal size={13} aria-hidden="true" color={s.icon} />}
      styles={{ root: { background: s.background, color: s.color, borderColor: s.border, flexShrink: 0, overflow: 'visible' } }}
      data-tier={tier}
    >
      {t(TIER_LABEL[tier])}
    </Badge>
  );
}
