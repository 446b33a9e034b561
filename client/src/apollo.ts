import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { relayStylePagination } from '@apollo/client/utilities';
import { OperationTypeNode } from 'graphql';
import { LazyLiveLink } from './features/live/liveLink';

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
          bookmarks: relayStylePagination(),
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
    if (unauthenticated && operation.operationName !== 'Login' && !operation.getContext().preload) {
      unauthenticatedListeners.forEach((listener) => listener());
    }
  });

  const httpLink = new HttpLink({
    uri: '/graphql',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
  });

  // Subscriptions (live updates) go over graphql-ws, connected only when one starts; the rest over HTTP.
  const liveLink = new LazyLiveLink();
  const client = new ApolloClient({
    link: ApolloLink.from([errorLink, ApolloLink.split((op) => op.operationType === OperationTypeNode.SUBSCRIPTION, liveLink, httpLink)]),
    cache: createCache(),
  });
  // Sign-in and sign-out clear the store: the socket was authenticated as the previous person.
  client.onClearStore(async () => liveLink.restart());
  return client;
}
