import { createBrowserRouter, Navigate, type RouteObject } from 'react-router';
import { HomePage } from '../features/decks/home-page';
import { RouteError } from '../ui/route-error';
import { NotFoundPage } from './not-found-page';
import { Shell } from './shell';

/**
 * A route whose page is its own chunk: the first screen carries only the
 * shell and the home page, and each other page (with what it alone needs:
 * the answer matcher, the backup schema, the statistics charts, the quiz's
 * markdown reader) loads when first visited. The service worker precaches
 * every chunk, so this costs nothing offline.
 */
function lazyPage(path: string, load: () => Promise<RouteObject['Component']>): RouteObject {
  return { path, lazy: async () => ({ Component: await load() }), errorElement: <RouteError /> };
}

/** Nothing, for the instant before the first page's chunk is in. */
function NoPageYet() {
  return null;
}

/** Features meet only here. Every route has its own error boundary. */
export const routes: RouteObject[] = [
  {
    element: <Shell />,
    errorElement: <RouteError />,
    // Shown only while a deep link's page chunk arrives on the very first load (a few milliseconds).
    HydrateFallback: NoPageYet,
    children: [
      { path: '/', element: <HomePage />, errorElement: <RouteError /> },
      lazyPage('/study', async () => (await import('../features/study/study-page')).StudyPage),
      lazyPage('/notes', async () => (await import('../features/notes/browse-page')).BrowsePage),
      lazyPage('/notes/*', async () => (await import('../features/notes/note-page')).NotePage),
      lazyPage('/health', async () => (await import('../features/notes/content-health-page')).ContentHealthPage),
      lazyPage('/settings', async () => (await import('../features/settings/settings-page')).SettingsPage),
      lazyPage(
        '/interview',
        async () => (await import('../features/interview/interview-setup-page')).InterviewSetupPage,
      ),
      lazyPage(
        '/interview/session/:id',
        async () => (await import('../features/interview/interview-session-page')).InterviewSessionPage,
      ),
      lazyPage(
        '/interview/report/:id',
        async () => (await import('../features/interview/interview-report-page')).InterviewReportPage,
      ),
      lazyPage(
        '/interview/history',
        async () => (await import('../features/interview/interview-history-page')).InterviewHistoryPage,
      ),
      lazyPage('/quiz', async () => (await import('../features/quiz/quiz-page')).QuizPage),
      lazyPage('/library', async () => (await import('../features/library/library-page')).LibraryPage),
      lazyPage('/stats', async () => (await import('../features/stats/stats-page')).StatsPage),
      // Some hosts and bookmarks land on the file name itself.
      { path: '/index.html', element: <Navigate to="/" replace /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];

export function createAppRouter() {
  return createBrowserRouter(routes);
}
