import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { ChangePasswordPage } from './features/account/ChangePasswordPage';
import { AdminPage } from './features/admin/AdminPage';
import { LoginPage } from './features/auth/LoginPage';
import { RequireAuth, SessionWatcher } from './features/auth/RequireAuth';
import { BadgeDetailPage, BadgesPage } from './features/badges/BadgesPage';
import { BookmarksPage } from './features/bookmarks/BookmarksPage';
import { NotFoundPage } from './features/common/NotFoundPage';
import { PageLoader } from './features/common/States';
import { DraftsPage } from './features/drafts/DraftsPage';
import { EditPostPage, NewPostPage } from './features/editor/PostFormPage';
import { HomePage } from './features/feed/HomePage';
import { GuidelinesPage } from './features/guard/GuidelinesPage';
import { AppLayout } from './features/layout/AppLayout';
import { ContentReviewPage } from './features/moderation/ContentReviewPage';
import { ReportQueuePage } from './features/moderation/ReportQueuePage';
import { NotificationSettingsPage } from './features/notification-settings/NotificationSettingsPage';
import { NotificationsPage } from './features/notifications/NotificationsPage';
import { PostPage } from './features/post/PostPage';
import { CollectionPage } from './features/practices/CollectionPage';
import { CollectionsPage } from './features/practices/CollectionsPage';
import { SearchPage } from './features/search/SearchPage';
import { PrintPostPage } from './features/share/PrintPostPage';
import { SynonymsPage } from './features/search/SynonymsPage';
import { TagPage } from './features/tags/TagPage';
import { TeamPage } from './features/team/TeamPage';
import { UserPage } from './features/users/UserPage';

// The statistics bring the chart library; load them (their own chunk) only when /stats is opened.
const StatsPage = lazy(() => import('./features/stats/StatsPage').then((m) => ({ default: m.StatsPage })));
// The DX office's dashboard charts the impact too: its own chunk, like /stats.
const DxDashboardPage = lazy(() => import('./features/practices/DxDashboardPage').then((m) => ({ default: m.DxDashboardPage })));
// The profile editor is opened rarely: its own chunk.
const ProfileEditPage = lazy(() => import('./features/profile/ProfileEditPage').then((m) => ({ default: m.ProfileEditPage })));

export function App() {
  return (
    <>
      <SessionWatcher />
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
    </>
  );
}
