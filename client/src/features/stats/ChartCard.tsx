import { Box, Button, Group, Paper, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useId, useState, type ReactNode } from 'react';
import { useT } from '../../i18n';
import { downloadCsv } from './csv';
import { formatCount, rowsToCsv, type StatsRow, type TotalsKey } from './statsFormat';

export interface ChartColumn<K extends string = TotalsKey> {
  key: K;
  label: string;
}

interface ChartCardProps<K extends string = TotalsKey> {
  title: string;
  /** The table's caption (what, where, which 年度). */
  caption: string;
  /** Header of the first column (期間 / 部署). */
  firstColumn: string;
  columns: readonly ChartColumn<K>[];
  rows: readonly StatsRow<K>[];
  /** Shown in place of a hidden row's figures, in the table and in the CSV. */
  suppressedText: string;
  csvFileName: string;
  /** The server's own CSV (a same-origin download link) instead of one built from the rows. */
  csvHref?: string;
  /** Extra controls beside the view switch (e.g. which figure a bar chart compares). */
  controls?: ReactNode;
  /** The chart; its figures are always available as the table. */
  chart: ReactNode;
  /** A description of the chart for screen readers. */
  chartLabel: string;
  footnote?: ReactNode;
  /** A note that belongs to the chart only (e.g. the rows it leaves out). */
  chartFootnote?: ReactNode;
  initialView?: 'chart' | 'table';
}

/** A chart with a 「グラフ / 表」 switch (the table is a real <table> with a caption) and a CSV download. */
export function ChartCard<K extends string = TotalsKey>({
  title,
  caption,
  firstColumn,
  columns,
  rows,
  suppressedText,
  csvFileName,
  csvHref,
  controls,
  chart,
  chartLabel,
  footnote,
  chartFootnote,
  initialView = 'chart',
}: ChartCardProps<K>) {
  const t = useT();
  const [view, setView] = useState<'chart' | 'table'>(initialView);
  const headingId = useId();

  const onCsv = () => downloadCsv(csvFileName, rowsToCsv(firstColumn, columns, rows, suppressedText));

  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="center" gap="sm">
          <Title order={3} size="h4" id={headingId}>
            {title}
          </Title>
          <Group gap="xs" wrap="wrap">
            {view === 'chart' && controls}
            <SegmentedControl
              size="xs"
              value={view}
              onChange={(v) => setView(v as 'chart' | 'table')}
              aria-label={`${title}: ${t('stats.view')}`}
              data={[
                { value: 'chart', label: t('stats.view.chart') },
                { value: 'table', label: t('stats.view.table') },
              ]}
            />
            {csvHref ? (
              <Button
                component="a"
                href={csvHref}
                download={csvFileName}
                size="xs"
                variant="default"
                leftSection={<IconDownload size={14} aria-hidden="true" />}
                aria-label={t('stats.csvLabel', { title })}
              >
                {t('stats.csv')}
              </Button>
            ) : (
              <Button
                size="xs"
                variant="default"
                leftSection={<IconDownload size={14} aria-hidden="true" />}
                onClick={onCsv}
                aria-label={t('stats.csvLabel', { title })}
              >
                {t('stats.csv')}
              </Button>
            )}
          </Group>
        </Group>
        {view === 'chart' ? (
          <Box component="figure" m={0} aria-label={chartLabel}>
            {chart}
          </Box>
        ) : (
          <Table.ScrollContainer minWidth={Math.max(420, 120 + columns.length * 84)}>
            <Table striped verticalSpacing={6} captionSide="top" fz="sm">
              <Table.Caption style={{ textAlign: 'start' }}>
                <Text span size="sm" c="dimmed">
                  {caption}
                </Text>
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{firstColumn}</Table.Th>
                  {columns.map((c) => (
                    <Table.Th key={c.key} scope="col" ta="right" style={{ whiteSpace: 'nowrap' }}>
                      {c.label}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((r) => (
                  <Table.Tr key={r.key}>
                    <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                      {r.label}
                    </Table.Th>
                    {r.suppressed ? (
                      <Table.Td colSpan={columns.length}>
                        <Text size="sm" c="dimmed">
                          {suppressedText}
                        </Text>
                      </Table.Td>
                    ) : (
                      columns.map((c) => (
                        <Table.Td key={c.key} ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                          {formatCount(r.values[c.key] ?? 0)}
                        </Table.Td>
                      ))
                    )}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        )}
        {view === 'chart' && chartFootnote && (
          <Text size="xs" c="dimmed">
            {chartFootnote}
          </Text>
        )}
        {footnote && (
          <Text size="xs" c="dimmed">
            {footnote}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
