import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { RequireAuth, SessionWatcher } from './features/auth/RequireAuth';
import { NotFoundPage } from './features/common/NotFoundPage';
import { PageLoader } from './features/common/States';
import { FEED_PAGE_SIZE, parseFeedState, toPostFilter } from './features/feed/feedFilter';
import { AppLayout } from './features/layout/AppLayout';
import { parseSearchState, SEARCH_PAGE_SIZE, toSearchVariables } from './features/search/searchState';
import { FeedPostsDocument } from './gql/graphql';
import { loadMessages } from './i18n';
import { markPreloaded } from './lib/preload';
import type { ApolloClient } from '@apollo/client';

/**
 * A page's chunk together with the rest of the Japanese (ja-more.ts), fetched in parallel: the
 * feed, the first screen, needs only the shell's messages; every other page waits for both.
 */
function withMessages<T>(chunk: Promise<T>): Promise<T> {
  return Promise.all([chunk, loadMessages()]).then(([m]) => m);
}

// Every screen is its own chunk (#13, initial load ≤ 200 KB gzip): the first screen loads the shell and
// its page only. Pages render inside AppLayout's <Suspense> (the header stays while a page loads).
const ChangePasswordPage = lazy(() => withMessages(import('./features/account/ChangePasswordPage')).then((m) => ({ default: m.ChangePasswordPage })));
const AdminPage = lazy(() => withMessages(import('./features/admin/AdminPage')).then((m) => ({ default: m.AdminPage })));
const LoginPage = lazy(() => withMessages(import('./features/auth/LoginPage')).then((m) => ({ default: m.LoginPage })));
const BadgeDetailPage = lazy(() => withMessages(import('./features/badges/BadgesPage')).then((m) => ({ default: m.BadgeDetailPage })));
const BadgesPage = lazy(() => withMessages(import('./features/badges/BadgesPage')).then((m) => ({ default: m.BadgesPage })));
const BookmarksPage = lazy(() => withMessages(import('./features/bookmarks/BookmarksPage')).then((m) => ({ default: m.BookmarksPage })));
const DraftsPage = lazy(() => withMessages(import('./features/drafts/DraftsPage')).then((m) => ({ default: m.DraftsPage })));
const EditPostPage = lazy(() => withMessages(import('./features/editor/PostFormPage')).then((m) => ({ default: m.EditPostPage })));
const NewPostPage = lazy(() => withMessages(import('./features/editor/PostFormPage')).then((m) => ({ default: m.NewPostPage })));
const loadHome = () => import('./features/feed/HomePage');
const HomePage = lazy(() => loadHome().then((m) => ({ default: m.HomePage })));
const GuidelinesPage = lazy(() => withMessages(import('./features/guard/GuidelinesPage')).then((m) => ({ default: m.GuidelinesPage })));
const ContentReviewPage = lazy(() => withMessages(import('./features/moderation/ContentReviewPage')).then((m) => ({ default: m.ContentReviewPage })));
const ReportQueuePage = lazy(() => withMessages(import('./features/moderation/ReportQueuePage')).then((m) => ({ default: m.ReportQueuePage })));
const NotificationSettingsPage = lazy(() =>
  withMessages(import('./features/notification-settings/NotificationSettingsPage')).then((m) => ({ default: m.NotificationSettingsPage })),
);
const NotificationsPage = lazy(() => withMessages(import('./features/notifications/NotificationsPage')).then((m) => ({ default: m.NotificationsPage })));
const loadPost = () => withMessages(import('./features/post/PostPage'));
const PostPage = lazy(() => loadPost().then((m) => ({ default: m.PostPage })));
const CollectionPage = lazy(() => withMessages(import('./features/practices/CollectionPage')).then((m) => ({ default: m.CollectionPage })));
const CollectionsPage = lazy(() => withMessages(import('./features/practices/CollectionsPage')).then((m) => ({ default: m.CollectionsPage })));
const loadSearch = () => withMessages(import('./features/search/SearchPage'));
const SearchPage = lazy(() => loadSearch().then((m) => ({ default: m.SearchPage })));
const PrintPostPage = lazy(() => withMessages(import('./features/share/PrintPostPage')).then((m) => ({ default: m.PrintPostPage })));
const SynonymsPage = lazy(() => withMessages(import('./features/search/SynonymsPage')).then((m) => ({ default: m.SynonymsPage })));
const TagPage = lazy(() => withMessages(import('./features/tags/TagPage')).then((m) => ({ default: m.TagPage })));
const TeamPage = lazy(() => withMessages(import('./features/team/TeamPage')).then((m) => ({ default: m.TeamPage })));
const UserPage = lazy(() => withMessages(import('./features/users/UserPage')).then((m) => ({ default: m.UserPage })));

