import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { db, getStudySettings } from '../../db';
import { usePageTitle } from '../../hooks/use-document-title';
import { useStoredQuery } from '../../hooks/use-stored-query';
import { DailyLimitSettings } from './daily-limit-settings';
import { DisplaySettings } from './display-settings';
import { SchedulingSettings } from './scheduling-settings';
import { BackupSection } from './backup-section';
import { CardKindSection } from './card-kind-section';
import { StorageUsage } from './storage-usage';

export function SettingsPage() {
  const { t } = useTranslation();
  usePageTitle(t('settings.title'));
  const settings = useStoredQuery(() => getStudySettings(db), [], null);
  // One polite status line for every field: "saved", or what a reschedule did.
  const [status, setStatus] = useState('');
  const saved = (message = t('settings.saved')): void => setStatus(message);
  const edited = (): void => setStatus('');

  return (
    <section className="panel settings">
      <h1>{t('settings.title')}</h1>
      {settings && (
        <>
          <DailyLimitSettings settings={settings} onSaved={() => saved()} onEdit={edited} />
          <SchedulingSettings settings={settings} onSaved={saved} onEdit={edited} />
        </>
      )}
      <CardKindSection onSaved={() => saved()} onError={saved} />
      <DisplaySettings />
      <p role="status" aria-live="polite" className="settings-status">
        {status}
      </p>
      <StorageUsage />
      <BackupSection />
    </section>
  );
}
