import { useQuery } from '@apollo/client/react';
import { Paper, Title } from '@mantine/core';
import { RelatedPostsDocument } from '../../gql/graphql';
import { useT } from '../../i18n';
import { SimilarPostList } from './SimilarPostList';

/** Posts with similar titles, under a post. Hidden when there are none. */
export function RelatedPosts({ postId }: { postId: string }) {
  const t = useT();
  const { data } = useQuery(RelatedPostsDocument, { variables: { id: postId }, fetchPolicy: 'cache-first' });
  const posts = data?.post?.relatedPosts ?? [];
  if (posts.length === 0) return null;
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="related-heading">
      <Title order={2} size="h4" id="related-heading" mb="sm">
        {t('related.heading')}
      </Title>
      <SimilarPostList posts={posts} />
    </Paper>
  );
}
