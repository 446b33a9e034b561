import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Group, Paper, Skeleton, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconTrophy } from '@tabler/icons-react';
import { Link } from 'react-router-dom';
import { LeaderboardDocument, SetLeaderboardOptInDocument } from '../../gql/graphql';
import { useLocale, useT } from '../../i18n';
import { errorMessage } from '../../lib/errors';
import { useViewer } from '../auth/ViewerContext';
import { ErrorState } from '../common/States';
import { fiscalYearLabel } from './fiscalYear';
import { formatCount } from './statsFormat';

export const LEADERBOARD_SIZE = 20;

/**
 * The 年度 ranking, Discourse style: only people who chose to join (off by default) appear, and
 * anonymous posts never count. Everyone may join or leave here at any time.
 */
export function LeaderboardCard({ fiscalYear }: { fiscalYear: number }) {
  const t = useT();
  const { locale } = useLocale();
  const viewer = useViewer();
  const { data, loading, error, refetch } = useQuery(LeaderboardDocument, {
    variables: { fiscalYear, first: LEADERBOARD_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [setOptIn, { loading: saving }] = useMutation(SetLeaderboardOptInDocument, {
    refetchQueries: [LeaderboardDocument],
    awaitRefetchQueries: true,
  });
  const optedIn = data?.me?.leaderboardOptIn ?? false;
  const entries = data?.leaderboard ?? [];
  const year = fiscalYearLabel(fiscalYear, locale);
  const listed = entries.some((e) => e.user.id === viewer?.id);

  const onToggle = async (optIn: boolean) => {
    try {
      await setOptIn({ variables: { optIn } });
      notifications.show({ message: t(optIn ? 'stats.leaderboard.joined' : 'stats.leaderboard.left') });
    } catch (e) {
      notifications.show({ color: 'red', message: errorMessage(e, t) });
    }
  };

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md" component="section" aria-labelledby="stats-leaderboard">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <div>
            <Title order={2} size="h3" id="stats-leaderboard">
              <Group gap={6} component="span" wrap="nowrap">
                <IconTrophy size={22} aria-hidden="true" />
                {t('stats.leaderboard.title')}
              </Group>
            </Title>
            <Text size="sm" c="dimmed" mt={2}>
              {t('stats.leaderboard.lead')}
            </Text>
          </div>
          <Switch
            label={t('stats.leaderboard.optIn')}
            checked={optedIn}
            disabled={!data?.me || saving}
            onChange={(e) => void onToggle(e.currentTarget.checked)}
          />
        </Group>
        {optedIn && !listed && data && (
          <Text size="sm" c="dimmed">
            {t('stats.leaderboard.notListed', { n: LEADERBOARD_SIZE })}
          </Text>
        )}
        {loading && !data ? (
          <Stack gap={6} role="status" aria-label={t('common.loading')}>
            {[0, 1, 2].map((i) => (
              <Skeleton key={i} h={28} />
            ))}
          </Stack>
        ) : error && !data ? (
          <ErrorState error={error} onRetry={() => void refetch()} />
        ) : entries.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('stats.leaderboard.empty')}
          </Text>
        ) : (
          <Table verticalSpacing={6} captionSide="top" fz="sm">
            <Table.Caption className="visually-hidden">{t('stats.leaderboard.caption', { year })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" w={64} ta="right">
                  {t('stats.leaderboard.rank')}
                </Table.Th>
                <Table.Th scope="col">{t('stats.leaderboard.name')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('stats.leaderboard.points')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.map((e) => {
                const mine = e.user.id === viewer?.id;
                return (
                  <Table.Tr key={e.user.id} bg={mine ? 'banso.0' : undefined}>
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {e.rank}
                    </Table.Td>
                    <Table.Th scope="row" fw={500}>
                      <Anchor component={Link} to={`/users/${e.user.id}`}>
                        {e.user.displayName}
                      </Anchor>
                      {mine && (
                        <Badge size="xs" ml={6} color="banso">
                          {t('stats.leaderboard.you')}
                        </Badge>
                      )}
                    </Table.Th>
                    <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                      {formatCount(e.points)}pt
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Paper>
  );
}
