import { BarChart } from '@mantine/charts';
import { NativeSelect, Text } from '@mantine/core';
import { useState } from 'react';
import { useLocale, useT } from '../../i18n';
import { ChartCard } from './ChartCard';
import { csvFileName, formatCount, metricLabel, TABLE_METRICS, type StatsRow, type TotalsKey } from './statsFormat';
import type { ContributionStatsQuery } from '../../gql/graphql';

type DepartmentRow = ContributionStatsQuery['contributionStats']['byDepartment'][number];

/** Table and CSV rows of a comparison: a hidden department keeps its name and loses its figures. */
export function comparisonRows(byDepartment: readonly DepartmentRow[]): StatsRow[] {
  return byDepartment.map((d, i) => ({
    key: d.department?.id ?? `direct-${i}`,
    label: d.label,
    suppressed: d.suppressed || !d.totals,
    values: d.suppressed || !d.totals ? {} : d.totals,
  }));
}

/**
 * Departments side by side (the organisation's top level, or a department's sub-departments) as
 * a horizontal bar chart of one figure and a table of all; groups too small to show keep their
 * place in the table with the reason instead of numbers.
 */
export function DepartmentComparison({
  byDepartment,
  minGroupSize,
  level,
  scopeName,
  yearLabel,
  fileParts,
}: {
  byDepartment: readonly DepartmentRow[];
  minGroupSize: number;
  level: 'organisation' | 'department';
  scopeName: string;
  yearLabel: string;
  fileParts: readonly (string | number)[];
}) {
  const t = useT();
  const { locale } = useLocale();
  const [metric, setMetric] = useState<TotalsKey>('questions');
  const title = t(level === 'organisation' ? 'stats.compare.organisation' : 'stats.compare.department');
  const reason = t('stats.suppressedRow', { n: minGroupSize });
  const rows = comparisonRows(byDepartment);
  const shown = rows.filter((r) => !r.suppressed);
  const hidden = rows.filter((r) => r.suppressed);
  const data = shown.map((r) => ({ label: r.label, [metric]: r.values[metric] ?? 0 }));

  return (
    <ChartCard
      title={title}
      caption={t('stats.compare.caption', { scope: scopeName, year: yearLabel, title })}
      firstColumn={t('stats.compare.department.col')}
      columns={TABLE_METRICS.map((key) => ({ key, label: metricLabel(t, key) }))}
      rows={rows}
      suppressedText={reason}
      csvFileName={csvFileName([...fileParts, level === 'organisation' ? 'departments' : 'subdepartments'])}
      chartLabel={t('stats.compare.chartLabel', { title, metric: metricLabel(t, metric) })}
      controls={
        <NativeSelect
          size="xs"
          aria-label={t('stats.compare.metric')}
          value={metric}
          onChange={(e) => setMetric(e.currentTarget.value as TotalsKey)}
          data={TABLE_METRICS.map((key) => ({ value: key, label: metricLabel(t, key) }))}
        />
      }
      chart={
        data.length === 0 ? (
          <Text size="sm" c="dimmed" py="md">
            {reason}
          </Text>
        ) : (
          <BarChart
            h={Math.max(140, data.length * 36 + 32)}
            data={data}
            dataKey="label"
            orientation="vertical"
            series={[{ name: metric, label: metricLabel(t, metric), color: 'banso.7' }]}
            textColor="gray.7"
            gridAxis="x"
            tickLine="none"
            withBarValueLabel
            maxBarWidth={22}
            barChartProps={{ margin: { right: 28 } }}
            valueFormatter={formatCount}
            yAxisProps={{ width: 120, interval: 0 }}
            xAxisProps={{ allowDecimals: false }}
            tooltipAnimationDuration={0}
          />
        )
      }
      chartFootnote={
        hidden.length > 0 && data.length > 0
          ? t('stats.compare.hiddenInChart', { names: hidden.map((r) => r.label).join(locale === 'ja' ? '、' : ', '), reason })
          : undefined
      }
      footnote={hidden.length > 0 ? t('stats.suppressedNote', { n: minGroupSize }) : undefined}
    />
  );
}
