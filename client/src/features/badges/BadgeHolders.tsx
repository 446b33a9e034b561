import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Skeleton, Stack, Text } from '@mantine/core';
import { Link } from 'react-router-dom';
import { BadgeHoldersDocument } from '../../gql/graphql';
import { useLocale, useT } from '../../i18n';
import { formatDate } from '../../lib/dates';
import { ErrorState } from '../common/States';
import { UserAvatar } from '../common/UserAvatar';

/** Who holds a badge (newest first), with when and why. */
export function BadgeHolderList({ code, first = 20, id }: { code: string; first?: number; id?: string }) {
  const t = useT();
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(BadgeHoldersDocument, { variables: { code, first }, fetchPolicy: 'cache-and-network' });
  const holders = data?.badge?.holders;
  if (loading && !holders) {
    return (
      <Stack gap="xs" id={id} role="status" aria-label={t('common.loading')}>
        <Skeleton h={16} />
        <Skeleton h={16} w="70%" />
      </Stack>
    );
  }
  if (error && !holders) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!holders || holders.length === 0) {
    return (
      <Text size="sm" c="dimmed" id={id}>
        {t('badges.noHolders')}
      </Text>
    );
  }
  return (
    <Stack gap="sm" component="ul" className="plain-list" id={id}>
      {holders.map((h) => (
        <li key={h.id}>
          <Group gap="sm" wrap="nowrap" align="flex-start">
            <UserAvatar name={h.user.displayName} id={h.user.id} size={30} />
            <div style={{ minWidth: 0 }}>
              <Group gap={6}>
                <Anchor component={Link} to={`/users/${h.user.id}`} fw={600} size="sm">
                  {h.user.displayName}
                </Anchor>
                {h.user.department && (
                  <Text size="xs" c="dimmed">
                    {h.user.department.name}
                  </Text>
                )}
              </Group>
              <Text size="xs" c="gray.8">
                {h.reason}
              </Text>
              <Group gap="xs">
                <Text size="xs" c="dimmed">
                  <time dateTime={h.awardedAt}>{t('badges.awardedOn', { date: formatDate(h.awardedAt, locale) })}</time>
                  {h.grantedBy ? ` · ${t('badges.grantedBy', { name: h.grantedBy.displayName })}` : ''}
                </Text>
                {h.postId && (
                  <Anchor component={Link} to={`/posts/${h.postId}`} size="xs">
                    {t('badges.relatedPost')}
                  </Anchor>
                )}
              </Group>
            </div>
          </Group>
        </li>
      ))}
    </Stack>
  );
}
