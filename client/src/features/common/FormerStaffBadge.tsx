import { Badge } from '@mantine/core';
import { useT } from '../../i18n';

/**
 * 「元職員」 next to the name of someone whose account is 利用停止 (`User.active` false): their
 * content stays, and readers can tell the person can no longer reply. Inline (a span), so it
 * can sit inside a line of text.
 */
export function FormerStaffBadge({ user, size = 'xs' }: { user: { active?: boolean | null } | null | undefined; size?: 'xs' | 'sm' | 'md' | 'lg' }) {
  const t = useT();
  if (!user || user.active !== false) return null;
  return (
    <Badge component="span" size={size} color="gray" variant="outline" ml={6} title={t('user.formerHint')} style={{ verticalAlign: 'middle', flexShrink: 0 }}>
      {t('user.former')}
    </Badge>
  );
}
