import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Grid, Group, NativeSelect, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconBook2, IconPencilPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { SearchPostsDocument } from '../../gql/graphql';
import { useT } from '../../i18n';
import { preloadedPolicy } from '../../lib/preload';
import { useCan } from '../auth/permissions';
import { KindBadge, StatusBadge } from '../common/Badges';
import { useProgressiveList } from '../common/Deferred';
import { RelativeTime } from '../common/RelativeTime';
import { EmptyState, ErrorState, PageLoader } from '../common/States';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { TagLinks } from '../feed/PostCard';
import { IDEA_STATUSES } from '../ideas/ideaStatus';
import { IdeaStatusBadge } from '../ideas/IdeaStatusBadge';
import { Highlighted } from './Highlighted';
import { parseSearchState, SEARCH_PAGE_SIZE, searchUrl, suggestions, toSearchVariables, type SearchState } from './searchState';

const PAGE = SEARCH_PAGE_SIZE;

function Filters({ state }: { state: SearchState }) {
  const t = useT();
  const navigate = useNavigate();
  const [tag, setTag] = useState(state.tag ?? '');
  const go = (patch: Partial<SearchState>) => navigate(searchUrl({ ...state, ...patch }));
  // アイデア: one more filter, the idea's status (as in the feed); the row holds three filters then.
  const ideas = state.kind === 'IDEA';
  const span = ideas ? { base: 6, sm: 4 } : { base: 6, sm: 2.4 };
  return (
    <Paper withBorder p="md" component="section" aria-label={t('search.filters')}>
      <Grid gap="sm" align="flex-end">
        <Grid.Col span={span}>
          <NativeSelect
            label={t('search.kind')}
            value={state.kind ?? ''}
            onChange={(e) => {
              const kind = (e.currentTarget.value || null) as SearchState['kind'];
              // The idea's status belongs to ideas: another kind (or すべて) drops it.
              void go({ kind, ideaStatus: kind === 'IDEA' ? state.ideaStatus : null });
            }}
            data={[
              { value: '', label: t('home.kind.all') },
              { value: 'QUESTION', label: t('kind.QUESTION') },
              { value: 'CASE', label: t('kind.CASE') },
              { value: 'IDEA', label: t('kind.IDEA') },
            ]}
          />
        </Grid.Col>
        {ideas && (
          <Grid.Col span={span}>
            <NativeSelect
              label={t('idea.filter')}
              value={state.ideaStatus ?? ''}
              onChange={(e) => go({ ideaStatus: (e.currentTarget.value || null) as SearchState['ideaStatus'] })}
              data={[{ value: '', label: t('home.kind.all') }, ...IDEA_STATUSES.map((s) => ({ value: s, label: t(`idea.status.${s}`) }))]}
              data-testid="search-idea-status"
            />
          </Grid.Col>
        )}
        <Grid.Col span={span}>
          <NativeSelect
            label={t('search.status')}
            value={state.status ?? ''}
            onChange={(e) => go({ status: (e.currentTarget.value || null) as SearchState['status'] })}
            data={[
              { value: '', label: t('home.kind.all') },
              { value: 'OPEN', label: t('status.OPEN') },
              { value: 'RESOLVED', label: t('status.RESOLVED') },
              { value: 'CLOSED', label: t('status.CLOSED') },
            ]}
          />
        </Grid.Col>
        <Grid.Col span={ideas ? span : { base: 12, sm: 2.4 }}>
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void go({ tag: tag.trim() || null });
            }}
          >
            <TextInput
              label={t('search.tag')}
              value={tag}
              onChange={(e) => setTag(e.currentTarget.value)}
              onBlur={() => go({ tag: tag.trim() || null })}
              maxLength={60}
            />
          </form>
        </Grid.Col>
        <Grid.Col span={span}>
          <TextInput type="date" label={t('search.from')} value={state.from ?? ''} onChange={(e) => go({ from: e.currentTarget.value || null })} />
        </Grid.Col>
        <Grid.Col span={span}>
          <TextInput type="date" label={t('search.to')} value={state.to ?? ''} onChange={(e) => go({ to: e.currentTarget.value || null })} />
        </Grid.Col>
      </Grid>
    </Paper>
  );
}

