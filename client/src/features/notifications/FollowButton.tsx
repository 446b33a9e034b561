import { useMutation } from '@apollo/client/react';
import { Button, Tooltip } from '@mantine/core';
import { IconBellCheck, IconBellPlus } from '@tabler/icons-react';
import { useId } from 'react';
import { FollowDocument, UnfollowDocument } from '../../gql/graphql';
import { useT } from '../../i18n';
import { errorMessage } from '../../lib/errors';
import { showNotice } from '../admin/notice';
import { useIdeaThread } from '../post/ideaThread';
import type { ApolloCache } from '@apollo/client';

function setFollows(cache: ApolloCache, postId: string, follows: boolean) {
  cache.modify({ id: cache.identify({ __typename: 'Post', id: postId }), fields: { viewerFollows: () => follows } });
}

/**
 * 「フォローする」 / 「フォロー中」 on the post page (`Post.viewerFollows`). The button changes at
 * once (optimistic) and turns back if the server refuses; the tooltip says what following means.
 */
export function FollowButton({ postId, following }: { postId: string; following: boolean }) {
  const t = useT();
  const hintId = useId();
  // On an idea, answers are 「コメント」.
  const hint = t(useIdeaThread() ? 'idea.followTooltip' : 'follow.tooltip');
  const [follow, { loading: following_ }] = useMutation(FollowDocument);
  const [unfollow, { loading: unfollowing }] = useMutation(UnfollowDocument);

  const toggle = async () => {
    const variables = { targetType: 'POST' as const, targetId: postId };
    try {
      if (following) {
        await unfollow({ variables, optimisticResponse: { unfollow: false }, update: (cache) => setFollows(cache, postId, false) });
        showNotice(t, { message: t('follow.unfollowed'), autoClose: 3000 });
      } else {
        await follow({ variables, optimisticResponse: { follow: true }, update: (cache) => setFollows(cache, postId, true) });
        showNotice(t, { color: 'teal', message: t('follow.followed'), autoClose: 3000 });
      }
    } catch (e) {
      showNotice(t, { color: 'red', title: t('error.title'), message: errorMessage(e, t) });
    }
  };

  return (
    <>
      <Tooltip label={hint} multiline w={300} events={{ hover: true, focus: true, touch: true }} openDelay={300}>
        <Button
          variant={following ? 'light' : 'default'}
          size="xs"
          leftSection={following ? <IconBellCheck size={16} aria-hidden="true" /> : <IconBellPlus size={16} aria-hidden="true" />}
          onClick={() => void toggle()}
          disabled={following_ || unfollowing}
          aria-describedby={hintId}
          data-following={following ? 'true' : 'false'}
        >
          {following ? t('follow.following') : t('follow.follow')}
        </Button>
      </Tooltip>
      <span id={hintId} className="visually-hidden">
        {hint}
      </span>
    </>
  );
}
