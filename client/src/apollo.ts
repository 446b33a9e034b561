import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';

// Show the server's (Japanese) messages as they are, not prefixed or joined with English text.
CombinedGraphQLErrors.formatMessage = (errors) => errors.map((e) => e.message).join('\n');

type Listener = () => void;
const unauthenticatedListeners = new Set<Listener>();

/** Subscribe to "the session is gone" (any operation answered UNAUTHENTICATED). */
export function onUnauthenticated(listener: Listener): () => void {
  unauthenticatedListeners.add(listener);
  return () => unauthenticatedListeners.delete(listener);
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          posts: relayStylePagination(['filter']),
        },
      },
      User: {
        fields: {
          posts: relayStylePagination(),
        },
      },
      Post: {
        fields: {
          answers: { merge: false },
          comments: { merge: false },
          tags: { merge: false },
        },
      },
      Answer: {
        fields: {
          comments: { merge: false },
        },
      },
      // A reaction summary is identified by its target, so react/unreact results
      // update every post/answer/comment showing it without refetching.
      ReactionSummary: {
        keyFields: ['targetType', 'targetId'],
      },
      CaseDetails: { merge: true },
    },
  });
}

export function createApolloClient(): ApolloClient {
  const errorLink = new ErrorLink(({ error, operation }) => {
    if (!CombinedGraphQLErrors.is(error)) return;
    const unauthenticated = error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
    if (unauthenticated && operation.operationName !== 'Login') {
      unauthenticatedListeners.forEach((listener) => listener());
    }
  });

  const httpLink = new HttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
  });

  return new ApolloClient({
    link: ApolloLink.from([errorLink, httpLink]),
    cache: createCache(),
  });
}