export function SearchPage() {
  const t = useT();
  const canEditSynonyms = useCan('synonyms.edit');
  const [params] = useSearchParams();
  const state = parseSearchState(params);
  useDocumentTitle(state.q ? t('search.titleFor', { q: state.q }) : t('search.title'));
  const { filter, createdAt } = toSearchVariables(state);
  // Read once: right after main.tsx preloaded this query, from the cache; otherwise cache and network.
  const [firstPolicy] = useState(() => preloadedPolicy(`search:${window.location.search}`, 'cache-and-network'));
  const { data, loading, error, fetchMore, refetch } = useQuery(SearchPostsDocument, {
    variables: { query: state.q, first: PAGE, filter, createdAt },
    skip: state.q === '',
    fetchPolicy: firstPolicy,
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const result = data?.search;
  // The first results at once, the rest of the page in a transition just after (no long task).
  const edges = useProgressiveList(result?.edges ?? [], 6);

  const header = (
    <Group justify="space-between" align="flex-end">
      <div>
        <Title order={1} size="h2">
          {t('search.title')}
        </Title>
        {result && (
          <Text c="dimmed" mt={4} aria-live="polite">
            {t('search.count', { count: result.totalCount })}
          </Text>
        )}
      </div>
      {canEditSynonyms && (
        <Anchor component={Link} to="/search/synonyms" size="sm">
          <Group gap={4} component="span">
            <IconBook2 size={16} aria-hidden="true" />
            {t('synonyms.link')}
          </Group>
        </Anchor>
      )}
    </Group>
  );

  let body: React.ReactNode;
  if (state.q === '') {
    body = <EmptyState icon={<IconSearch size={32} aria-hidden="true" />} title={t('search.emptyQuery')} description={t('search.emptyQueryHint')} />;
  } else if (error && !result) {
    body = <ErrorState error={error} onRetry={() => void refetch()} />;
  } else if (!result) {
    body = <PageLoader />;
  } else if (result.edges.length === 0) {
    const tips = suggestions(state, result.terms);
    body = (
      <EmptyState
        icon={<IconSearch size={32} aria-hidden="true" />}
        title={t('search.noResults', { q: state.q })}
        description={t('search.noResultsHint')}
        action={
          <Stack gap="md" align="center">
            <Button
              component={Link}
              to={`/new/question?title=${encodeURIComponent(state.q)}`}
              leftSection={<IconPencilPlus size={18} aria-hidden="true" />}
              mt="xs"
            >
              {t('search.askThis')}
            </Button>
            {tips.length > 0 && (
              <Stack gap={6} align="center">
                <Text size="sm" fw={600}>
                  {t('search.tryInstead')}
                </Text>
                <Group gap="xs" justify="center">
                  {tips.map((s) => (
                    <Button key={s.url} component={Link} to={s.url} variant="light" size="xs">
                      {s.label}
                    </Button>
                  ))}
                </Group>
              </Stack>
            )}
          </Stack>
        }
      />
    );
  } else {
    body = (
      <Stack gap="sm">
        <ol className="plain-list" style={{ display: 'flex', flexDirection: 'column', gap: 12 }} aria-label={t('search.results')}>
          {edges.map(({ node, snippet, titleHighlight }) => (
            <li key={node.id}>
              <Card component="article" padding="lg" className="post-card" aria-labelledby={`sr-${node.id}`}>
                <Stack gap={6}>
                  <Group gap={6}>
                    <KindBadge kind={node.kind} size="sm" />
                    <StatusBadge status={node.status} size="sm" />
                    {node.kind === 'IDEA' && <IdeaStatusBadge status={node.ideaStatus} size="sm" />}
                  </Group>
                  <Title order={2} size="h4" lh={1.45} id={`sr-${node.id}`}>
                    <Anchor component={Link} to={`/posts/${node.id}`} underline="never" className="post-card-title">
                      <Highlighted html={titleHighlight} />
                    </Anchor>
                  </Title>
                  <Text size="sm" c="gray.8" className="search-snippet">
                    <Highlighted html={snippet} />
                  </Text>
                  <TagLinks tags={node.tags} />
                  <Text size="xs" c="dimmed">
                    {node.author?.displayName ?? t('post.anonymous')} · <RelativeTime value={node.createdAt} /> ·{' '}
                    {t(node.kind === 'IDEA' ? 'idea.commentCount' : 'search.answers', { count: node.answerCount })}
                  </Text>
                </Stack>
              </Card>
            </li>
          ))}
        </ol>
        {result.pageInfo.hasNextPage && (
          <Button
            variant="default"
            loading={loadingMore}
            onClick={async () => {
              setLoadingMore(true);
              try {
                await fetchMore({
                  variables: { after: result.pageInfo.endCursor },
                  updateQuery: (prev, { fetchMoreResult }) => ({
                    search: { ...fetchMoreResult.search, edges: [...prev.search.edges, ...fetchMoreResult.search.edges] },
                  }),
                });
              } finally {
                setLoadingMore(false);
              }
            }}
          >
            {t('search.more')}
          </Button>
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="md" maw={880} mx="auto">
      {header}
      <Filters key={params.toString()} state={state} />
      {result && result.terms.length > 0 && (
        <Group gap={6} aria-label={t('search.terms')}>
          <Text size="sm" c="dimmed">
            {t('search.terms')}:
          </Text>
          {result.terms.map((term) => (
            <Badge key={`${term.phrase}-${term.text}`} variant="light" color="banso" radius="sm" tt="none">
              {term.phrase ? `"${term.text}"` : term.text}
              {term.synonyms.length > 0 && ` (${t('search.alsoMatches')}: ${term.synonyms.join('・')})`}
            </Badge>
          ))}
        </Group>
      )}
      {loading && !result && state.q !== '' ? <PageLoader /> : body}
    </Stack>
  );
}
