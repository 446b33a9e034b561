import { useMutation } from '@apollo/client/react';
import { ActionIcon, Button } from '@mantine/core';
import { IconBookmark, IconBookmarkFilled } from '@tabler/icons-react';
import { BookmarkDocument, UnbookmarkDocument } from '../../gql/graphql';
import { useT } from '../../i18n';
import { errorMessage } from '../../lib/errors';
import { showNotice } from '../admin/notice';
import { Tip } from '../common/Tip';
import type { ApolloCache } from '@apollo/client';

function setBookmarked(cache: ApolloCache, postId: string, bookmarked: boolean) {
  cache.modify({ id: cache.identify({ __typename: 'Post', id: postId }), fields: { bookmarked: () => bookmarked } });
  // the list page reads fresh next time
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'bookmarks' });
  cache.gc();
}

/**
 * 「あとで読む」 toggle (aria-pressed): private to the person. `compact` is the icon-only form
 * for cards; its accessible name is the same words.
 */
export function BookmarkButton({ postId, bookmarked, compact = false }: { postId: string; bookmarked: boolean; compact?: boolean }) {
  const t = useT();
  const [add, { loading: adding }] = useMutation(BookmarkDocument);
  const [remove, { loading: removing }] = useMutation(UnbookmarkDocument);

  const toggle = async () => {
    const variables = { postId };
    try {
      if (bookmarked) {
        await remove({ variables, optimisticResponse: { unbookmark: true }, update: (cache) => setBookmarked(cache, postId, false) });
        showNotice(t, { message: t('bookmark.removed'), autoClose: 3000 });
      } else {
        await add({ variables, optimisticResponse: { bookmark: true }, update: (cache) => setBookmarked(cache, postId, true) });
        showNotice(t, { color: 'teal', message: t('bookmark.added'), autoClose: 3000 });
      }
    } catch (e) {
      showNotice(t, { color: 'red', title: t('error.title'), message: errorMessage(e, t) });
    }
  };
  const Icon = bookmarked ? IconBookmarkFilled : IconBookmark;

  if (compact) {
    return (
      <Tip label={t('bookmark.toggleLabel')}>
        <ActionIcon
          variant={bookmarked ? 'light' : 'subtle'}
          color={bookmarked ? 'banso' : 'gray'}
          c={bookmarked ? 'banso.8' : 'gray.7'}
          size="md"
          aria-label={t('bookmark.add')}
          aria-pressed={bookmarked}
          onClick={() => void toggle()}
          disabled={adding || removing}
          data-testid="bookmark-toggle"
        >
          <Icon size={18} aria-hidden="true" />
        </ActionIcon>
      </Tip>
    );
  }
  return (
    <Tip label={t('bookmark.toggleLabel')}>
      <Button
        variant={bookmarked ? 'light' : 'default'}
        size="xs"
        leftSection={<Icon size={16} aria-hidden="true" />}
        aria-pressed={bookmarked}
        onClick={() => void toggle()}
        disabled={adding || removing}
        data-testid="bookmark-toggle"
      >
        {t('bookmark.add')}
      </Button>
    </Tip>
  );
}
