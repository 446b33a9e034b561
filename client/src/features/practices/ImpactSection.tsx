import { useQuery } from '@apollo/client/react';
import { BarChart } from '@mantine/charts';
import { Anchor, Box, Button, Group, Loader, Paper, Progress, SimpleGrid, Skeleton, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { IconClockHour4 } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { ImpactSummaryDocument, type ImpactSummaryQuery } from '../../gql/graphql';
import { useLocale, useT, type Locale, type TFunction } from '../../i18n';
import { EmptyState, ErrorState } from '../common/States';
import { ChartCard } from '../stats/ChartCard';
import { fiscalYearLabel } from '../stats/fiscalYear';
import { formatCount, type StatsRow } from '../stats/statsFormat';
import { formatHours, formatHoursDiff } from './adoptionStatus';

type Impact = ImpactSummaryQuery['impactSummary'];
type ImpactKey = 'hoursSaved' | 'cases' | 'adoptions';

/** How many of the cases behind the number are listed before 「すべて表示」. */
export const CASES_SHOWN = 10;

const hoursText = (t: TFunction, n: number, locale: Locale) => t('dx.hours', { n: formatHours(n, locale) });

function Figure({ label, value, hint, accent }: { label: string; value: string; hint?: React.ReactNode; accent?: boolean }) {
  return (
    <Paper component="li" withBorder p={{ base: 'xs', sm: 'md' }} radius="md" bg={accent ? 'teal.0' : undefined}>
      <Text size="sm" c={accent ? 'teal.9' : 'dimmed'} fw={600}>
        {label}
      </Text>
      <Text fz={{ base: 22, sm: 28 }} fw={800} lh={1.2} c={accent ? 'teal.9' : undefined} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
      {hint && (
        <Text size="xs" c="dimmed" component="div">
          {hint}
        </Text>
      )}
    </Paper>
  );
}

/** 「↑ +120時間 前年度 800時間」, read out as a sentence. */
function Difference({ current, previous }: { current: number; previous: number }) {
  const t = useT();
  const { locale } = useLocale();
  const diff = Math.round((current - previous) * 10) / 10;
  const kind = diff > 0 ? 'up' : diff < 0 ? 'down' : 'same';
  const color = kind === 'down' ? 'orange.9' : kind === 'same' ? 'gray.7' : 'teal.9';
  const arrow = kind === 'up' ? '↑ ' : kind === 'down' ? '↓ ' : '';
  return (
    <>
      <span aria-hidden="true">
        <Text span fw={700} c={color} inherit>
          {arrow}
          {t('dx.hours', { n: formatHoursDiff(diff, locale) })}
        </Text>{' '}
        {t('dx.previous', { hours: hoursText(t, previous, locale) })}
      </span>
      <VisuallyHidden>{t(`dx.diff.${kind}A11y`, { previous: hoursText(t, previous, locale), diff: hoursText(t, Math.abs(diff), locale) })}</VisuallyHidden>
    </>
  );
}

function ImpactFigures({ impact }: { impact: Impact }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing={{ base: 'xs', sm: 'md' }} component="ul" className="plain-list" aria-label={t('dx.figures')}>
      <Figure
        label={t('dx.total')}
        value={hoursText(t, impact.totalHoursSaved, locale)}
        hint={<Difference current={impact.totalHoursSaved} previous={impact.previousTotalHoursSaved} />}
        accent
      />
      <Figure label={t('dx.caseHours')} value={hoursText(t, impact.caseHoursSaved, locale)} hint={t('dx.caseHoursHint')} />
      <Figure label={t('dx.adoptionHours')} value={hoursText(t, impact.adoptionHoursSaved, locale)} hint={t('dx.adoptionHoursHint')} />
      <Figure
        label={t('dx.adoptingDepartments')}
        value={t('dx.departments', { n: formatCount(impact.adoptingDepartments) })}
        hint={t('dx.adoptionCount', { n: formatCount(impact.adoptionCount) })}
      />
    </SimpleGrid>
  );
}

