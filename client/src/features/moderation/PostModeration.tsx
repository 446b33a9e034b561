import { IconLock, IconLockOpen } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n';
import { useCan } from '../auth/permissions';
import { ClosedNotice, ClosePostDialog, ReopenPostDialog } from './ClosePost';
import { OutdatedNotice, ReviewDueHint } from './ContentReview';
import { ModerationMenu, type ExtraMenuItem } from './ModerationMenu';
import type { PostModerationFieldsFragment } from '../../gql/graphql';

/** A post's 「…」 menu: 通報, and for moderators クローズする／再開する (questions) and 非表示にする／再表示する. */
export function PostActionsMenu({ post }: { post: PostModerationFieldsFragment }) {
  const t = useT();
  const canModerate = useCan('moderation.resolve');
  const [dialog, setDialog] = useState<'close' | 'reopen' | null>(null);
  const closable = canModerate && post.kind === 'QUESTION' && !post.hidden;
  const extra: ExtraMenuItem[] = closable
    ? [
        post.status === 'CLOSED'
          ? { key: 'reopen', label: t('mod.reopen'), icon: <IconLockOpen size={16} aria-hidden="true" />, onClick: () => setDialog('reopen') }
          : { key: 'close', label: t('mod.close'), icon: <IconLock size={16} aria-hidden="true" />, onClick: () => setDialog('close') },
      ]
    : [];
  return (
    <>
      <ModerationMenu targetType="POST" targetId={post.id} postId={post.id} own={post.viewerIsAuthor} hidden={post.hidden} extra={extra} />
      {closable && (
        <>
          <ClosePostDialog postId={post.id} opened={dialog === 'close'} onClose={() => setDialog(null)} />
          <ReopenPostDialog postId={post.id} opened={dialog === 'reopen'} onClose={() => setDialog(null)} />
        </>
      )}
    </>
  );
}

/** Above a post's body: closed (with the original of a duplicate), 古い情報, and the review hint for its author and the DX office. */
export function PostModerationNotices({ post }: { post: PostModerationFieldsFragment }) {
  return (
    <>
      <ClosedNotice post={post} />
      <OutdatedNotice post={post} />
      <ReviewDueHint post={post} />
    </>
  );
}
