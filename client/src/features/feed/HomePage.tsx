import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Chip, CloseButton, Grid, Group, NativeSelect, Paper, SegmentedControl, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconAward, IconCircleCheck, IconClock, IconMessageQuestion, IconTag } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { DepartmentsDocument, TagSuggestionsDocument, type PostKind } from '../../gql/graphql';
import { useT } from '../../i18n';
import { useViewer } from '../auth/ViewerContext';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { tagPath } from '../tags/tagPath';
import { parseFeedState, toPostFilter, type FeedTab } from './feedFilter';
import { FeedList } from './FeedList';

function PopularTags() {
  const t = useT();
  const { data } = useQuery(TagSuggestionsDocument, { variables: { first: 15 }, fetchPolicy: 'cache-and-network' });
  const tags = data?.tags ?? [];
  if (tags.length === 0) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="popular-tags-title">
      <Group gap={6} mb="sm">
        <IconTag size={18} aria-hidden="true" />
        <Title order={2} size="h5" id="popular-tags-title">
          {t('home.popularTags')}
        </Title>
      </Group>
      <Group gap={6} component="ul" className="plain-list">
        {tags.map((tag) => (
          <li key={tag.id}>
            <Badge component={Link} to={`/?tag=${encodeURIComponent(tag.name)}`} color="banso" size="md" style={{ cursor: 'pointer' }}>
              #{tag.name}
              <Text span size="xs" ml={4} fw={400}>
                {tag.postCount}
              </Text>
            </Badge>
          </li>
        ))}
      </Group>
    </Paper>
  );
}

export function HomePage() {
  const t = useT();
  const viewer = useViewer();
  useDocumentTitle(t('home.title'));
  const [params, setParams] = useSearchParams();
  const state = parseFeedState(params);
  const filter = useMemo(() => toPostFilter(state), [state.tab, state.kind, state.tag, state.departmentId, state.order, state.featured]); // eslint-disable-line react-hooks/exhaustive-deps

  const { data: deptData } = useQuery(DepartmentsDocument, { fetchPolicy: 'cache-first' });

  const update = (key: string, value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(key, value);
    else next.delete(key);
    setParams(next);
  };

  const departmentOptions = [
    { value: '', label: t('home.department.all') },
    ...(deptData?.departments ?? []).map((d) => ({
      value: d.id,
      label: `${d.level === 'KA' ? '　' : d.level === 'KAKARI' ? '　　' : ''}${d.name}`,
    })),
  ];

  const tabs: { value: FeedTab; label: string; icon: typeof IconClock }[] = [
    { value: 'new', label: t('home.tab.newest'), icon: IconClock },
    { value: 'unanswered', label: t('home.tab.unanswered'), icon: IconMessageQuestion },
    { value: 'resolved', label: t('home.tab.resolved'), icon: IconCircleCheck },
  ];

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="md">
          <div>
            <Title order={1} size="h2">
              {t('home.title')}
            </Title>
            {viewer && (
              <Text c="dimmed" size="sm" mt={4}>
                {t('home.welcome', { name: viewer.displayName })} — {t('home.welcomeHint')}
              </Text>
            )}
          </div>

          <Paper withBorder p="sm" component="section" aria-label={t('home.filters')}>
            <Stack gap="sm">
              <Group gap="sm" align="flex-end" wrap="wrap">
                <Stack gap={4}>
                  <Text size="sm" fw={500} id="kind-filter-label">
                    {t('home.kind')}
                  </Text>
                  <SegmentedControl
                    role="radiogroup"
                    aria-labelledby="kind-filter-label"
                    value={state.kind ?? 'ALL'}
                    onChange={(v) => update('kind', v === 'ALL' ? null : (v as PostKind))}
                    data={[
                      { value: 'ALL', label: t('home.kind.all') },
                      { value: 'QUESTION', label: t('kind.QUESTION') },
                      { value: 'CASE', label: t('kind.CASE') },
                      { value: 'IDEA', label: t('kind.IDEA') },
                    ]}
                  />
                </Stack>
                <NativeSelect
                  label={t('home.department')}
                  data={departmentOptions}
                  value={state.departmentId ?? ''}
                  onChange={(e) => update('dept', e.currentTarget.value || null)}
                  miw={200}
                  style={{ flex: 1 }}
                />
                <NativeSelect
                  label={t('home.order')}
                  data={[
                    { value: 'NEWEST', label: t('home.order.NEWEST') },
                    { value: 'ACTIVITY', label: t('home.order.ACTIVITY') },
                  ]}
                  value={state.order}
                  onChange={(e) => update('order', e.currentTarget.value === 'NEWEST' ? null : e.currentTarget.value)}
                  miw={140}
                />
              </Group>
              <Group gap="xs" wrap="wrap">
                <Chip
                  checked={state.featured}
                  onChange={(checked) => update('featured', checked ? '1' : null)}
                  color="orange"
                  variant="outline"
                  icon={<IconAward size={14} aria-hidden="true" />}
                >
                  {t('practices.featuredFilter')}
                </Chip>
                {state.tag && (
                  <Badge
                    size="lg"
                    color="banso"
                    leftSection={<IconTag size={14} aria-hidden="true" />}
                    rightSection={<CloseButton size="xs" aria-label={t('home.clearTag')} onClick={() => update('tag', null)} c="banso.9" />}
                  >
                    {t('home.tagFilter', { tag: state.tag })}
                  </Badge>
                )}
                {state.tag && (
                  <Anchor component={Link} to={tagPath(state.tag)} size="sm" fw={600}>
                    {t('tag.page')}
                  </Anchor>
                )}
              </Group>
            </Stack>
          </Paper>

          <Tabs value={state.tab} onChange={(v) => update('tab', v && v !== 'new' ? v : null)} keepMounted={false}>
            <Tabs.List aria-label={t('home.tabs')} mb="md">
              {tabs.map((tab) => (
                <Tabs.Tab key={tab.value} value={tab.value} leftSection={<tab.icon size={16} aria-hidden="true" />}>
                  {tab.label}
                </Tabs.Tab>
              ))}
            </Tabs.List>
            {tabs.map((tab) => (
              <Tabs.Panel key={tab.value} value={tab.value}>
                {state.tab === tab.value && <FeedList filter={filter} />}
              </Tabs.Panel>
            ))}
          </Tabs>
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Stack gap="md" pt={{ base: 0, md: 64 }}>
          <PopularTags />
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
