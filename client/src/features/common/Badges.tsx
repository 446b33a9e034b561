import { Badge } from '@mantine/core';
import { IconBulb, IconCircleCheck, IconHelpCircle, IconTrophy } from '@tabler/icons-react';
import { useT } from '../../i18n';
import type { PostKind, PostStatus } from '../../gql/graphql';

const KIND_COLOR: Record<PostKind, string> = { QUESTION: 'banso', CASE: 'teal', IDEA: 'grape' };

export function KindBadge({ kind, size = 'md' }: { kind: PostKind; size?: 'sm' | 'md' | 'lg' }) {
  const t = useT();
  const Icon = kind === 'QUESTION' ? IconHelpCircle : kind === 'CASE' ? IconTrophy : IconBulb;
  return (
    <Badge color={KIND_COLOR[kind]} size={size} leftSection={<Icon size={14} aria-hidden="true" />}>
      {t(`kind.${kind}`)}
    </Badge>
  );
}

/** Only RESOLVED / CLOSED are worth a badge; open posts show none. */
export function StatusBadge({ status, size = 'md' }: { status: PostStatus; size?: 'sm' | 'md' | 'lg' }) {
  const t = useT();
  if (status === 'RESOLVED') {
    return (
      <Badge color="green" size={size} leftSection={<IconCircleCheck size={14} aria-hidden="true" />}>
        {t('status.RESOLVED')}
      </Badge>
    );
  }
  if (status === 'CLOSED') {
    return (
      <Badge color="gray" size={size}>
        {t('status.CLOSED')}
      </Badge>
    );
  }
  return null;
}
