import { useQuery } from '@apollo/client/react';
import { Paper, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { SimilarPostsDocument } from '../../gql/graphql';
import { useT } from '../../i18n';
import { SimilarPostList } from './SimilarPostList';

/** While the title is typed: up to 5 posts that may already answer it (debounced). */
export function SimilarQuestions({ title }: { title: string }) {
  const t = useT();
  const [debounced] = useDebouncedValue(title.trim(), 400);
  const { data, previousData } = useQuery(SimilarPostsDocument, {
    variables: { title: debounced, first: 5 },
    skip: Array.from(debounced).length < 2,
    fetchPolicy: 'cache-first',
  });
  const posts = (Array.from(debounced).length < 2 ? [] : (data ?? previousData)?.similarPosts) ?? [];
  if (posts.length === 0) return null;
  return (
    <Paper withBorder p="sm" bg="banso.0" component="section" aria-label={t('similar.heading')} aria-live="polite">
      <Text size="sm" fw={700} mb={6}>
        {t('similar.heading')}
      </Text>
      <SimilarPostList posts={posts} newTab />
    </Paper>
  );
}
