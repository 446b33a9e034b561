import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Center, Grid, Group, Paper, SimpleGrid, Stack, Tabs, Text, Timeline, Title } from '@mantine/core';
import { IconAward, IconBuildingCommunity, IconFileText, IconMail, IconMessageCircle, IconNotes } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { DraftsDocument, UserProfileDocument } from '../../gql/graphql';
import { useLocale, useT } from '../../i18n';
import { formatAssignmentPeriod, formatDate } from '../../lib/dates';
import { hasErrorCode } from '../../lib/errors';
import { useViewer } from '../auth/ViewerContext';
import { KindBadge, StatusBadge } from '../common/Badges';
import { FormerStaffBadge } from '../common/FormerStaffBadge';
import { NotFoundState } from '../common/NotFoundPage';
import { RelativeTime } from '../common/RelativeTime';
import { EmptyState, ErrorState, PageLoader } from '../common/States';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { UserAvatar } from '../common/UserAvatar';
import { DraftList } from '../drafts/DraftList';
import { PostCard } from '../feed/PostCard';
import { ProfileAbout } from '../profile/ProfileAbout';
import { ProfileSkills } from '../skills/ProfileSkills';

const POSTS_PAGE = 10;

function Stat({ label, value, icon: Icon }: { label: string; value: number; icon: typeof IconNotes }) {
  return (
    <Paper withBorder p="md">
      <Group gap="sm" wrap="nowrap">
        <Icon size={26} stroke={1.6} color="var(--mantine-color-banso-8)" aria-hidden="true" />
        <div>
          <Text size="xs" c="dimmed">
            {label}
          </Text>
          <Text fw={700} fz="xl" lh={1.2}>
            {value}
          </Text>
        </div>
      </Group>
    </Paper>
  );
}