// The statistics bring the chart library; load them (their own chunk) only when /stats is opened.
const StatsPage = lazy(() => withMessages(import('./features/stats/StatsPage')).then((m) => ({ default: m.StatsPage })));
// The DX office's dashboard charts the impact too: its own chunk, like /stats.
const DxDashboardPage = lazy(() => withMessages(import('./features/practices/DxDashboardPage')).then((m) => ({ default: m.DxDashboardPage })));
// The profile editor is opened rarely: its own chunk.
const ProfileEditPage = lazy(() => withMessages(import('./features/profile/ProfileEditPage')).then((m) => ({ default: m.ProfileEditPage })));

/**
 * Starts loading the page's chunk at once, alongside the session check (`me`), instead of after
 * it: for the screens people open most (feed, a post, search). Called by main.tsx.
 */
export function preloadRoute(client: ApolloClient, location: Pick<Location, 'pathname' | 'search'>): void {
  const post = /^\/posts\/(\d+)$/.exec(location.pathname);
  const load = location.pathname === '/' ? loadHome : post ? loadPost : location.pathname === '/search' ? loadSearch : null;
  void load?.().catch(() => undefined);
  // And the page's main query (the page's own query then finds it in flight or in the cache).
  // Marked `preload`: signed out, its UNAUTHENTICATED is not a lost session (RequireAuth sends to /login).
  const context = { preload: true };
  if (location.pathname === '/') {
    const filter = toPostFilter(parseFeedState(new URLSearchParams(location.search)));
    markPreloaded(`feed:${JSON.stringify(filter)}`);
    void client.query({ query: FeedPostsDocument, variables: { first: FEED_PAGE_SIZE, filter }, context }).catch(() => undefined);
  } else if (post) {
    markPreloaded(`post:${post[1]}`);
    // A post's and search's documents are not part of the first screen's code: fetched alongside.
    void import('./gql/documents/PostDetailDocument')
      .then(({ PostDetailDocument }) => client.query({ query: PostDetailDocument, variables: { id: post[1] }, context }))
      .catch(() => undefined);
  } else if (location.pathname === '/search') {
    const state = parseSearchState(new URLSearchParams(location.search));
    const { filter, createdAt } = toSearchVariables(state);
    if (state.q !== '') markPreloaded(`search:${location.search}`);
    if (state.q !== '')
      void import('./gql/documents/SearchPostsDocument')
        .then(({ SearchPostsDocument }) =>
          client.query({ query: SearchPostsDocument, variables: { query: state.q, first: SEARCH_PAGE_SIZE, filter, createdAt }, context }),
        )
        .catch(() => undefined);
  }
}

export function App() {
  return (
    <>
      <SessionWatcher />
      <Suspense fallback={<PageLoader />}>
        <Routes>
          <Route path="/login" element={<LoginPage />} />
          <Route
            path="/posts/:id/print"
            element={
              <RequireAuth>
                <PrintPostPage />
              </RequireAuth>
            }
          />
          <Route
            element={
              <RequireAuth>
                <AppLayout />
              </RequireAuth>
            }
          >
            <Route index element={<HomePage />} />
            <Route path="posts/:id" element={<PostPage />} />
            <Route path="posts/:id/edit" element={<EditPostPage />} />
            <Route path="new/question" element={<NewPostPage kind="QUESTION" />} />
            <Route path="new/case" element={<NewPostPage kind="CASE" />} />
            <Route path="new/idea" element={<NewPostPage kind="IDEA" />} />
            <Route path="users/:id" element={<UserPage />} />
            <Route path="account/password" element={<ChangePasswordPage />} />
            <Route
              path="account/profile"
              element={
                <Suspense fallback={<PageLoader />}>
                  <ProfileEditPage />
                </Suspense>
              }
            />
            <Route path="search" element={<SearchPage />} />
            <Route path="search/synonyms" element={<SynonymsPage />} />
            <Route path="notifications" element={<NotificationsPage />} />
            <Route path="drafts" element={<DraftsPage />} />
            <Route path="guidelines" element={<GuidelinesPage />} />
            <Route path="notifications/settings" element={<NotificationSettingsPage />} />
            <Route path="bookmarks" element={<BookmarksPage />} />
            <Route path="badges" element={<BadgesPage />} />
            <Route path="badges/:code" element={<BadgeDetailPage />} />
            <Route
              path="stats"
              element={
                <Suspense fallback={<PageLoader />}>
                  <StatsPage />
                </Suspense>
              }
            />
            <Route path="collections" element={<CollectionsPage />} />
            <Route path="collections/:id" element={<CollectionPage />} />
            <Route
              path="dx"
              element={
                <Suspense fallback={<PageLoader />}>
                  <DxDashboardPage />
                </Suspense>
              }
            />
            <Route path="dx/reports" element={<ReportQueuePage />} />
            <Route path="dx/review" element={<ContentReviewPage />} />
            <Route path="tags/:name" element={<TagPage />} />
            <Route path="team" element={<TeamPage />} />
            <Route path="admin/:section?" element={<AdminPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </Suspense>
    </>
  );
}
