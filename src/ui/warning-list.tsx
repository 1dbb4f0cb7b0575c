import { useTranslation } from 'react-i18next';
import type { NoteWarning } from '../core';

/** A note's parse warnings, in the UI language, with the author's detail. */
export function WarningList({ warnings }: { warnings: readonly NoteWarning[] }) {
  const { t } = useTranslation();
  return (
    <ul className="warning-list">
      {warnings.map((warning, index) => (
        <li key={index}>
          <strong>{t(`warning.${warning.code}`, { defaultValue: warning.message })}</strong>
          {warning.line !== undefined && <span className="muted"> · {t('warning.line', { line: warning.line })}</span>}
          {warning.detail && <span className="warning-detail">: {warning.detail}</span>}
        </li>
      ))}
    </ul>
  );
}
