import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { useLocale, useT } from '../../i18n';
import { formatDate } from '../../lib/dates';
import { formatCount, formatHours, formatRate } from './statsFormat';
import type { ContributionStatsQuery } from '../../gql/graphql';

type Stats = ContributionStatsQuery['contributionStats'];

function Figure({ label, value, hint, tone }: { label: string; value: string | null; hint?: string; tone?: 'warn' }) {
  const t = useT();
  return (
    <Paper component="li" withBorder p={{ base: 'xs', sm: 'md' }} radius="md">
      <Text size="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      {value === null ? (
        <Text fz={{ base: 20, sm: 24 }} fw={700} c="dimmed" lh={1.3}>
          {t('stats.response.noData')}
        </Text>
      ) : (
        <Text fz={{ base: 24, sm: 28 }} fw={800} lh={1.2} c={tone === 'warn' ? 'orange.9' : undefined} style={{ fontVariantNumeric: 'tabular-nums' }}>
          {value}
        </Text>
      )}
      {hint && (
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

/** How fast questions get answers: medians, the 90th percentile, resolution rate and the ones still waiting. */
export function ResponseSection({ response, unanswered }: { response: NonNullable<Stats['response']>; unanswered: Stats['unanswered'] }) {
  const t = useT();
  const { locale } = useLocale();
  const waiting = (n: number) => t('stats.count', { n: formatCount(n) });
  return (
    <Stack gap="sm" component="section" aria-labelledby="stats-response">
      <Title order={2} size="h3" id="stats-response">
        {t('stats.response.title')}
      </Title>
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing={{ base: 'xs', sm: 'md' }} component="ul" className="plain-list">
        <Figure label={t('stats.response.medianFirst')} value={formatHours(response.medianFirstAnswerHours, t)} />
        <Figure label={t('stats.response.p90First')} value={formatHours(response.p90FirstAnswerHours, t)} />
        <Figure label={t('stats.response.medianAccepted')} value={formatHours(response.medianAcceptedHours, t)} />
        <Figure
          label={t('stats.response.resolutionRate')}
          value={formatRate(response.resolutionRate)}
          hint={t('stats.response.resolutionHint', { n: formatCount(response.questions) })}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 3 }} spacing={{ base: 'xs', sm: 'md' }} component="ul" className="plain-list">
        <Figure label={t('stats.response.over3')} value={waiting(response.unansweredOver3Days)} tone={response.unansweredOver3Days > 0 ? 'warn' : undefined} />
        <Figure label={t('stats.response.over7')} value={waiting(response.unansweredOver7Days)} tone={response.unansweredOver7Days > 0 ? 'warn' : undefined} />
        <Figure
          label={t('stats.response.over30')}
          value={waiting(response.unansweredOver30Days)}
          tone={response.unansweredOver30Days > 0 ? 'warn' : undefined}
        />
      </SimpleGrid>
      <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md" component="section" aria-labelledby="stats-unanswered">
        <Title order={3} size="h4" id="stats-unanswered">
          {t('stats.unanswered.title')}
        </Title>
        {unanswered.length === 0 ? (
          <Text size="sm" c="dimmed" mt="xs">
            {t('stats.unanswered.empty')}
          </Text>
        ) : (
          <>
            <Text size="xs" c="dimmed" mb="xs">
              {t('stats.unanswered.lead')}
            </Text>
            <Stack component="ul" className="plain-list" gap={6}>
              {unanswered.map((q) => (
                <li key={q.id}>
                  <Group gap="xs" wrap="nowrap" align="flex-start" justify="space-between">
                    <Anchor component={Link} to={`/posts/${q.id}`} size="sm" fw={600} style={{ minWidth: 0 }}>
                      {q.title}
                    </Anchor>
                    <Group gap={6} wrap="nowrap" style={{ flexShrink: 0 }}>
                      <Text size="xs" c="dimmed" visibleFrom="sm">
                        {formatDate(q.createdAt, locale)}
                      </Text>
                      <Badge color={q.ageDays > 7 ? 'orange' : 'gray'} size="sm">
                        {t('stats.unanswered.age', { n: q.ageDays })}
                      </Badge>
                    </Group>
                  </Group>
                </li>
              ))}
            </Stack>
          </>
        )}
      </Paper>
    </Stack>
  );
}
