import { useQuery } from '@apollo/client/react';
import { Group, Paper, SegmentedControl, Select, Stack, Switch, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { StatsFiltersDocument } from '../../gql/graphql';
import { useLocale, useT } from '../../i18n';
import { useCan } from '../auth/permissions';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { departmentOptions } from '../team/teamSummary';
import { currentFiscalYear, fiscalYearLabel, fiscalYearOptions } from './fiscalYear';
import { LeaderboardCard } from './LeaderboardCard';
import { StatsOverview, type StatsSelection } from './StatsOverview';
import { ORGANISATION } from './statsPath';

/**
 * The selection lives in the address (?fy=2026&department=12&subs=0&by=week), so a view can be
 * bookmarked and shared. Without ?department=, a manager (who may see departments but not the
 * whole organisation's comparison) starts on the first department they manage; everyone else
 * on the organisation.
 */
function useSelection(current: number, defaultDepartment: string | null) {
  const [params, setParams] = useSearchParams();
  const fy = Number(params.get('fy'));
  const department = params.get('department');
  const selection: StatsSelection = {
    fiscalYear: Number.isInteger(fy) && fy >= 2000 && fy <= current ? fy : current,
    departmentId: department === ORGANISATION ? null : (department ?? defaultDepartment),
    includeSubdepartments: params.get('subs') !== '0',
    granularity: params.get('by') === 'week' ? 'WEEK' : 'MONTH',
  };
  const update = (patch: Partial<Record<'fy' | 'department' | 'subs' | 'by', string | null>>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(patch)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    setParams(next, { replace: true });
  };
  return { selection, update };
}

export function StatsPage() {
  const t = useT();
  const { locale } = useLocale();
  useDocumentTitle(t('stats.title'));
  const canDepartment = useCan('stats.viewDepartment');
  const canOrganisation = useCan('stats.viewOrganisation');
  const current = currentFiscalYear();

  // Only a viewer who may pick a department needs the department list.
  const filters = useQuery(StatsFiltersDocument, { skip: !canDepartment, fetchPolicy: 'cache-first' });
  const managed = filters.data?.me?.managedDepartments;
  const options = useMemo(() => {
    const deps = (filters.data?.departments ?? []).filter((d) => !d.retired);
    return departmentOptions(deps, canOrganisation ? null : (managed ?? []).map((d) => d.id)).map((d) => ({ value: d.id, label: d.path }));
  }, [filters.data, managed, canOrganisation]);
  const defaultDepartment = canDepartment && !canOrganisation ? (managed?.[0]?.id ?? null) : null;
  const { selection, update } = useSelection(current, defaultDepartment);
  // A manager's default department is known once the list has loaded; until then wait, rather than show the organisation first.
  const waitingForDefault = canDepartment && !canOrganisation && !filters.data && !filters.error;

  const yearData = fiscalYearOptions(current).map((fy) => ({ value: String(fy), label: fiscalYearLabel(fy, locale) }));

  return (
    <Stack gap="lg">
      <div>
        <Title order={1} size="h2">
          {t('stats.title')}
        </Title>
        <Text c="dimmed" mt={4}>
          {t('stats.lead')}
        </Text>
      </div>

      <Paper
        withBorder
        p={{ base: 'sm', sm: 'md' }}
        radius="md"
        component="form"
        role="search"
        aria-label={t('stats.filters')}
        onSubmit={(e) => e.preventDefault()}
      >
        <Group gap="md" align="flex-end" wrap="wrap">
          <Select
            label={t('stats.fiscalYear')}
            data={yearData}
            value={String(selection.fiscalYear)}
            onChange={(v) => v && update({ fy: v === String(current) ? null : v })}
            allowDeselect={false}
            w={{ base: '100%', xs: 240 }}
            comboboxProps={{ withinPortal: true }}
          />
          {canDepartment && (
            <Select
              label={t('stats.scope')}
              data={[{ value: ORGANISATION, label: t('stats.organisation') }, ...options]}
              value={selection.departmentId ?? ORGANISATION}
              onChange={(v) => v && update({ department: v })}
              allowDeselect={false}
              searchable
              nothingFoundMessage={t('stats.noDepartment')}
              disabled={filters.loading && !filters.data}
              w={{ base: '100%', sm: 360 }}
            />
          )}
          <div>
            <Text component="span" size="sm" fw={500} display="block" mb={4} id="stats-granularity">
              {t('stats.granularity')}
            </Text>
            <SegmentedControl
              aria-labelledby="stats-granularity"
              value={selection.granularity}
              onChange={(v) => update({ by: v === 'WEEK' ? 'week' : null })}
              data={[
                { value: 'MONTH', label: t('stats.byMonth') },
                { value: 'WEEK', label: t('stats.byWeek') },
              ]}
            />
          </div>
          {canDepartment && selection.departmentId && (
            <Switch
              label={t('stats.includeSubdepartments')}
              checked={selection.includeSubdepartments}
              onChange={(e) => update({ subs: e.currentTarget.checked ? null : '0' })}
              mb={8}
            />
          )}
        </Group>
        {!canDepartment && (
          <Text size="xs" c="dimmed" mt="xs">
            {t('stats.staffNote')}
          </Text>
        )}
      </Paper>

      {!waitingForDefault && <StatsOverview selection={selection} isCurrentYear={selection.fiscalYear === current} />}

      <LeaderboardCard fiscalYear={selection.fiscalYear} />
    </Stack>
  );
}
