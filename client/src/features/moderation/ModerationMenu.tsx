import { ActionIcon, Menu } from '@mantine/core';
import { IconDots, IconEye, IconEyeOff, IconFlag } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useT } from '../../i18n';
import { useCan } from '../auth/permissions';
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
      <Menu position="bottom-end" shadow="md" width={220} withinPortal>
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            c="gray.8"
            size={compact ? 'sm' : 'md'}
            aria-label={t(`mod.menu.${label}`)}
            data-moderation-menu={targetType}
          >
            <IconDots size={compact ? 16 : 18} aria-hidden="true" />
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          {canReport && (
            <Menu.Item leftSection={<IconFlag size={16} aria-hidden="true" />} onClick={() => setDialog('report')}>
              {t('mod.report')}
            </Menu.Item>
          )}
          {(canModerate || extra.length > 0) && (
            <>
              {canReport && <Menu.Divider />}
              <Menu.Label>{t('mod.menu.moderation')}</Menu.Label>
            </>
          )}
          {extra.map((item) => (
            <Menu.Item key={item.key} leftSection={item.icon} color={item.color} onClick={item.onClick}>
              {item.label}
            </Menu.Item>
          ))}
          {canModerate &&
            (hidden ? (
              <Menu.Item leftSection={<IconEye size={16} aria-hidden="true" />} onClick={() => setDialog('restore')}>
                {t('mod.restore')}
              </Menu.Item>
            ) : (
              <Menu.Item leftSection={<IconEyeOff size={16} aria-hidden="true" />} color="red" onClick={() => setDialog('hide')}>
                {t('mod.hide')}
              </Menu.Item>
            ))}
        </Menu.Dropdown>
      </Menu>
      <ReportDialog opened={dialog === 'report'} onClose={close} targetType={targetType} targetId={targetId} />
      {canModerate && (
        <VisibilityDialog
          mode={dialog === 'restore' ? 'restore' : 'hide'}
          opened={dialog === 'hide' || dialog === 'restore'}
          onClose={close}
          targetType={targetType}
          targetId={targetId}
          postId={postId}
        />
      )}
    </>
  );
}
