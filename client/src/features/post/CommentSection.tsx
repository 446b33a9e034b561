import { useMutation } from '@apollo/client/react';
import { Anchor, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { IconMessagePlus } from '@tabler/icons-react';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { Link } from 'react-router-dom';
import { AddCommentDocument, DeleteCommentDocument, PostDetailDocument, type CommentFieldsFragment, type ReactionTargetType } from '../../gql/graphql';
import { useT } from '../../i18n';
import { errorMessage } from '../../lib/errors';
import { FormerStaffBadge } from '../common/FormerStaffBadge';
import { growProps } from '../common/grow';
import { useIdempotencyKey } from '../common/idempotency';
import { Markdown } from '../common/Markdown';
import { RelativeTime } from '../common/RelativeTime';
import { GuidelinesLink } from '../guard/GuidelinesLink';
import { useGuardedForm } from '../guard/useGuardedForm';
import { CommentActionsMenu } from '../moderation/ContentActions';
import { HiddenBanner, HiddenPlaceholder, useViewerReads } from '../moderation/HiddenContent';
import { useAttachments } from '../uploads/useAttachments';

export const COMMENT_MAX = 2000;

interface CommentSectionProps {
  comments: readonly CommentFieldsFragment[];
  targetType: ReactionTargetType;
  targetId: string;
  /** The post page to refresh after a comment was added. */
  refetchPostId: string;
}

export function CommentSection({ comments, targetType, targetId, refetchPostId }: CommentSectionProps) {
  const t = useT();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [body, setBody] = useState('');
  const textareaRef = useRef<HTMLTextAreaElement>(null);
  const uploads = useAttachments({ textarea: textareaRef, value: body, onChange: setBody });
  const [error, setError] = useState<string | null>(null);
  const [idempotencyKey, renewKey] = useIdempotencyKey();
  const reads = useViewerReads();
  const [addComment, { loading }] = useMutation(AddCommentDocument, {
    refetchQueries: [{ query: PostDetailDocument, variables: { id: refetchPostId } }],
    awaitRefetchQueries: true,
  });

  // The personal-information warning and confirmation (#13).
  const guard = useGuardedForm([body], (e) => setError(errorMessage(e, t)));

  const [deleteComment] = useMutation(DeleteCommentDocument, {
    refetchQueries: [{ query: PostDetailDocument, variables: { id: refetchPostId } }],
    awaitRefetchQueries: true,
  });
  const remove = async (commentId: string) => {
    if (!window.confirm(t('comment.deleteConfirm'))) return;
    try {
      await deleteComment({ variables: { id: commentId } });
    } catch (e) {
      setError(errorMessage(e, t));
    }
  };

  const submit = async () => {
    const trimmed = body.trim();
    if (!trimmed) {
      setError(t('comment.required'));
      return;
    }
    if (trimmed.length > COMMENT_MAX) {
      setError(t('comment.tooLong', { max: COMMENT_MAX }));
      return;
    }
    setError(null);
    await guard.submit([trimmed], async (acknowledgeWarnings) => {
      await addComment({
        variables: {
          input: { targetType, targetId, body: trimmed, idempotencyKey: idempotencyKey(), ...(acknowledgeWarnings ? { acknowledgeWarnings } : {}) },
        },
      });
      renewKey();
      setBody('');
      setOpen(false);
    });
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void submit();
    }
  };

  return (
    <Stack gap="xs">
      {comments.length > 0 && (
        <Stack
          component="ul"
          className="plain-list"
          gap={0}
          aria-label={t('comment.count', { count: comments.length })}
          style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}
        >
          {comments.map((comment) => (
            <li key={comment.id} id={`comment-${comment.id}`} style={{ borderBottom: '1px solid var(--mantine-color-gray-2)', padding: '8px 0' }}>
              {!reads(comment) ? (
                <HiddenPlaceholder targetType="COMMENT" compact />
              ) : (
                <>
                  {comment.hidden && (
                    <HiddenBanner
                      targetType="COMMENT"
                      targetId={comment.id}
                      postId={refetchPostId}
                      reason={comment.hiddenReason}
                      own={reads.own(comment)}
                      compact
                    />
                  )}
                  <Markdown html={comment.bodyHtml} compact />
                  <Group gap={4} wrap="nowrap" align="center" mt={2}>
                    <Text size="xs" c="dimmed">
                      {comment.byAnonymousAsker ? (
                        <Text span size="xs" fw={600} c="gray.8">
                          {comment.author ? t('post.askerAnonymousYou') : t('post.askerAnonymous')}
                        </Text>
                      ) : comment.author ? (
                        <>
                          <Anchor component={Link} to={`/users/${comment.author.id}`} size="xs" c="gray.8" fw={600}>
                            {comment.author.displayName}
                          </Anchor>
                          <FormerStaffBadge user={comment.author} />
                        </>
                      ) : (
                        t('post.anonymous')
                      )}
                      {' · '}
                      <RelativeTime value={comment.createdAt} />
                      {comment.viewerCanDelete && (
                        <>
                          {' · '}
                          <Anchor component="button" type="button" size="xs" c="gray.8" onClick={() => void remove(comment.id)}>
                            {t('comment.delete')}
                          </Anchor>
                        </>
                      )}
                    </Text>
                    <CommentActionsMenu comment={comment} postId={refetchPostId} own={reads.own(comment)} />
                  </Group>
                </>
              )}
            </li>
          ))}
        </Stack>
      )}
      {open ? (
        <form onSubmit={onSubmit} noValidate>
          <Stack gap={6}>
            <Textarea
              {...uploads.textareaProps}
              ref={textareaRef}
              id={`${id}-comment`}
              label={t('comment.label')}
              placeholder={t('comment.placeholder')}
              value={body}
              onChange={(e) => setBody(e.currentTarget.value)}
              onKeyDown={onKeyDown}
              {...growProps(2, 8)}
              error={error}
              description={t('answer.shortcut')}
              inputWrapperOrder={['label', 'input', 'error', 'description']}
              data-autofocus
              autoFocus
              size="sm"
            />
            {uploads.status}
            {guard.notice}
            <Group gap="xs" justify="space-between" wrap="wrap">
              <Group gap={4}>
                {uploads.attachButton}
                <GuidelinesLink size="xs" />
              </Group>
              <Group gap="xs">
                <Button variant="subtle" color="gray" c="gray.8" size="xs" onClick={() => setOpen(false)}>
                  {t('comment.cancel')}
                </Button>
                <Button type="submit" size="xs" loading={loading}>
                  {t('comment.submit')}
                </Button>
              </Group>
            </Group>
          </Stack>
          {guard.modal}
        </form>
      ) : (
        <Group>
          <Button variant="subtle" size="xs" leftSection={<IconMessagePlus size={14} aria-hidden="true" />} onClick={() => setOpen(true)} px={4}>
            {t('comment.show')}
          </Button>
        </Group>
      )}
    </Stack>
  );
}
