import { useApolloClient, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router-dom';
import { onUnauthenticated } from '../../apollo';
import { MeDocument } from '../../gql/graphql';
import { loadMessages, useT } from '../../i18n';
import { ErrorState, PageLoader } from '../common/States';
import { ViewerContext } from './ViewerContext';

// Only someone signed in with a temporary password sees it: its own chunk.
const PasswordChangeRequired = lazy(() =>
  Promise.all([import('../account/ChangePasswordPage'), loadMessages()]).then(([m]) => ({ default: m.PasswordChangeRequired })),
);

/** Only same-site paths may be used as a post-login target. */
export function safeNext(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/login')) return '/';
  return next;
}

export function loginPathFor(target: string): string {
  return target && target !== '/' ? `/login?next=${encodeURIComponent(target)}` : '/login';
}

export const PASSWORD_PATH = '/account/password';

/**
 * Renders children only for a signed-in user; otherwise redirects to /login, remembering the target.
 * Someone signed in with a temporary password (`me.mustChangePassword`) gets only the
 * password form at /account/password until they have chosen a new one.
 */
export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(MeDocument, { fetchPolicy: 'cache-first' });

  if (loading && !data) return <PageLoader />;
  if (error && !data) {
    return (
      <div style={{ maxWidth: 560, margin: '64px auto', padding: 16 }}>
        <ErrorState error={error} onRetry={() => void refetch()} />
      </div>
    );
  }
  const me = data?.me ?? null;
  if (!me) {
    return <Navigate to={loginPathFor(location.pathname + location.search)} replace />;
  }
  if (me.mustChangePassword) {
    if (location.pathname !== PASSWORD_PATH) return <Navigate to={PASSWORD_PATH} replace />;
    return (
      <ViewerContext.Provider value={me}>
        <Suspense fallback={<PageLoader />}>
          <PasswordChangeRequired />
        </Suspense>
      </ViewerContext.Provider>
    );
  }
  return <ViewerContext.Provider value={me}>{children}</ViewerContext.Provider>;
}

/** When any operation reports UNAUTHENTICATED, forget the viewer so RequireAuth sends the user to /login. */
export function SessionWatcher() {
  const client = useApolloClient();
  const t = useT();
  useEffect(
    () =>
      onUnauthenticated(() => {
        const current = client.cache.readQuery({ query: MeDocument });
        if (current?.me) {
          notifications.show({ color: 'orange', message: t('error.sessionExpired') });
        }
        client.cache.writeQuery({ query: MeDocument, data: { me: null } });
      }),
    [client, t],
  );
  return null;
}
