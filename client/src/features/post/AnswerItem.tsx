import { useMutation } from '@apollo/client/react';
import { Anchor, Badge, Button, Divider, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAward, IconAwardOff, IconPencil, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import {
  AcceptAnswerDocument,
  DeleteAnswerDocument,
  PostDetailDocument,
  UnacceptAnswerDocument,
  UpdateAnswerDocument,
  type AnswerFieldsFragment,
} from '../../gql/graphql';
import { useT } from '../../i18n';
import { errorMessage } from '../../lib/errors';
import { FormerStaffBadge } from '../common/FormerStaffBadge';
import { growProps } from '../common/grow';
import { Markdown } from '../common/Markdown';
import { RelativeTime } from '../common/RelativeTime';
import { UserAvatar } from '../common/UserAvatar';
import { EditedLink } from '../history/EditedLink';
import { AnswerActionsMenu } from '../moderation/ContentActions';
import { HiddenBanner, HiddenPlaceholder, useWithheld } from '../moderation/HiddenContent';
import { OfficialAnswerNote, PersonalOpinionLabel } from '../moderation/OfficialAnswer';
import { ReactionBar } from '../reactions/ReactionBar';
import { CommentSection } from './CommentSection';
import { useIdeaThread } from './ideaThread';

interface AnswerItemProps {
  answer: AnswerFieldsFragment;
  postId: string;
  viewerId: string | null;
  canAccept: boolean;
}

export function AnswerItem({ answer, postId, viewerId, canAccept }: AnswerItemProps) {
  const t = useT();
  // On an idea, an answer is a 「コメント」.
  const idea = useIdeaThread();
  const refetch = { refetchQueries: [{ query: PostDetailDocument, variables: { id: postId } }] };
  const [accept, { loading: accepting }] = useMutation(AcceptAnswerDocument);
  const [unaccept, { loading: unaccepting }] = useMutation(UnacceptAnswerDocument);
  const [update, { loading: saving }] = useMutation(UpdateAnswerDocument);
  const [remove, { loading: removing }] = useMutation(DeleteAnswerDocument);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(answer.body);
  const [editError, setEditError] = useState<string | null>(null);
  const isOwn = !!viewerId && answer.author?.id === viewerId;

  const save = async () => {
    if (!draft.trim()) {
      setEditError(t(idea ? 'idea.required' : 'answer.required'));
      return;
    }
    try {
      await update({ variables: { input: { id: answer.id, body: draft } } });
      setEditing(false);
      setEditError(null);
      notifications.show({ color: 'teal', message: t(idea ? 'idea.updated' : 'answer.updated'), closeButtonProps: { 'aria-label': t('common.close') } });
    } catch (e) {
      setEditError(errorMessage(e, t));
    }
  };
  const headingId = `answer-${answer.id}-by`;
  const withheld = useWithheld(answer, answer.viewerIsAuthor);

  const run = async (fn: () => Promise<unknown>, success: string) => {
    try {
      await fn();
      notifications.show({ color: 'teal', message: success });
    } catch (e) {
      notifications.show({ color: 'red', title: t('error.title'), message: errorMessage(e, t) });
    }
  };

  if (withheld) return <HiddenPlaceholder targetType="ANSWER" id={`answer-${answer.id}`} />;

  return (
    <Paper
      withBorder
      p="lg"
      component="article"
      aria-labelledby={headingId}
      className={answer.accepted ? 'accepted-answer' : undefined}
      id={`answer-${answer.id}`}
    >
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
          <Group gap="sm" wrap="nowrap">
            <UserAvatar
              name={answer.author?.displayName}
              id={answer.author?.id}
              anonymous={!answer.author || answer.byAnonymousAsker}
              src={answer.author?.avatarUrl}
              size={36}
            />
            <div>
              <Text fw={600} size="sm" id={headingId}>
                {answer.byAnonymousAsker ? (
                  answer.author ? (
                    t('post.askerAnonymousYou')
                  ) : (
                    t('post.askerAnonymous')
                  )
                ) : answer.author ? (
                  <>
                    <Anchor component={Link} to={`/users/${answer.author.id}`} c="gray.9" fw={600} size="sm">
                      {answer.author.displayName}
                    </Anchor>
                    <FormerStaffBadge user={answer.author} />
                  </>
                ) : (
                  t('post.anonymous')
                )}
              </Text>
              <Text size="xs" c="dimmed">
                {answer.department && !answer.byAnonymousAsker ? `${answer.department.name} · ` : ''}
                <RelativeTime value={answer.createdAt} />
              </Text>
              <EditedLink target={{ type: 'ANSWER', postId, answerId: answer.id }} revisionCount={answer.revisionCount} />
              <PersonalOpinionLabel answer={answer} />
            </div>
          </Group>
          <Group gap="xs" wrap="nowrap">
            {answer.accepted && (
              <Badge color="green" size="lg" leftSection={<IconAward size={16} aria-hidden="true" />}>
                {t('post.bestAnswer')}
              </Badge>
            )}
            <AnswerActionsMenu answer={answer} postId={postId} />
          </Group>
        </Group>

        {answer.hidden && <HiddenBanner targetType="ANSWER" targetId={answer.id} postId={postId} reason={answer.hiddenReason} own={answer.viewerIsAuthor} />}
        <OfficialAnswerNote answer={answer} />
        {editing ? (
          <Stack gap={6}>
            <Textarea
              label={t(idea ? 'idea.editLabel' : 'answer.editLabel')}
              value={draft}
              onChange={(e) => setDraft(e.currentTarget.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                  e.preventDefault();
                  void save();
                }
              }}
              {...growProps(4, 20)}
              error={editError}
              autoFocus
            />
            <Group gap="xs" justify="flex-end">
              <Button variant="default" size="xs" onClick={() => (setEditing(false), setDraft(answer.body), setEditError(null))}>
                {t('form.cancel')}
              </Button>
              <Button size="xs" loading={saving} onClick={() => void save()}>
                {t('answer.save')}
              </Button>
            </Group>
          </Stack>
        ) : (
          <Markdown html={answer.bodyHtml} />
        )}
        {(answer.viewerCanEdit || answer.viewerCanDelete) && !editing && (
          <Group gap="xs">
            {answer.viewerCanEdit && (
              <Button
                variant="subtle"
                color="gray"
                c="gray.8"
                size="compact-xs"
                leftSection={<IconPencil size={14} aria-hidden="true" />}
                onClick={() => setEditing(true)}
              >
                {t('answer.edit')}
              </Button>
            )}
            {answer.viewerCanDelete && (
              <Button
                variant="subtle"
                color="red"
                c="red.8"
                size="compact-xs"
                loading={removing}
                leftSection={<IconTrash size={14} aria-hidden="true" />}
                onClick={() => {
                  if (!window.confirm(t(idea ? 'idea.deleteConfirm' : 'answer.deleteConfirm'))) return;
                  void run(() => remove({ variables: { id: answer.id }, ...refetch }), t(idea ? 'idea.deleted' : 'answer.deleted'));
                }}
              >
                {t('answer.delete')}
              </Button>
            )}
          </Group>
        )}

        <Group justify="space-between" wrap="wrap" gap="xs">
          <ReactionBar summary={answer.reactions} targetType="ANSWER" targetId={answer.id} disabled={isOwn} />
          {canAccept &&
            (answer.accepted ? (
              <Button
                variant="default"
                size="xs"
                leftSection={<IconAwardOff size={16} aria-hidden="true" />}
                loading={unaccepting}
                onClick={() => void run(() => unaccept({ variables: { postId }, ...refetch }), t('post.unaccepted'))}
              >
                {t('post.unaccept')}
              </Button>
            ) : (
              <Button
                variant="light"
                color="green"
                size="xs"
                leftSection={<IconAward size={16} aria-hidden="true" />}
                loading={accepting}
                onClick={() => void run(() => accept({ variables: { answerId: answer.id }, ...refetch }), t('post.accepted'))}
              >
                {t('post.accept')}
              </Button>
            ))}
        </Group>

        <Divider />
        <CommentSection comments={answer.comments} targetType="ANSWER" targetId={answer.id} refetchPostId={postId} />
      </Stack>
    </Paper>
  );
}