/** 事例 vs 横展開 as one bar (Mantine's Progress sections, with their share in words). */
function Split({ impact }: { impact: Impact }) {
  const t = useT();
  const { locale } = useLocale();
  const total = impact.caseHoursSaved + impact.adoptionHoursSaved;
  if (total <= 0) return null;
  const casePct = Math.round((impact.caseHoursSaved / total) * 100);
  const adoptionPct = 100 - casePct;
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md">
      <Stack gap={6}>
        <Text size="sm" fw={600} id="impact-split-title">
          {t('dx.split')}
        </Text>
        <Progress.Root size={22} radius="sm" aria-labelledby="impact-split-title">
          {casePct > 0 && (
            <Progress.Section value={casePct} color="banso.7" aria-label={t('dx.splitCases', { p: casePct })}>
              {casePct >= 12 && <Progress.Label>{t('dx.splitCases', { p: casePct })}</Progress.Label>}
            </Progress.Section>
          )}
          {adoptionPct > 0 && (
            <Progress.Section value={adoptionPct} color="teal.8" aria-label={t('dx.splitAdoptions', { p: adoptionPct })}>
              {adoptionPct >= 12 && <Progress.Label>{t('dx.splitAdoptions', { p: adoptionPct })}</Progress.Label>}
            </Progress.Section>
          )}
        </Progress.Root>
        <Group gap="md" wrap="wrap">
          <Group gap={6} wrap="nowrap">
            <Box w={12} h={12} bg="banso.7" style={{ borderRadius: 3 }} aria-hidden="true" />
            <Text size="xs" c="gray.8">
              {t('dx.legendCases', { hours: hoursText(t, impact.caseHoursSaved, locale), p: casePct })}
            </Text>
          </Group>
          <Group gap={6} wrap="nowrap">
            <Box w={12} h={12} bg="teal.8" style={{ borderRadius: 3 }} aria-hidden="true" />
            <Text size="xs" c="gray.8">
              {t('dx.legendAdoptions', { hours: hoursText(t, impact.adoptionHoursSaved, locale), p: adoptionPct })}
            </Text>
          </Group>
        </Group>
      </Stack>
    </Paper>
  );
}

function ByDepartment({ impact, yearLabel }: { impact: Impact; yearLabel: string }) {
  const t = useT();
  const { locale } = useLocale();
  const title = t('dx.byDepartment');
  const columns: { key: ImpactKey; label: string }[] = [
    { key: 'hoursSaved', label: t('dx.col.hours') },
    { key: 'cases', label: t('dx.col.cases') },
    { key: 'adoptions', label: t('dx.col.adoptions') },
  ];
  const rows: StatsRow<ImpactKey>[] = impact.byDepartment.map((d, i) => ({
    key: d.department?.id ?? `anonymous-${i}`,
    label: d.label,
    values: { hoursSaved: d.hoursSaved, cases: d.cases, adoptions: d.adoptions },
  }));
  // The chart has room for a department's own name; the table gives the whole path.
  const names = impact.byDepartment.map((d) => d.department?.name ?? d.label);
  const data = impact.byDepartment.map((d, i) => ({
    label: names.indexOf(names[i]) === names.lastIndexOf(names[i]) ? names[i] : d.label,
    hoursSaved: d.hoursSaved,
  }));
  return (
    <ChartCard<ImpactKey>
      title={title}
      caption={t('dx.byDepartmentCaption', { year: yearLabel })}
      firstColumn={t('stats.compare.department.col')}
      columns={columns}
      rows={rows}
      suppressedText=""
      csvFileName={`impact-${impact.fiscalYear}.csv`}
      csvHref={`/export/impact.csv?fiscalYear=${impact.fiscalYear}`}
      chartLabel={t('dx.byDepartmentChartLabel', { title })}
      chart={
        <BarChart
          h={Math.max(140, data.length * 36 + 32)}
          data={data}
          dataKey="label"
          orientation="vertical"
          series={[{ name: 'hoursSaved', label: t('dx.col.hours'), color: 'teal.7' }]}
          textColor="gray.7"
          gridAxis="x"
          tickLine="none"
          withBarValueLabel
          maxBarWidth={22}
          barChartProps={{ margin: { right: 48 } }}
          valueFormatter={(n) => formatHours(n, locale)}
          yAxisProps={{ width: 130, interval: 0 }}
          tooltipAnimationDuration={0}
        />
      }
      footnote={t('dx.byDepartmentNote')}
    />
  );
}

