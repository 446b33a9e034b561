import { IconRosetteDiscountCheck, IconRosetteDiscountCheckOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n';
import { useCan } from '../auth/permissions';
import { ModerationMenu, type ExtraMenuItem } from './ModerationMenu';
import { MarkOfficialDialog, UnmarkOfficialDialog } from './OfficialAnswer';
import type { AnswerModerationFieldsFragment, CommentModerationFieldsFragment } from '../../gql/graphql';

/** An answer's 「…」 menu: 通報, 公式見解にする／取り下げる (answer.markOfficial), 非表示にする／再表示する. */
export function AnswerActionsMenu({ answer, postId }: { answer: AnswerModerationFieldsFragment; postId: string }) {
  const t = useT();
  const canMark = useCan('answer.markOfficial');
  const [dialog, setDialog] = useState<'mark' | 'unmark' | null>(null);
  const extra: ExtraMenuItem[] =
    canMark && !answer.hidden
      ? [
          answer.official
            ? {
                key: 'unmark',
                label: t('mod.unmarkOfficial'),
                icon: <IconRosetteDiscountCheckOff size={16} aria-hidden="true" />,
                onClick: () => setDialog('unmark'),
              }
            : {
                key: 'mark',
                label: t('mod.markOfficial'),
                icon: <IconRosetteDiscountCheck size={16} aria-hidden="true" />,
                color: 'indigo',
                onClick: () => setDialog('mark'),
              },
        ]
      : [];
  return (
    <>
      <ModerationMenu targetType="ANSWER" targetId={answer.id} postId={postId} own={answer.viewerIsAuthor} hidden={answer.hidden} extra={extra} />
      {canMark && (
        <>
          <MarkOfficialDialog answerId={answer.id} opened={dialog === 'mark'} onClose={() => setDialog(null)} />
          <UnmarkOfficialDialog answerId={answer.id} opened={dialog === 'unmark'} onClose={() => setDialog(null)} />
        </>
      )}
    </>
  );
}

/** A comment's 「…」 menu: 通報, 非表示にする／再表示する. */
export function CommentActionsMenu({ comment, postId, own }: { comment: CommentModerationFieldsFragment; postId: string; own: boolean }) {
  return <ModerationMenu targetType="COMMENT" targetId={comment.id} postId={postId} own={own} hidden={comment.hidden} compact />;
}
