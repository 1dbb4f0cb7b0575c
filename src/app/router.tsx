import { lazy, Suspense } from 'react';
import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { HomePage } from '../features/decks/home-page';
import { InterviewHistoryPage } from '../features/interview/interview-history-page';
import { InterviewReportPage } from '../features/interview/interview-report-page';
import { InterviewSessionPage } from '../features/interview/interview-session-page';
import { InterviewSetupPage } from '../features/interview/interview-setup-page';
import { BrowsePage } from '../features/notes/browse-page';
import { ContentHealthPage } from '../features/notes/content-health-page';
import { NotePage } from '../features/notes/note-page';
import { QuizPage } from '../features/quiz/quiz-page';
import { SettingsPage } from '../features/settings/settings-page';
import { StudyPage } from '../features/study/study-page';
import { RouteError } from '../ui/route-error';
import { NotFoundPage } from './not-found-page';
import { Shell } from './shell';

// Statistics and their charts load with the route, not with the first screen.
const StatsPage = lazy(() => import('../features/stats/stats-page').then((module) => ({ default: module.StatsPage })));

/** Features meet only here. Every route has its own error boundary. */
export const routes: RouteObject[] = [
  {
    element: <Shell />,
    errorElement: <RouteError />,
    children: [
      { path: '/', element: <HomePage />, errorElement: <RouteError /> },
      { path: '/study', element: <StudyPage />, errorElement: <RouteError /> },
      { path: '/notes', element: <BrowsePage />, errorElement: <RouteError /> },
      { path: '/notes/*', element: <NotePage />, errorElement: <RouteError /> },
      { path: '/health', element: <ContentHealthPage />, errorElement: <RouteError /> },
      { path: '/settings', element: <SettingsPage />, errorElement: <RouteError /> },
      { path: '/interview', element: <InterviewSetupPage />, errorElement: <RouteError /> },
      { path: '/interview/session/:id', element: <InterviewSessionPage />, errorElement: <RouteError /> },
      { path: '/interview/report/:id', element: <InterviewReportPage />, errorElement: <RouteError /> },
      { path: '/interview/history', element: <InterviewHistoryPage />, errorElement: <RouteError /> },
      { path: '/quiz', element: <QuizPage />, errorElement: <RouteError /> },
      {
        path: '/stats',
        element: (
          <Suspense fallback={null}>
            <StatsPage />
          </Suspense>
        ),
        errorElement: <RouteError />,
      },
      // Some hosts and bookmarks land on the file name itself.
      { path: '/index.html', element: <Navigate to="/" replace /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
