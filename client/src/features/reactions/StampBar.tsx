import { Button, Group } from '@mantine/core';
import { IconBulb, IconHeartHandshake, IconSparkles } from '@tabler/icons-react';
import { useId } from 'react';
import { useT } from '../../i18n';
import { Tip } from '../common/Tip';
import { countOf, STAMPS, type StampCounts } from './stamps';
import type { Stamp } from '../../gql/graphql';

const ICONS: Record<Stamp, typeof IconSparkles> = {
  CHEER: IconSparkles,
  HELPFUL: IconBulb,
  THANKS: IconHeartHandshake,
};

const COLORS: Record<Stamp, string> = { CHEER: 'orange', HELPFUL: 'teal', THANKS: 'grape' };

export interface StampBarProps {
  summary: StampCounts;
  /** True on the viewer's own content: stamps cannot be pressed. */
  disabled?: boolean;
  /** Called with the stamp and whether it is currently pressed (true → remove it). */
  onToggle: (stamp: Stamp, active: boolean) => void;
  busy?: boolean;
  size?: 'xs' | 'sm';
}

/**
 * Three toggle buttons 「応援」「参考になった」「ありがとう」 with counts.
 * Each button's accessible name starts with the stamp label, e.g. 「応援 3」, and carries aria-pressed.
 */
export function StampBar({ summary, disabled = false, onToggle, busy = false, size = 'xs' }: StampBarProps) {
  const t = useT();
  const hintId = useId();

  const buttons = STAMPS.map((stamp) => {
    const active = summary.viewerStamps.includes(stamp);
    const Icon = ICONS[stamp];
    return (
      <Button
        key={stamp}
        size={size}
        radius="xl"
        variant={active ? 'light' : 'default'}
        color={active ? COLORS[stamp] : 'gray'}
        aria-pressed={active}
        disabled={disabled}
        aria-describedby={disabled ? hintId : undefined}
        onClick={() => {
          if (!disabled && !busy) onToggle(stamp, active);
        }}
        leftSection={<Icon size={16} stroke={1.8} aria-hidden="true" />}
        data-stamp={stamp}
      >
        {t(`stamp.${stamp}`)} {countOf(summary, stamp)}
      </Button>
    );
  });

  const group = (
    <Group gap={6} role="group" aria-label={t('stamp.group')} wrap="wrap">
      {buttons}
      {disabled && (
        <span id={hintId} className="visually-hidden">
          {t('stamp.ownContent')}
        </span>
      )}
    </Group>
  );

  if (!disabled) return group;
  return (
    <Tip label={t('stamp.ownContent')}>
      <div style={{ display: 'inline-block' }}>{group}</div>
    </Tip>
  );
}
