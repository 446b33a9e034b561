// The one operation the benchmark measures, shared by the runner and the baseline.
export const FEED_QUERY =
  'query Feed { posts(first: 20) { edges { cursor node { id kind title status answerCount createdAt ' +
  'author { id displayName } tags { name } reactions { cheer helpful thanks } } } pageInfo { hasNextPage endCursor } } }';

export const FEED_FIRST = 20;

export const FEED_REQUEST_BODY = JSON.stringify({ operationName: 'Feed', query: FEED_QUERY, variables: {} });
