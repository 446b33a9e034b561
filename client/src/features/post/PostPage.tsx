import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Divider, Group, Modal, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft, IconEdit, IconEyeOff, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router-dom';
import { DeletePostDocument, PostDetailDocument } from '../../gql/graphql';
import { useT, useLocale } from '../../i18n';
import { formatDateTime } from '../../lib/dates';
import { errorMessage, hasErrorCode } from '../../lib/errors';
import { preloadedPolicy } from '../../lib/preload';
import { useViewer } from '../auth/ViewerContext';
import { BookmarkButton } from '../bookmarks/BookmarkButton';
import { KindBadge, StatusBadge } from '../common/Badges';
import { Deferred, useProgressiveList } from '../common/Deferred';
import { FormerStaffBadge } from '../common/FormerStaffBadge';
import { Markdown } from '../common/Markdown';
import { NotFoundState } from '../common/NotFoundPage';
import { RelativeTime } from '../common/RelativeTime';
import { ErrorState, PageLoader } from '../common/States';
import { useDocumentTitle } from '../common/useDocumentTitle';
import { UserAvatar } from '../common/UserAvatar';
import { TagLinks } from '../feed/PostCard';
import { EditedLink } from '../history/EditedLink';
import { IdeaStatusBadge } from '../ideas/IdeaStatusBadge';
import { IdeaStatusSection } from '../ideas/IdeaStatusSection';
import { LivePostUpdates } from '../live/LivePostUpdates';
import { PostActionsMenu, PostModerationNotices } from '../moderation/PostModeration';
import { FollowButton } from '../notifications/FollowButton';
import { ScrollToAnchor } from '../notifications/ScrollToAnchor';
import { AdoptionSection } from '../practices/AdoptionSection';
import { ContentStateBadges, HiddenNotice } from '../practices/ContentState';
import { FeaturedBadge } from '../practices/FeaturedBadge';
import { CurationActions, FeaturedNotice, PostCollections } from '../practices/PostCuration';
import { ReactionBar } from '../reactions/ReactionBar';
import { RouteQuestion } from '../routing/RouteQuestion';
import { RelatedPosts } from '../search/RelatedPosts';
import { ShareActions } from '../share/ShareActions';
import { AnswerForm } from './AnswerForm';
import { AnswerItem } from './AnswerItem';
import { CaseDetailsView } from './CaseDetailsView';
import { CommentSection } from './CommentSection';
import { IdeaThreadContext } from './ideaThread';
import { RevealAuthorButton } from './RevealAuthorButton';

