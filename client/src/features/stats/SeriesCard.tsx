import { LineChart } from '@mantine/charts';
import { useLocale, useT } from '../../i18n';
import { ChartCard } from './ChartCard';
import { jstToday, periodLabel, periodLongLabel } from './fiscalYear';
import { csvFileName, formatCount, metricLabel, TABLE_METRICS, type StatsRow, type TotalsKey } from './statsFormat';
import type { ContributionStatsQuery, StatsGranularity } from '../../gql/graphql';

type Period = ContributionStatsQuery['contributionStats']['series'][number];

const CHART_SERIES: readonly { key: TotalsKey; color: string }[] = [
  { key: 'questions', color: 'banso.7' },
  { key: 'answers', color: 'teal.8' },
  { key: 'comments', color: 'orange.8' },
  { key: 'activeContributors', color: 'grape.8' },
];

/** The 年度 month by month (or week by week), April → March. */
export function SeriesCard({
  series,
  granularity,
  scopeName,
  yearLabel,
  fileParts,
}: {
  series: readonly Period[];
  granularity: StatsGranularity;
  scopeName: string;
  yearLabel: string;
  fileParts: readonly (string | number)[];
}) {
  const t = useT();
  const { locale } = useLocale();
  const title = t(`stats.series.${granularity}`);
  // Periods that have not started yet keep their place on the axis (April → March) but draw no line, and stay out of the table.
  const today = jstToday();
  const started = series.filter((p) => p.periodStart <= today);
  const data = series.map((p) =>
    p.periodStart <= today
      ? { ...p, label: periodLabel(p.periodStart, granularity, locale) }
      : { periodStart: p.periodStart, label: periodLabel(p.periodStart, granularity, locale) },
  );
  const rows: StatsRow[] = started.map((p) => ({
    key: p.periodStart,
    label: periodLongLabel(p.periodStart, granularity, locale),
    values: p,
  }));
  return (
    <ChartCard
      title={title}
      caption={t('stats.series.caption', { scope: scopeName, year: yearLabel, title })}
      firstColumn={t('stats.period')}
      columns={TABLE_METRICS.map((key) => ({ key, label: metricLabel(t, key) }))}
      rows={rows}
      suppressedText=""
      csvFileName={csvFileName([...fileParts, granularity === 'MONTH' ? 'monthly' : 'weekly'])}
      chartLabel={t('stats.series.chartLabel', { title })}
      chart={
        <LineChart
          h={280}
          data={data}
          dataKey="label"
          series={CHART_SERIES.map((s) => ({ name: s.key, label: metricLabel(t, s.key), color: s.color }))}
          curveType="linear"
          withLegend
          legendProps={{ verticalAlign: 'bottom', height: 40, itemSorter: null }}
          textColor="gray.7"
          gridAxis="y"
          tickLine="none"
          withDots={granularity === 'MONTH'}
          strokeWidth={2}
          valueFormatter={formatCount}
          yAxisProps={{ width: 36, allowDecimals: false }}
          xAxisProps={{ interval: 'preserveStartEnd', minTickGap: 8 }}
          tooltipAnimationDuration={0}
        />
      }
    />
  );
}
