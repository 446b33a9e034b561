import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { ReactDocument, UnreactDocument, type ReactionFieldsFragment, type ReactionTargetType, type Stamp } from '../../gql/graphql';
import { useT } from '../../i18n';
import { errorMessage } from '../../lib/errors';
import { StampBar } from './StampBar';
import { toggledSummary } from './stamps';

interface ReactionBarProps {
  summary: ReactionFieldsFragment;
  targetType: ReactionTargetType;
  targetId: string;
  disabled?: boolean;
  size?: 'xs' | 'sm';
}

/** StampBar wired to the react/unreact mutations. The returned ReactionSummary updates the cache by (targetType, targetId). */
export function ReactionBar({ summary, targetType, targetId, disabled, size }: ReactionBarProps) {
  const t = useT();
  const [react] = useMutation(ReactDocument);
  const [unreact] = useMutation(UnreactDocument);
  const [busy, setBusy] = useState(false);

  const onToggle = async (stamp: Stamp, active: boolean) => {
    const input = { targetType, targetId, stamp };
    const optimistic = { __typename: 'ReactionSummary' as const, ...toggledSummary(summary, stamp, active) };
    setBusy(true);
    try {
      if (active) {
        await unreact({ variables: { input }, optimisticResponse: { unreact: optimistic } });
      } else {
        await react({ variables: { input }, optimisticResponse: { react: optimistic } });
      }
    } catch (error) {
      notifications.show({ color: 'red', title: t('stamp.failed'), message: errorMessage(error, t) });
    } finally {
      setBusy(false);
    }
  };

  return <StampBar summary={summary} disabled={disabled} onToggle={onToggle} busy={busy} size={size} />;
}