export function PostPage() {
  const t = useT();
  const { locale } = useLocale();
  const { id = '' } = useParams();
  const viewer = useViewer();
  const navigate = useNavigate();
  const client = useApolloClient();
  const [confirmOpen, confirm] = useDisclosure(false);
  // Read once: right after main.tsx preloaded this query, from the cache; otherwise cache and network.
  const [firstPolicy] = useState(() => preloadedPolicy(`post:${id}`, 'cache-and-network'));
  const { data, loading, error, refetch } = useQuery(PostDetailDocument, {
    variables: { id },
    fetchPolicy: firstPolicy,
    nextFetchPolicy: 'cache-first',
  });
  const [deletePost, { loading: deleting, error: deleteError }] = useMutation(DeletePostDocument);
  const post = data?.post;
  // ベストアンサー first, then 公式見解, then the rest as the server ordered them.
  const answers = [...(post?.answers ?? [])].sort((a, b) => Number(b.accepted) - Number(a.accepted) || Number(b.official) - Number(a.official));
  // The first two answers at once, the others just after (a transition); all at once when a link points into the thread.
  const { hash } = useLocation();
  const shownAnswers = useProgressiveList(answers, hash ? answers.length : 2);
  useDocumentTitle(post?.title ?? (data && !post ? t('post.notFound') : null));

  if (loading && !data) return <PageLoader />;
  if (error && !post) {
    if (hasErrorCode(error, 'NOT_FOUND')) return <NotFoundState title={t('post.notFound')} body={t('post.notFoundHint')} />;
    return <ErrorState error={error} onRetry={() => void refetch()} />;
  }
  if (!post) return <NotFoundState title={t('post.notFound')} body={t('post.notFoundHint')} />;

  const onDelete = async () => {
    try {
      await deletePost({ variables: { id: post.id } });
      confirm.close();
      client.cache.evict({ id: client.cache.identify({ __typename: 'Post', id: post.id }) });
      client.cache.evict({ fieldName: 'posts' });
      client.cache.gc();
      notifications.show({ color: 'teal', message: t('post.deleted') });
      void navigate('/', { replace: true });
    } catch {
      // shown in the modal
    }
  };

  const isQuestion = post.kind === 'QUESTION';
  // Ideas are discussed: their answers are 「コメント」 (heading, form, counts).
  const isIdea = post.kind === 'IDEA';
  // The asker sees their own name on their anonymous question, marked as shown to them only.
  const authorName = post.anonymous ? (post.author ? t('post.anonymousYou') : t('post.anonymous')) : (post.author?.displayName ?? t('post.anonymous'));

  return (
    <IdeaThreadContext.Provider value={isIdea}>
      <Stack gap="lg" maw={880} mx="auto">
        <ScrollToAnchor />
        <LivePostUpdates postId={post.id} />
        <Anchor component={Link} to="/" size="sm" c="gray.8">
          <Group gap={4} component="span">
            <IconArrowLeft size={16} aria-hidden="true" />
            {t('post.backHome')}
          </Group>
        </Anchor>

        <Paper withBorder p={{ base: 'md', sm: 'xl' }} component="article" aria-labelledby="post-title">
          <Stack gap="md">
            <Group gap={6}>
              <KindBadge kind={post.kind} />
              <StatusBadge status={post.status} />
              {post.featured && <FeaturedBadge />}
              {post.kind === 'IDEA' && <IdeaStatusBadge status={post.ideaStatus} />}
              <ContentStateBadges post={post} />
            </Group>
            <Title order={1} id="post-title" size="h2" lh={1.4}>
              {post.title}
            </Title>
            <Group justify="space-between" align="center" wrap="wrap" gap="sm">
              <Group gap="sm" wrap="nowrap">
                <UserAvatar
                  name={post.author?.displayName}
                  id={post.author?.id}
                  anonymous={!post.author || post.anonymous}
                  src={post.author?.avatarUrl}
                  size={40}
                />
                <div>
                  <Text fw={600} size="sm">
                    {post.author && !post.anonymous ? (
                      <>
                        <Anchor component={Link} to={`/users/${post.author.id}`} c="gray.9" fw={600} size="sm">
                          {authorName}
                        </Anchor>
                        <FormerStaffBadge user={post.author} />
                      </>
                    ) : (
                      authorName
                    )}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {post.department ? `${post.department.name} · ` : ''}
                    {t('post.postedAt')} <RelativeTime value={post.createdAt} />
                    {post.updatedAt !== post.createdAt && (
                      <>
                        {' · '}
                        <span title={formatDateTime(post.updatedAt, locale)}>
                          {t('post.updatedAt')} <RelativeTime value={post.updatedAt} />
                        </span>
                      </>
                    )}
                  </Text>
                  <EditedLink target={{ type: 'POST', postId: post.id }} revisionCount={post.revisionCount} />
                </div>
              </Group>
              <Group gap="xs">
                <FollowButton postId={post.id} following={post.viewerFollows} />
                <BookmarkButton postId={post.id} bookmarked={post.bookmarked} />
                {post.viewerCanRevealAuthor && <RevealAuthorButton postId={post.id} />}
                {post.viewerCanEdit && (
                  <Button component={Link} to={`/posts/${post.id}/edit`} variant="default" size="xs" leftSection={<IconEdit size={16} aria-hidden="true" />}>
                    {t('post.edit')}
                  </Button>
                )}
                {post.viewerCanDelete && (
                  <Button variant="default" c="red.9" size="xs" leftSection={<IconTrash size={16} aria-hidden="true" />} onClick={confirm.open}>
                    {t('post.delete')}
                  </Button>
                )}
                <ShareActions post={post} />
                <PostActionsMenu post={post} />
              </Group>
            </Group>

            <HiddenNotice post={post} />
            <PostModerationNotices post={post} />
            <FeaturedNotice post={post} />
            <CurationActions post={post} />

            {post.anonymous && (
              <Alert color="gray" variant="light" icon={<IconEyeOff size={18} aria-hidden="true" />} p="xs">
                <Text size="sm">{t('post.anonymousNote')}</Text>
              </Alert>
            )}

            <IdeaStatusSection post={post} />

            <TagLinks tags={post.tags} />
            <PostCollections collections={post.collections} />

            <Markdown html={post.bodyHtml} />

            {post.kind === 'CASE' && post.caseDetails && <CaseDetailsView details={post.caseDetails} />}

            <ReactionBar summary={post.reactions} targetType="POST" targetId={post.id} disabled={post.viewerIsAuthor} size="sm" />

            <Divider />
            <section aria-label={t('comment.heading')}>
              <CommentSection comments={post.comments} targetType="POST" targetId={post.id} refetchPostId={post.id} />
            </section>
          </Stack>
        </Paper>

        {/* 横展開 (its list and form) is below the case: after the first paint, like the answer form. */}
        {post.kind === 'CASE' && (
          <Deferred>
            <AdoptionSection post={post} />
          </Deferred>
        )}

        {(isQuestion || isIdea || answers.length > 0) && (
          <Stack gap="md" component="section" aria-labelledby="answers-title">
            <Title order={2} size="h3" id="answers-title">
              {t(isIdea ? 'idea.answersHeading' : 'post.answersHeading', { count: answers.length })}
            </Title>
            {answers.length === 0 ? (
              <Paper withBorder p="lg" bg="gray.0">
                <Text c="gray.8">{t(post.status === 'CLOSED' ? 'closed.noAnswers' : isIdea ? 'idea.noAnswers' : 'post.noAnswers')}</Text>
              </Paper>
            ) : (
              <Stack gap="md" component="ul" className="plain-list">
                {shownAnswers.map((answer) => (
                  <li key={answer.id}>
                    <AnswerItem answer={answer} postId={post.id} viewerId={viewer?.id ?? null} canAccept={post.viewerCanAccept} />
                  </li>
                ))}
              </Stack>
            )}
          </Stack>
        )}

        {/* Below the fold: rendered just after the first paint (a transition), so the first render stays short. */}
        <Deferred>
          <RouteQuestion post={post} />

          {(isQuestion || isIdea) && post.status !== 'CLOSED' && <AnswerForm postId={post.id} kind={post.kind} />}

          <RelatedPosts postId={post.id} />
        </Deferred>

        <Modal opened={confirmOpen} onClose={confirm.close} title={t('post.deleteConfirmTitle')} centered>
          <Stack gap="md">
            <Text size="sm">{t(isIdea ? 'idea.deletePostBody' : 'post.deleteConfirmBody')}</Text>
            {deleteError && (
              <Alert color="red" variant="light" role="alert">
                {errorMessage(deleteError, t)}
              </Alert>
            )}
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={confirm.close}>
                {t('post.deleteCancel')}
              </Button>
              <Button color="red" onClick={() => void onDelete()} loading={deleting}>
                {t('post.delete')}
              </Button>
            </Group>
          </Stack>
        </Modal>
      </Stack>
    </IdeaThreadContext.Provider>
  );
}
