import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Grid, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconBulb, IconFilter, IconHistory, IconSparkles, IconTag, IconTrophy } from '@tabler/icons-react';
import { useMemo } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ExpertsDocument, TagPageDocument, type PostFilter, type TagDetailFieldsFragment } from '../../gql/graphql';
import { useLocale, useT } from '../../i18n';
import { formatDate } from '../../lib/dates';
import { hasErrorCode } from '../../lib/errors';
import { NotFoundState } from '../common/NotFoundPage';
import { ErrorState, PageLoader } from '../common/States';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { FeedList } from '../feed/FeedList';
import { FeaturedBadge } from '../practices/FeaturedBadge';
import { levelLabel } from '../skills/skillFormat';
import { TagAdmin } from './TagAdmin';
import { tagFeedPath } from './tagPath';
import type { ReactNode } from 'react';

export const TAG_EXPERTS = 5;

function Side({ id, title, icon, children }: { id: string; title: string; icon: ReactNode; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Group gap={8} wrap="nowrap">
          {icon}
          <Title order={2} size="h4" id={id}>
            {title}
          </Title>
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

function TopCases({ tag }: { tag: TagDetailFieldsFragment }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <Side id="tag-top-cases" title={t('tag.topCases')} icon={<IconTrophy size={20} aria-hidden="true" color="var(--mantine-color-teal-8)" />}>
      {tag.topCases.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('tag.topCasesEmpty')}
        </Text>
      ) : (
        <Stack gap="sm" component="ol" className="plain-list">
          {tag.topCases.map((p) => (
            <li key={p.id}>
              <Anchor component={Link} to={`/posts/${p.id}`} size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
                {p.title}
              </Anchor>
              <Group gap={6} mt={2} wrap="wrap">
                {p.featured && <FeaturedBadge size="sm" />}
                <Text size="xs" c="dimmed">
                  {[p.department?.name, formatDate(p.createdAt, locale)].filter(Boolean).join(' · ')}
                </Text>
                {p.reactions.cheer > 0 && (
                  <Text size="xs" c="orange.9">
                    <IconSparkles size={12} aria-hidden="true" style={{ verticalAlign: '-1px', marginRight: 2 }} />
                    {t('tag.cheers', { n: p.reactions.cheer })}
                  </Text>
                )}
              </Group>
            </li>
          ))}
        </Stack>
      )}
    </Side>
  );
}

function Experts({ tag }: { tag: string }) {
  const t = useT();
  const { data, loading, error } = useQuery(ExpertsDocument, { variables: { tag, first: TAG_EXPERTS }, fetchPolicy: 'cache-and-network' });
  const experts = data?.experts ?? [];
  return (
    <Side id="tag-experts" title={t('tag.experts')} icon={<IconBulb size={20} aria-hidden="true" color="var(--mantine-color-banso-8)" />}>
      {loading && !data ? (
        <Stack gap="xs" role="status" aria-label={t('common.loading')}>
          <Skeleton h={18} />
          <Skeleton h={18} />
        </Stack>
      ) : error && !data ? (
        <ErrorState error={error} />
      ) : experts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('tag.expertsEmpty')}
        </Text>
      ) : (
        <Stack gap="xs" component="ul" className="plain-list">
          {experts.map((e) => (
            <li key={e.user.id}>
              <Anchor component={Link} to={`/users/${e.user.id}`} size="sm" fw={600}>
                {e.user.displayName}
              </Anchor>
              <Text size="xs" c="gray.8">
                {[e.user.department?.name, e.skill ? `${e.skill.name} ${levelLabel(e.level)}` : null].filter(Boolean).join(' · ')}
              </Text>
            </li>
          ))}
        </Stack>
      )}
      <Text size="xs" c="dimmed">
        {t('tag.expertsNote')}
      </Text>
    </Side>
  );
}

function TagView({ tag }: { tag: TagDetailFieldsFragment }) {
  const t = useT();
  const { locale } = useLocale();
  const filter = useMemo<PostFilter>(() => ({ tag: tag.name, order: 'NEWEST' }), [tag.name]);
  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/" size="sm" c="gray.8">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden="true" />
          {t('tag.back')}
        </Group>
      </Anchor>
      <Paper withBorder p={{ base: 'md', sm: 'lg' }} radius="md">
        <Stack gap="sm">
          <Group gap="sm" align="center" wrap="wrap">
            <IconTag size={28} aria-hidden="true" color="var(--mantine-color-banso-8)" />
            <Title order={1} size="h2" style={{ overflowWrap: 'anywhere' }}>
              {t('tag.title', { name: tag.name })}
            </Title>
            <Text c="dimmed" size="sm">
              {t('tag.postCount', { n: tag.postCount.toLocaleString('ja-JP') })}
            </Text>
          </Group>
          {tag.description ? (
            <Text style={{ whiteSpace: 'pre-wrap' }}>{tag.description}</Text>
          ) : (
            <Text c="dimmed" size="sm">
              {t('tag.noDescription')}
            </Text>
          )}
          {tag.changedAt && (
            <Alert
              color="grape"
              variant="light"
              icon={<IconHistory size={18} aria-hidden="true" />}
              title={t('tag.changedTitle', { date: formatDate(tag.changedAt, locale) })}
              p="sm"
            >
              <Stack gap={4}>
                {tag.changedNote && (
                  <Text size="sm" fw={600} c="gray.9">
                    {tag.changedNote}
                  </Text>
                )}
                <Text size="sm">{t('tag.changedHint')}</Text>
              </Stack>
            </Alert>
          )}
          {tag.viewerCanEdit && <TagAdmin tag={tag} />}
        </Stack>
      </Paper>

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          <Stack gap="md">
            <TopCases tag={tag} />
            <Experts tag={tag.name} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Stack gap="sm" component="section" aria-labelledby="tag-recent">
            <Group justify="space-between" align="center" gap="xs" wrap="wrap">
              <Title order={2} size="h4" id="tag-recent">
                {t('tag.recent')}
              </Title>
              <Anchor component={Link} to={tagFeedPath(tag.name)} size="sm">
                <Group gap={4} component="span" wrap="nowrap">
                  <IconFilter size={14} aria-hidden="true" />
                  {t('tag.inFeed')}
                </Group>
              </Anchor>
            </Group>
            <FeedList filter={filter} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

/** /tags/:name — a tag: its description, a changed notice, top cases, the people who know it and its newest posts; the DX office edits it here. */
export function TagPage() {
  const t = useT();
  const { name = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(TagPageDocument, { variables: { name }, fetchPolicy: 'cache-and-network' });
  const tag = data?.tag;
  useDocumentTitle(tag ? t('tag.title', { name: tag.name }) : data ? t('tag.notFound') : null);
  if (loading && !data) return <PageLoader />;
  if (error && !data) {
    if (hasErrorCode(error, 'NOT_FOUND')) return <NotFoundState title={t('tag.notFound')} body={t('tag.notFoundHint')} />;
    return <ErrorState error={error} onRetry={() => void refetch()} />;
  }
  if (!tag) return <NotFoundState title={t('tag.notFound')} body={t('tag.notFoundHint')} />;
  return <TagView tag={tag} />;
}
