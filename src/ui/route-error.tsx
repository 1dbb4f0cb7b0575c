import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';

/** Every route's error boundary: a message and a way out, never a blank page. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useTranslation();
  const detail =
    error instanceof Error ? error.message : isRouteErrorResponse(error) ? error.statusText : String(error);
  return (
    <section className="panel error-panel" role="alert">
      <h1>{t('errors.routeTitle')}</h1>
      <p>{t('errors.routeBody')}</p>
      {detail && <pre className="error-detail">{detail}</pre>}
      <p className="actions">
        <Link className="button" to="/">
          {t('errors.goHome')}
        </Link>
        <button type="button" className="button secondary" onClick={() => window.location.reload()}>
          {t('errors.reload')}
        </button>
      </p>
    </section>
  );
}
