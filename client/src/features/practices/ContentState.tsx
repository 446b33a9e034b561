import { Alert, Badge, Text } from '@mantine/core';
import { IconClockExclamation, IconEyeOff } from '@tabler/icons-react';
import { useLocale, useT } from '../../i18n';
import { formatDate } from '../../lib/dates';
import { Tip } from '../common/Tip';
import type { PostPracticesFieldsFragment } from '../../gql/graphql';

type StatePost = Pick<PostPracticesFieldsFragment, 'outdated' | 'reviewedAt' | 'closedReason' | 'hidden' | 'hiddenReason'>;

/** 「古い情報」, 「確認済み」 and why a question was closed, beside the kind and status badges. */
export function ContentStateBadges({ post }: { post: StatePost }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <>
      {post.closedReason && (
        <Badge color="gray" variant="outline">
          {t(`practices.closed.${post.closedReason}`)}
        </Badge>
      )}
      {post.outdated ? (
        <Badge color="orange" variant="outline" leftSection={<IconClockExclamation size={14} aria-hidden="true" />}>
          {t('practices.outdated')}
        </Badge>
      ) : (
        post.reviewedAt && (
          <Tip label={t('practices.reviewedHint')} multiline>
            <Badge color="gray" variant="light">
              {t('practices.reviewedAt', { date: formatDate(post.reviewedAt, locale) })}
            </Badge>
          </Tip>
        )
      )}
    </>
  );
}

/** A hidden post (moderation): only its author and the DX office still see it, with the reason. */
export function HiddenNotice({ post }: { post: StatePost }) {
  const t = useT();
  if (!post.hidden) return null;
  return (
    <Alert color="gray" variant="light" icon={<IconEyeOff size={18} aria-hidden="true" />} title={t('practices.hidden')} p="sm">
      <Text size="sm">{post.hiddenReason ? t('practices.hiddenReason', { reason: post.hiddenReason }) : t('practices.hiddenHint')}</Text>
    </Alert>
  );
}
