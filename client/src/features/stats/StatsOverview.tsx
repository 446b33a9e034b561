import { useQuery } from '@apollo/client/react';
import { Alert, Box, Group, Loader, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconChartBar, IconEyeOff } from '@tabler/icons-react';
import { ContributionStatsDocument, type StatsGranularity } from '../../gql/graphql';
import { useLocale, useT } from '../../i18n';
import { EmptyState, ErrorState } from '../common/States';
import { DepartmentComparison } from './DepartmentComparison';
import { fiscalYearLabel } from './fiscalYear';
import { ResponseSection } from './ResponseSection';
import { SeriesCard } from './SeriesCard';
import { TABLE_METRICS } from './statsFormat';
import { TotalsCards } from './TotalsCards';

export interface StatsSelection {
  fiscalYear: number;
  /** null: the organisation */
  departmentId: string | null;
  includeSubdepartments: boolean;
  granularity: StatsGranularity;
}

function OverviewSkeleton() {
  const t = useT();
  return (
    <Stack gap="md" role="status" aria-label={t('common.loading')}>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {[0, 1, 2, 3, 4, 5, 6, 7].map((i) => (
          <Skeleton key={i} h={92} />
        ))}
      </SimpleGrid>
      <Skeleton h={320} />
    </Stack>
  );
}

/** Everything about one group in one 年度: totals, the series, response times, the comparison below it. */
export function StatsOverview({ selection, isCurrentYear }: { selection: StatsSelection; isCurrentYear: boolean }) {
  const t = useT();
  const { locale } = useLocale();
  const { data, previousData, loading, error, refetch } = useQuery(ContributionStatsDocument, {
    variables: {
      input: {
        fiscalYear: selection.fiscalYear,
        departmentId: selection.departmentId,
        includeSubdepartments: selection.includeSubdepartments,
        granularity: selection.granularity,
      },
    },
    fetchPolicy: 'cache-and-network',
  });
  const stats = data?.contributionStats ?? (loading ? previousData?.contributionStats : undefined);

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!stats) return <OverviewSkeleton />;

  const stale = loading && !data;
  const scopeName = stats.department?.path ?? t('stats.organisation');
  const yearLabel = locale === 'ja' ? stats.fiscalYearLabel : fiscalYearLabel(stats.fiscalYear, locale);
  const fileParts = [stats.fiscalYear, stats.department?.name ?? 'organisation'];
  const heading = (
    <Group gap="sm" align="center">
      <Title order={2} size="h3">
        {t('stats.heading', { scope: scopeName, year: yearLabel })}
      </Title>
      {loading && (
        <Group gap={4} role="status">
          <Loader size="xs" aria-hidden="true" />
          <Text size="xs" c="dimmed">
            {t('stats.updating')}
          </Text>
        </Group>
      )}
    </Group>
  );

  if (stats.suppressed || !stats.totals) {
    return (
      <Stack gap="md">
        {heading}
        <Alert color="gray" variant="light" icon={<IconEyeOff aria-hidden="true" />} title={t('stats.suppressedTitle')}>
          {stats.suppressedReason}
        </Alert>
      </Stack>
    );
  }

  const totals = stats.totals;
  const nothing = TABLE_METRICS.every((k) => totals[k] === 0) && (stats.response?.questions ?? 0) === 0;

  return (
    <Stack gap="lg" style={{ opacity: stale ? 0.6 : 1, transition: 'opacity 120ms' }} aria-busy={loading || undefined}>
      <Box>
        {heading}
        {isCurrentYear && (
          <Text size="xs" c="dimmed" mt={2}>
            {t('stats.inProgress')}
          </Text>
        )}
      </Box>
      {nothing ? (
        <EmptyState title={t('stats.empty')} description={t('stats.emptyHint')} icon={<IconChartBar size={30} />} />
      ) : (
        <>
          <TotalsCards totals={totals} previous={stats.previousTotals} />
          <SeriesCard series={stats.series} granularity={selection.granularity} scopeName={scopeName} yearLabel={yearLabel} fileParts={fileParts} />
        </>
      )}
      {stats.byDepartment.length > 0 && (
        <DepartmentComparison
          byDepartment={stats.byDepartment}
          minGroupSize={stats.minGroupSize}
          level={stats.department ? 'department' : 'organisation'}
          scopeName={scopeName}
          yearLabel={yearLabel}
          fileParts={fileParts}
        />
      )}
      {stats.response && !nothing && <ResponseSection response={stats.response} unanswered={stats.unanswered} />}
    </Stack>
  );
}
