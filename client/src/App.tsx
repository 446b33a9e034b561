import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { ChangePasswordPage } from './features/account/ChangePasswordPage';
import { AdminPage } from './features/admin/AdminPage';
import { LoginPage } from './features/auth/LoginPage';
import { RequireAuth, SessionWatcher } from './features/auth/RequireAuth';
import { BadgeDetailPage, BadgesPage } from './features/badges/BadgesPage';
import { NotFoundPage } from './features/common/NotFoundPage';
import { PageLoader } from './features/common/States';
import { EditPostPage, NewPostPage } from './features/editor/PostFormPage';
import { HomePage } from './features/feed/HomePage';
import { AppLayout } from './features/layout/AppLayout';
import { PostPage } from './features/post/PostPage';
import { SearchPage } from './features/search/SearchPage';
import { SynonymsPage } from './features/search/SynonymsPage';
import { TeamPage } from './features/team/TeamPage';
import { UserPage } from './features/users/UserPage';

// The statistics bring the chart library; load them (their own chunk) only when /stats is opened.
const StatsPage = lazy(() => import('./features/stats/StatsPage').then((m) => ({ default: m.StatsPage })));

export function App() {
  return (
    <>
      <SessionWatcher />
      <Routes>
        <Route path="/login" element={<LoginPage />} />
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
          <Route path="search" element={<SearchPage />} />
          <Route path="search/synonyms" element={<SynonymsPage />} />
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
          <Route path="team" element={<TeamPage />} />
          <Route path="admin/:section?" element={<AdminPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </>
  );
}
