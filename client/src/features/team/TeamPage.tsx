import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, Select, Skeleton, Stack, Table, Text, ThemeIcon, Title } from '@mantine/core';
import { IconChartBar, IconDownload } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { TeamFiltersDocument, TeamSkillRecordsDocument } from '../../gql/graphql';
import { useT } from '../../i18n';
import { PermissionGate } from '../admin/PermissionGate';
import { useCan } from '../auth/permissions';
import { EmptyState, ErrorState } from '../common/States';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { CertificationTierBadge } from '../skills/CertificationTierBadge';
import { formatPoints, levelLabel } from '../skills/skillFormat';
import { statsPathFor } from '../stats/statsPath';
import { departmentOptions, sortMembers, summarizeRecord } from './teamSummary';

export const CSV_EXPORT_PATH = '/export/skill-records.csv';

function TeamTable({ departmentId, departmentOrder }: { departmentId: string | null; departmentOrder: readonly string[] }) {
  const t = useT();
  const navigate = useNavigate();
  const { data, loading, error, refetch } = useQuery(TeamSkillRecordsDocument, {
    variables: { departmentId },
    fetchPolicy: 'cache-and-network',
  });
  // A skill record per person, in a neutral order (department, then name): not a ranking.
  const rows = useMemo(
    () => sortMembers(data?.teamSkillRecords ?? [], departmentOrder).map((r) => ({ record: r, ...summarizeRecord(r) })),
    [data, departmentOrder],
  );
  if (loading && !data) {
    return (
      <Stack gap="xs" role="status" aria-label={t('common.loading')}>
        {[0, 1, 2, 3].map((i) => (
          <Skeleton key={i} h={36} />
        ))}
      </Stack>
    );
  }
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (rows.length === 0) return <EmptyState title={t('team.empty')} description={t('team.emptyHint')} />;

  return (
    <Paper withBorder>
      <Table.ScrollContainer minWidth={760}>
        <Table highlightOnHover verticalSpacing="sm" captionSide="top">
          <Table.Caption>
            <span className="visually-hidden">{t('team.caption')} </span>
            {t('team.memberCount', { n: rows.length })}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('team.colName')}</Table.Th>
              <Table.Th scope="col">{t('team.colDepartment')}</Table.Th>
              <Table.Th scope="col" ta="right" style={{ whiteSpace: 'nowrap' }}>
                {t('team.colPoints')}
              </Table.Th>
              <Table.Th scope="col">{t('team.colTopSkills')}</Table.Th>
              <Table.Th scope="col" ta="right" style={{ whiteSpace: 'nowrap' }}>
                {t('team.colGap')}
              </Table.Th>
              <Table.Th scope="col">{t('team.colCert')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map(({ record, topSkills, gapCount, certification }) => (
              <Table.Tr key={record.user.id} style={{ cursor: 'pointer' }} onClick={() => navigate(`/users/${record.user.id}`)}>
                <Table.Th scope="row" fw={600}>
                  <Anchor component={Link} to={`/users/${record.user.id}`} onClick={(e) => e.stopPropagation()}>
                    {record.user.displayName}
                  </Anchor>
                  {record.user.roleCategoryName && (
                    <Text size="xs" c="dimmed" fw={400}>
                      {record.user.roleCategoryName}
                    </Text>
                  )}
                </Table.Th>
                <Table.Td>
                  <Text size="sm">{record.user.department?.name ?? '—'}</Text>
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm">{formatPoints(record.totalPoints)}pt</Text>
                </Table.Td>
                <Table.Td>
                  {topSkills.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t('team.noSkills')}
                    </Text>
                  ) : (
                    <Group gap={4}>
                      {topSkills.map((e) => (
                        <Badge key={e.skill.code} color="banso" size="sm">
                          {e.skill.name} {levelLabel(e.level)}
                        </Badge>
                      ))}
                    </Group>
                  )}
                </Table.Td>
                <Table.Td ta="right">
                  <Text size="sm" c={gapCount > 0 ? 'orange.9' : 'gray.8'} fw={gapCount > 0 ? 700 : 400}>
                    {gapCount}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {certification ? (
                    <CertificationTierBadge tier={certification.tier} fiscalYear={certification.fiscalYear} size="sm" />
                  ) : (
                    <Text size="sm" c="dimmed">
                      —
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Paper>
  );
}

/** Department figures live on /stats (aggregated, small groups hidden); the team view links there instead of ranking people. */
function StatsLinkCard({ managed }: { managed: readonly { id: string; name: string; path: string }[] }) {
  const t = useT();
  const seesOrganisation = useCan('stats.viewOrganisation');
  if (!useCan('stats.viewDepartment')) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="team-stats-link">
      <Group justify="space-between" align="center" gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start" style={{ flex: '1 1 320px' }}>
          <ThemeIcon variant="light" color="banso" size={40} radius="md" aria-hidden="true">
            <IconChartBar size={22} />
          </ThemeIcon>
          <div>
            <Title order={2} size="h4" id="team-stats-link">
              {t('team.statsLink.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('team.statsLink.lead')}
            </Text>
          </div>
        </Group>
        <Group gap="xs">
          {managed.map((d) => (
            <Button key={d.id} component={Link} to={statsPathFor(d.id)} variant="light" size="sm" title={d.path}>
              {d.name}
            </Button>
          ))}
          {(seesOrganisation || managed.length === 0) && (
            <Button component={Link} to="/stats" variant="light" size="sm">
              {t('team.statsLink.open')}
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}

function Team() {
  const t = useT();
  const [departmentId, setDepartmentId] = useState<string | null>(null);
  const filters = useQuery(TeamFiltersDocument, { fetchPolicy: 'cache-first' });
  const me = filters.data?.me;
  // Whoever sees every record picks any department; a manager picks among the ones they manage.
  const seesAll = useCan('records.viewAll');
  const options = useMemo(() => {
    const deps = filters.data?.departments ?? [];
    const managed = me && !seesAll ? me.managedDepartments.map((d) => d.id) : null;
    return departmentOptions(deps, managed).map((d) => ({ value: d.id, label: d.path }));
  }, [filters.data, me, seesAll]);
  const departmentOrder = useMemo(() => (filters.data?.departments ?? []).map((d) => d.id), [filters.data]);

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="md">
        <div>
          <Title order={1} size="h2">
            {t('team.title')}
          </Title>
          <Text c="dimmed" mt={4}>
            {t('team.lead')}
          </Text>
        </div>
        <Button component="a" href={CSV_EXPORT_PATH} download leftSection={<IconDownload size={18} aria-hidden="true" />} variant="default">
          {t('team.csv')}
        </Button>
      </Group>
      <StatsLinkCard managed={me?.managedDepartments ?? []} />
      <Select
        label={t('team.department')}
        placeholder={t('team.allDepartments')}
        data={options}
        value={departmentId}
        onChange={setDepartmentId}
        clearable
        searchable
        maw={420}
        disabled={filters.loading && !filters.data}
        nothingFoundMessage={t('team.noDepartment')}
      />
      <TeamTable departmentId={departmentId} departmentOrder={departmentOrder} />
      <Text size="xs" c="dimmed">
        {t('team.csvNote')}
      </Text>
    </Stack>
  );
}

export function TeamPage() {
  const t = useT();
  useDocumentTitle(t('team.title'));
  return (
    <PermissionGate anyOf={['team.view']} title={t('team.title')} message={t('team.denied')}>
      <Team />
    </PermissionGate>
  );
}
