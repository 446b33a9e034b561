import { ActionIcon } from '@mantine/core';
import { IconDots, IconEye, IconEyeOff, IconFlag } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useT } from '../../i18n';
import { useCan } from '../auth/permissions';
import { DropdownAction, DropdownDivider, DropdownLabel, DropdownMenu } from '../common/Dropdown';
import { labelTargetType, useIdeaThread } from '../post/ideaThread';
import { ReportDialog } from './ReportDialog';
import { VisibilityDialog } from './VisibilityDialog';
import type { TargetType } from './moderationModel';

export interface ExtraMenuItem {
  key: string;
  label: string;
  icon: ReactNode;
  color?: string;
  onClick: () => void;
}

type Dialog = 'report' | 'hide' | 'restore' | null;

/**
 * The 「…」 menu of a post, an answer or a comment: 通報 for someone else's content that is
 * still shown, and for moderators (moderation.resolve) 非表示にする／再表示する, plus the
 * caller's items (公式見解, クローズ). Nothing when the viewer can do none of these.
 */
export function ModerationMenu({
  targetType,
  targetId,
  postId,
  own,
  hidden,
  extra = [],
  compact = false,
}: {
  targetType: TargetType;
  targetId: string;
  postId: string | null;
  /** the viewer wrote it (no 通報) */
  own: boolean;
  hidden: boolean;
  extra?: readonly ExtraMenuItem[];
  compact?: boolean;
}) {
  const t = useT();
  const label = labelTargetType(targetType, useIdeaThread());
  const canModerate = useCan('moderation.resolve');
  const [dialog, setDialog] = useState<Dialog>(null);
  const canReport = !own && !hidden;
  if (!canReport && !canModerate && extra.length === 0) return null;
  const close = () => setDialog(null);

  return (
    <>
      <DropdownMenu
        width={220}
        label={t(`mod.menu.${label}`)}
        trigger={(props) => (
          <ActionIcon
            {...props}
            variant="subtle"
            color="gray"
            c="gray.8"
            size={compact ? 'sm' : 'md'}
            aria-label={t(`mod.menu.${label}`)}
            data-moderation-menu={targetType}
          >
            <IconDots size={compact ? 16 : 18} aria-hidden="true" />
          </ActionIcon>
        )}
      >
        {canReport && (
          <DropdownAction icon={<IconFlag size={16} aria-hidden="true" />} onClick={() => setDialog('report')}>
            {t('mod.report')}
          </DropdownAction>
        )}
        {(canModerate || extra.length > 0) && (
          <>
            {canReport && <DropdownDivider />}
            <DropdownLabel>{t('mod.menu.moderation')}</DropdownLabel>
          </>
        )}
        {extra.map((item) => (
          <DropdownAction key={item.key} icon={item.icon} color={item.color} onClick={item.onClick}>
            {item.label}
          </DropdownAction>
        ))}
        {canModerate &&
          (hidden ? (
            <DropdownAction icon={<IconEye size={16} aria-hidden="true" />} onClick={() => setDialog('restore')}>
              {t('mod.restore')}
            </DropdownAction>
          ) : (
            <DropdownAction icon={<IconEyeOff size={16} aria-hidden="true" />} color="red" onClick={() => setDialog('hide')}>
              {t('mod.hide')}
            </DropdownAction>
          ))}
      </DropdownMenu>
      {/* The dialogs exist only while open: a thread has one menu per answer and comment. */}
      {dialog === 'report' && <ReportDialog opened onClose={close} targetType={targetType} targetId={targetId} />}
      {canModerate && (dialog === 'hide' || dialog === 'restore') && (
        <VisibilityDialog mode={dialog} opened onClose={close} targetType={targetType} targetId={targetId} postId={postId} />
      )}
    </>
  );
}