function Cases({ impact }: { impact: Impact }) {
  const t = useT();
  const { locale } = useLocale();
  const [all, setAll] = useState(false);
  const shown = all ? impact.cases : impact.cases.slice(0, CASES_SHOWN);
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md" component="section" aria-labelledby="impact-cases-title">
      <Stack gap="sm">
        <div>
          <Title order={3} size="h4" id="impact-cases-title">
            {t('dx.cases')}
          </Title>
          <Text size="sm" c="dimmed" mt={2}>
            {t('dx.casesLead')}
          </Text>
        </div>
        {impact.cases.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('dx.casesEmpty')}
          </Text>
        ) : (
          <>
            {/* Phones: one line of figures under each case instead of a table to scroll sideways. */}
            <Stack gap="xs" component="ol" className="plain-list" hiddenFrom="sm">
              {shown.map((c) => (
                <Paper key={c.post.id} component="li" withBorder p="xs" radius="sm">
                  <Anchor component={Link} to={`/posts/${c.post.id}`} size="sm" fw={600}>
                    {c.post.title}
                  </Anchor>
                  {c.post.department && (
                    <Text size="xs" c="dimmed">
                      {c.post.department.name}
                    </Text>
                  )}
                  <Text size="sm" mt={2}>
                    <Text span fw={700} inherit>
                      {t('dx.hours', { n: formatHours(c.hoursSaved, locale) })}
                    </Text>{' '}
                    <Text span c="gray.8" size="xs">
                      {t('dx.caseLine', {
                        own: formatHours(c.caseHoursSaved, locale),
                        rollOut: formatHours(c.adoptionHoursSaved, locale),
                        n: formatCount(c.adoptions),
                      })}
                    </Text>
                  </Text>
                </Paper>
              ))}
            </Stack>
            <Box visibleFrom="sm">
              <Table.ScrollContainer minWidth={600}>
                <Table striped verticalSpacing={6} fz="sm">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th scope="col">{t('dx.col.case')}</Table.Th>
                      <Table.Th scope="col" ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {t('dx.col.total')}
                      </Table.Th>
                      <Table.Th scope="col" ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {t('dx.col.caseItself')}
                      </Table.Th>
                      <Table.Th scope="col" ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {t('dx.col.rollOut')}
                      </Table.Th>
                      <Table.Th scope="col" ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {t('dx.col.adoptingDepartments')}
                      </Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {shown.map((c) => (
                      <Table.Tr key={c.post.id}>
                        <Table.Th scope="row" fw={500}>
                          <Anchor component={Link} to={`/posts/${c.post.id}`} size="sm">
                            {c.post.title}
                          </Anchor>
                          {c.post.department && (
                            <Text size="xs" c="dimmed">
                              {c.post.department.name}
                            </Text>
                          )}
                        </Table.Th>
                        <Table.Td ta="right" fw={700} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                          {formatHours(c.hoursSaved, locale)}
                        </Table.Td>
                        <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                          {formatHours(c.caseHoursSaved, locale)}
                        </Table.Td>
                        <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                          {formatHours(c.adoptionHoursSaved, locale)}
                        </Table.Td>
                        <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                          {formatCount(c.adoptions)}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            </Box>
          </>
        )}
        {impact.cases.length > CASES_SHOWN && (
          <Group justify="center">
            <Button variant="subtle" size="compact-sm" onClick={() => setAll((v) => !v)} aria-expanded={all}>
              {all ? t('dx.casesFewer') : t('dx.casesAll', { n: impact.cases.length })}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}

function ImpactSkeleton() {
  const t = useT();
  return (
    <Stack gap="md" role="status" aria-label={t('common.loading')}>
      <SimpleGrid cols={{ base: 2, sm: 4 }}>
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} h={96} />
        ))}
      </SimpleGrid>
      <Skeleton h={260} />
    </Stack>
  );
}

/**
 * 効果: the hours a 年度 saved — cases posted in it and roll-outs that became 導入済み in it —
 * against the previous 年度, by department (chart or table, and the server's CSV), and the cases
 * behind the number.
 */
export function ImpactSection({ fiscalYear, isCurrentYear }: { fiscalYear: number; isCurrentYear: boolean }) {
  const t = useT();
  const { locale } = useLocale();
  const { data, previousData, loading, error, refetch } = useQuery(ImpactSummaryDocument, {
    variables: { fiscalYear },
    fetchPolicy: 'cache-and-network',
  });
  const impact = data?.impactSummary ?? (loading ? previousData?.impactSummary : undefined);

  let body: React.ReactNode;
  if (error && !data) body = <ErrorState error={error} onRetry={() => void refetch()} />;
  else if (!impact) body = <ImpactSkeleton />;
  else {
    const yearLabel = locale === 'ja' ? impact.fiscalYearLabel : fiscalYearLabel(impact.fiscalYear, locale);
    const nothing = impact.totalHoursSaved === 0 && impact.adoptionCount === 0 && impact.cases.length === 0;
    body = (
      <Stack gap="md" style={{ opacity: loading && !data ? 0.6 : 1, transition: 'opacity 120ms' }} aria-busy={loading || undefined}>
        <Box>
          <Group gap="sm" align="center">
            <Text fw={700} size="lg">
              {yearLabel}
            </Text>
            {loading && (
              <Group gap={4} role="status">
                <Loader size="xs" aria-hidden="true" />
                <Text size="xs" c="dimmed">
                  {t('stats.updating')}
                </Text>
              </Group>
            )}
          </Group>
          {isCurrentYear && (
            <Text size="xs" c="dimmed" mt={2}>
              {t('dx.inProgress')}
            </Text>
          )}
        </Box>
        <ImpactFigures impact={impact} />
        {nothing ? (
          <EmptyState title={t('dx.empty')} description={t('dx.emptyHint')} icon={<IconClockHour4 size={30} />} />
        ) : (
          <>
            <Split impact={impact} />
            {impact.byDepartment.length > 0 && <ByDepartment impact={impact} yearLabel={yearLabel} />}
            <Cases impact={impact} />
          </>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="impact-title">
      <div>
        <Title order={2} size="h3" id="impact-title">
          {t('dx.impact')}
        </Title>
        <Text size="sm" c="dimmed" mt={2}>
          {t('dx.impactLead')}
        </Text>
      </div>
      {body}
    </Stack>
  );
}