export function UserPage() {
  const t = useT();
  const { locale } = useLocale();
  const { id = '' } = useParams();
  const viewer = useViewer();
  const [tab, setTab] = useState<string | null>('posts');
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(UserProfileDocument, {
    variables: { id, postsFirst: POSTS_PAGE, answersFirst: 30 },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const user = data?.user;
  // Drafts are private: the 下書き tab is only on one's own profile (and `drafts` only ever returns the viewer's own).
  const own = !!viewer && viewer.id === id;
  const drafts = useQuery(DraftsDocument, { skip: !own });
  useDocumentTitle(user?.displayName ?? (data && !user ? t('profile.notFound') : t('profile.title')));

  if (loading && !data) return <PageLoader />;
  if (error && !user) {
    if (hasErrorCode(error, 'NOT_FOUND')) return <NotFoundState title={t('profile.notFound')} />;
    return <ErrorState error={error} onRetry={() => void refetch()} />;
  }
  if (!user) return <NotFoundState title={t('profile.notFound')} />;

  const loadMorePosts = async () => {
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { postsAfter: user.posts.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="lg">
      <Paper withBorder p={{ base: 'md', sm: 'xl' }}>
        <Group gap="lg" align="center" wrap="wrap">
          <UserAvatar name={user.displayName} id={user.id} src={user.avatarUrl} size={84} />
          <Stack gap={6} style={{ flex: 1, minWidth: 220 }}>
            <Group gap="xs" align="center">
              <Title order={1} size="h2">
                {user.displayName}
              </Title>
              <Badge color="banso" size="lg">
                {t(`role.${user.role}`)}
              </Badge>
              <FormerStaffBadge user={user} size="lg" />
            </Group>
            <Group gap="lg" wrap="wrap">
              <Group gap={6} wrap="nowrap">
                <IconBuildingCommunity size={18} aria-hidden="true" color="var(--mantine-color-gray-7)" />
                <Text size="sm">
                  <span className="visually-hidden">{t('profile.department')}: </span>
                  {user.department?.path ?? user.department?.name ?? t('profile.noDepartment')}
                </Text>
              </Group>
              {user.email && (
                <Group gap={6} wrap="nowrap">
                  <IconMail size={18} aria-hidden="true" color="var(--mantine-color-gray-7)" />
                  <Text size="sm">
                    <span className="visually-hidden">{t('profile.email')}: </span>
                    {user.email}
                  </Text>
                </Group>
              )}
            </Group>
            <Group gap="xs">
              {user.roleCategoryName && (
                <Badge color="teal" variant="light">
                  {t('profile.skillRole')}: {user.roleCategoryName}
                </Badge>
              )}
              {user.layerName && (
                <Badge color="gray" variant="light">
                  {t('profile.layer')}: {user.layerName}
                </Badge>
              )}
              <Text size="xs" c="dimmed">
                {t('profile.since', { date: formatDate(user.createdAt, locale) })}
              </Text>
            </Group>
            <ProfileAbout user={user} />
          </Stack>
        </Group>
      </Paper>

      <ProfileSkills userId={user.id} />

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <section aria-labelledby="stats-title">
              <Title order={2} size="h4" id="stats-title" mb="sm">
                {t('profile.stats')}
              </Title>
              <SimpleGrid cols={{ base: 3, md: 1 }} spacing="sm">
                <Stat label={t('profile.posts')} value={user.postCount} icon={IconNotes} />
                <Stat label={t('profile.answers')} value={user.answerCount} icon={IconMessageCircle} />
                <Stat label={t('profile.accepted')} value={user.acceptedAnswerCount} icon={IconAward} />
              </SimpleGrid>
            </section>
            <Paper withBorder p="md" component="section" aria-labelledby="history-title">
              <Title order={2} size="h4" id="history-title" mb="md">
                {t('profile.history')}
              </Title>
              {user.assignments.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('profile.historyEmpty')}
                </Text>
              ) : (
                <Timeline active={0} bulletSize={14} lineWidth={2} component="ol" className="plain-list">
                  {user.assignments.map((a) => (
                    <Timeline.Item
                      key={a.id}
                      component="li"
                      title={
                        <Group gap={6}>
                          <Text fw={700} size="sm" component="span">
                            {a.department.name}
                          </Text>
                          {!a.endDate && (
                            <Badge size="xs" color="teal">
                              {t('profile.current')}
                            </Badge>
                          )}
                        </Group>
                      }
                    >
                      <Text size="sm" c="gray.8">
                        {formatAssignmentPeriod(a.startDate, a.endDate, locale)} {a.department.name}
                      </Text>
                      {(a.title || a.department.path !== a.department.name) && (
                        <Text size="xs" c="dimmed">
                          {[a.department.path, a.title].filter(Boolean).join(' · ')}
                        </Text>
                      )}
                    </Timeline.Item>
                  ))}
                </Timeline>
              )}
            </Paper>
          </Stack>
        </Grid.Col>

        <Grid.Col span={{ base: 12, md: 8 }}>
          <Tabs value={!own && tab === 'drafts' ? 'posts' : tab} onChange={setTab}>
            <Tabs.List mb="md" aria-label={t('profile.title')}>
              <Tabs.Tab value="posts" leftSection={<IconNotes size={16} aria-hidden="true" />}>
                {t('profile.posts')} ({user.postCount})
              </Tabs.Tab>
              <Tabs.Tab value="answers" leftSection={<IconMessageCircle size={16} aria-hidden="true" />}>
                {t('profile.answers')} ({user.answerCount})
              </Tabs.Tab>
              {own && (
                <Tabs.Tab value="drafts" leftSection={<IconFileText size={16} aria-hidden="true" />}>
                  {t('drafts.title')}
                  {drafts.data ? ` (${drafts.data.drafts.length})` : ''}
                </Tabs.Tab>
              )}
            </Tabs.List>
            <Tabs.Panel value="posts">
              {user.posts.edges.length === 0 ? (
                <EmptyState title={t('profile.noPosts')} />
              ) : (
                <Stack gap="md">
                  <Stack gap="md" component="ul" className="plain-list">
                    {user.posts.edges.map((edge) => (
                      <li key={edge.node.id}>
                        <PostCard post={edge.node} headingLevel={3} />
                      </li>
                    ))}
                  </Stack>
                  {user.posts.pageInfo.hasNextPage && (
                    <Center>
                      <Button variant="default" onClick={() => void loadMorePosts()} loading={loadingMore}>
                        {t('home.loadMore')}
                      </Button>
                    </Center>
                  )}
                </Stack>
              )}
            </Tabs.Panel>
            <Tabs.Panel value="answers">
              {user.answers.length === 0 ? (
                <EmptyState title={t('profile.noAnswers')} />
              ) : (
                <Stack gap="sm" component="ul" className="plain-list">
                  {user.answers.map((answer) => (
                    <li key={answer.id}>
                      <Paper withBorder p="md">
                        <Stack gap={6}>
                          <Group gap={6}>
                            {answer.post && <KindBadge kind={answer.post.kind} size="sm" />}
                            {answer.post && <StatusBadge status={answer.post.status} size="sm" />}
                            {answer.accepted && (
                              <Badge color="green" size="sm" leftSection={<IconAward size={12} aria-hidden="true" />}>
                                {t('post.bestAnswer')}
                              </Badge>
                            )}
                          </Group>
                          {answer.post ? (
                            <Anchor component={Link} to={`/posts/${answer.post.id}#answer-${answer.id}`} fw={600} c="gray.9">
                              {answer.post.title}
                            </Anchor>
                          ) : (
                            <Text c="dimmed">—</Text>
                          )}
                          <Text size="xs" c="dimmed">
                            <RelativeTime value={answer.createdAt} /> · {t('stamp.CHEER')} {answer.reactions.cheer} · {t('stamp.HELPFUL')}{' '}
                            {answer.reactions.helpful} · {t('stamp.THANKS')} {answer.reactions.thanks}
                          </Text>
                        </Stack>
                      </Paper>
                    </li>
                  ))}
                </Stack>
              )}
            </Tabs.Panel>
            {own && (
              <Tabs.Panel value="drafts">
                <Stack gap="sm">
                  <Text size="sm" c="dimmed">
                    {t('drafts.lead')}
                  </Text>
                  <DraftList />
                </Stack>
              </Tabs.Panel>
            )}
          </Tabs>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
