import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, CloseButton, Group, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { IconAward, IconCircleCheck, IconClock, IconLayoutCards, IconLayoutList, IconMessageQuestion, IconTag } from '@tabler/icons-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { DepartmentsDocument, FeedDensityDocument, SetFeedDensityDocument, TagSuggestionsDocument, type FeedDensity } from '../../gql/graphql';
import { useT } from '../../i18n';
import { useViewer } from '../auth/ViewerContext';
import { SegmentedChoice, ToggleChip } from '../common/Choice';
import { SelectField } from '../common/Field';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { tagPath } from '../tags/tagPath';
import { parseFeedState, toPostFilter, type FeedTab } from './feedFilter';
import { FeedList } from './FeedList';
import classes from './HomePage.module.css';

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
  const filter = useMemo(() => toPostFilter(state), [state.tab, state.kind, state.tag, state.departmentId, state.order, state.featured, state.ideaStatus]); // eslint-disable-line react-hooks/exhaustive-deps

  const { data: deptData } = useQuery(DepartmentsDocument, { fetchPolicy: 'cache-first' });

  // The person's density (kept on the server: the same in every browser); switching is instant.
  const { data: densityData } = useQuery(FeedDensityDocument, { skip: !viewer, fetchPolicy: 'cache-first' });
  const [densityChoice, setDensityChoice] = useState<FeedDensity | null>(null);
  const density: FeedDensity = densityChoice ?? densityData?.me?.feedDensity ?? 'CARDS';
  const [saveDensity] = useMutation(SetFeedDensityDocument);
  const chooseDensity = (value: FeedDensity) => {
    setDensityChoice(value);
    if (viewer) void saveDensity({ variables: { density: value } }).catch(() => undefined);
  };

  // A tag chosen further down the page (popular tags, a card) shows the filtered feed from the top, chip visible.
  const lastTag = useRef(state.tag);
  useEffect(() => {
    if (lastTag.current !== state.tag && state.tag) window.scrollTo?.({ top: 0 });
    lastTag.current = state.tag;
  }, [state.tag]);

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

  const departmentName = (deptData?.departments ?? []).find((d) => d.id === state.departmentId)?.name;
  const filterSummary =
    [
      state.tag ? `#${state.tag}` : null,
      state.kind ? t(`kind.${state.kind}`) : null,
      state.departmentId ? (departmentName ?? t('home.department')) : null,
      state.featured ? t('practices.featuredFilter') : null,
      state.ideaStatus ? t(`idea.status.${state.ideaStatus}`) : null,
      state.tab === 'unanswered' ? t('home.tab.unanswered') : state.tab === 'resolved' ? t('home.tab.resolved') : null,
    ]
      .filter(Boolean)
      .map((x) => `「${x}」`)
      .join('') || null;
  const clearFilters = () => {
    const next = new URLSearchParams();
    if (state.order !== 'NEWEST') next.set('order', state.order);
    setParams(next);
  };

  const tabs: { value: FeedTab; label: string; icon: typeof IconClock }[] = [
    { value: 'new', label: t('home.tab.newest'), icon: IconClock },
    { value: 'unanswered', label: t('home.tab.unanswered'), icon: IconMessageQuestion },
    { value: 'resolved', label: t('home.tab.resolved'), icon: IconCircleCheck },
  ];

  return (
    <div className={classes.grid}>
      <div>
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
                  <SegmentedChoice
                    aria-labelledby="kind-filter-label"
                    value={state.kind ?? 'ALL'}
                    onChange={(v) => {
                      const next = new URLSearchParams(params);
                      if (v === 'ALL') next.delete('kind');
                      else next.set('kind', v);
                      // the idea status filter belongs to ideas
                      if (v !== 'IDEA') next.delete('idea');
                      setParams(next);
                    }}
                    data={
                      [
                        { value: 'ALL', label: t('home.kind.all') },
                        { value: 'QUESTION', label: t('kind.QUESTION') },
                        { value: 'CASE', label: t('kind.CASE') },
                        { value: 'IDEA', label: t('kind.IDEA') },
                      ] as const
                    }
                  />
                </Stack>
                {(state.kind === 'IDEA' || state.ideaStatus) && (
                  <SelectField
                    label={t('idea.filter')}
                    data={[
                      { value: '', label: t('idea.filterAll') },
                      ...(['PROPOSED', 'UNDER_REVIEW', 'ADOPTED', 'DECLINED'] as const).map((s) => ({ value: s, label: t(`idea.status.${s}`) })),
                    ]}
                    value={state.ideaStatus ?? ''}
                    onChange={(e) => update('idea', e.currentTarget.value || null)}
                    miw={140}
                    data-testid="idea-status-filter"
                  />
                )}
                <SelectField
                  label={t('home.department')}
                  data={departmentOptions}
                  value={state.departmentId ?? ''}
                  onChange={(e) => update('dept', e.currentTarget.value || null)}
                  miw={200}
                  style={{ flex: 1 }}
                />
                <SelectField
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
                <ToggleChip
                  checked={state.featured}
                  onChange={(checked) => update('featured', checked ? '1' : null)}
                  icon={<IconAward size={14} aria-hidden="true" />}
                >
                  {t('practices.featuredFilter')}
                </ToggleChip>
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
            <Group justify="space-between" align="flex-end" gap="xs" mb="md" wrap="nowrap">
              <Tabs.List aria-label={t('home.tabs')} style={{ flex: 1 }}>
                {tabs.map((tab) => (
                  <Tabs.Tab key={tab.value} value={tab.value} leftSection={<tab.icon size={16} aria-hidden="true" />}>
                    {tab.label}
                  </Tabs.Tab>
                ))}
              </Tabs.List>
              <SegmentedChoice<FeedDensity>
                size="xs"
                value={density}
                onChange={chooseDensity}
                aria-label={t('feed.density')}
                data={[
                  {
                    value: 'CARDS',
                    label: (
                      <>
                        <IconLayoutCards size={15} aria-hidden="true" />
                        <span>{t('feed.density.CARDS')}</span>
                      </>
                    ),
                  },
                  {
                    value: 'COMPACT',
                    label: (
                      <>
                        <IconLayoutList size={15} aria-hidden="true" />
                        <span>{t('feed.density.COMPACT')}</span>
                      </>
                    ),
                  },
                ]}
              />
            </Group>
            {tabs.map((tab) => (
              <Tabs.Panel key={tab.value} value={tab.value}>
                {state.tab === tab.value && <FeedList filter={filter} density={density} filterSummary={filterSummary} onClearFilters={clearFilters} />}
              </Tabs.Panel>
            ))}
          </Tabs>
        </Stack>
      </div>
      <div className={classes.side}>
        <PopularTags />
      </div>
    </div>
  );
}
