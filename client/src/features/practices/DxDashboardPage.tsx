import { useQuery } from '@apollo/client/react';
import { Anchor, Group, Paper, Select, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAward, IconFolder } from '@tabler/icons-react';
import { Link, useSearchParams } from 'react-router-dom';
import { CollectionsDocument, FeedPostsDocument } from '../../gql/graphql';
import { useLocale, useT } from '../../i18n';
import { formatDate } from '../../lib/dates';
import { PermissionGate } from '../admin/PermissionGate';
import { KindBadge } from '../common/Badges';
import { ErrorState } from '../common/States';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { ReportsSummaryCard, ReviewSummaryCard } from '../moderation/DxWorkCards';
import { currentFiscalYear, fiscalYearLabel, fiscalYearOptions } from '../stats/fiscalYear';
import { ImpactSection } from './ImpactSection';
import type { ReactNode } from 'react';

/** How many featured posts and collections the dashboard lists. */
export const DASHBOARD_LIST_SIZE = 5;
export const FEATURED_FILTER = { featured: true, order: 'NEWEST' } as const;

function Card({ id, title, icon, action, children }: { id: string; title: string; icon: ReactNode; action?: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md" component="section" aria-labelledby={id} h="100%">
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="nowrap">
          <Group gap={8} wrap="nowrap">
            {icon}
            <Title order={2} size="h4" id={id}>
              {title}
            </Title>
          </Group>
          {action}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

function ListSkeleton() {
  const t = useT();
  return (
    <Stack gap="xs" role="status" aria-label={t('common.loading')}>
      {[0, 1, 2].map((i) => (
        <Skeleton key={i} h={20} />
      ))}
    </Stack>
  );
}

function FeaturedPosts() {
  const t = useT();
  const { locale } = useLocale();
  const { data, loading, error, refetch } = useQuery(FeedPostsDocument, {
    variables: { first: DASHBOARD_LIST_SIZE, filter: FEATURED_FILTER },
    fetchPolicy: 'cache-and-network',
  });
  const posts = (data?.posts.edges ?? []).slice(0, DASHBOARD_LIST_SIZE).map((e) => e.node);
  return (
    <Card
      id="dx-featured"
      title={t('dx.featured')}
      icon={<IconAward size={20} aria-hidden="true" color="var(--mantine-color-orange-8)" />}
      action={
        <Anchor component={Link} to="/?featured=1" size="sm">
          {t('dx.seeAll')}
        </Anchor>
      }
    >
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <ListSkeleton />
      ) : posts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dx.featuredEmpty')}
        </Text>
      ) : (
        <Stack gap="sm" component="ul" className="plain-list">
          {posts.map((p) => (
            <li key={p.id}>
              <Anchor component={Link} to={`/posts/${p.id}`} size="sm" fw={600}>
                {p.title}
              </Anchor>
              <Group gap={6} wrap="wrap" mt={2}>
                <KindBadge kind={p.kind} size="sm" />
                <Text size="xs" c="dimmed">
                  {p.department ? `${p.department.name} · ` : ''}
                  {formatDate(p.createdAt, locale)}
                </Text>
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </Card>
  );
}

function Collections() {
  const t = useT();
  const { data, loading, error, refetch } = useQuery(CollectionsDocument, { fetchPolicy: 'cache-and-network' });
  const collections = data?.collections ?? [];
  return (
    <Card
      id="dx-collections"
      title={t('dx.collections')}
      icon={<IconFolder size={20} aria-hidden="true" color="var(--mantine-color-banso-8)" />}
      action={
        <Anchor component={Link} to="/collections" size="sm">
          {t('dx.seeAll')}
        </Anchor>
      }
    >
      {error && !data ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : loading && !data ? (
        <ListSkeleton />
      ) : collections.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('dx.collectionsEmpty')}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" className="plain-list">
          {collections.slice(0, DASHBOARD_LIST_SIZE).map((c) => (
            <Group key={c.id} component="li" justify="space-between" gap="xs" wrap="nowrap">
              <Anchor component={Link} to={`/collections/${c.id}`} size="sm" fw={600} style={{ minWidth: 0 }}>
                {c.title}
              </Anchor>
              <Text size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }}>
                {t('collections.postCount', { n: c.postCount })}
              </Text>
            </Group>
          ))}
        </Stack>
      )}
    </Card>
  );
}

function Dashboard() {
  const t = useT();
  const { locale } = useLocale();
  const [params, setParams] = useSearchParams();
  const current = currentFiscalYear();
  const fy = Number(params.get('fy'));
  const fiscalYear = Number.isInteger(fy) && fy >= 2000 && fy <= current ? fy : current;
  const yearData = fiscalYearOptions(current).map((y) => ({ value: String(y), label: fiscalYearLabel(y, locale) }));

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" gap="md" wrap="wrap">
        <div>
          <Title order={1} size="h2">
            {t('dx.title')}
          </Title>
          <Text c="dimmed" mt={4}>
            {t('dx.lead')}
          </Text>
        </div>
        <Select
          label={t('stats.fiscalYear')}
          data={yearData}
          value={String(fiscalYear)}
          onChange={(v) => {
            if (!v) return;
            const next = new URLSearchParams(params);
            if (v === String(current)) next.delete('fy');
            else next.set('fy', v);
            setParams(next, { replace: true });
          }}
          allowDeselect={false}
          w={{ base: '100%', xs: 240 }}
          comboboxProps={{ withinPortal: true }}
        />
      </Group>

      <ImpactSection fiscalYear={fiscalYear} isCurrentYear={fiscalYear === current} />

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <FeaturedPosts />
        <Collections />
      </SimpleGrid>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <ReportsSummaryCard />
        <ReviewSummaryCard />
      </SimpleGrid>
    </Stack>
  );
}

/** /dx — the DX office's dashboard: the impact of a 年度, featured posts, collections. */
export function DxDashboardPage() {
  const t = useT();
  useDocumentTitle(t('dx.title'));
  return (
    <PermissionGate anyOf={['practices.curate']} title={t('dx.title')} message={t('dx.denied')}>
      <Dashboard />
    </PermissionGate>
  );
}
