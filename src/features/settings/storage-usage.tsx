import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatStorageSize } from '../../i18n/format';

interface StorageInfo {
  usage: number;
  quota: number;
  persisted: boolean;
}

async function readStorageInfo(storage: StorageManager): Promise<StorageInfo> {
  const [estimate, persisted] = await Promise.all([storage.estimate(), storage.persisted()]);
  return { usage: estimate.usage ?? 0, quota: estimate.quota ?? 0, persisted };
}

/**
 * How much this device holds for the app (the offline copy and the study
 * records) and whether the browser has promised to keep it. Shows nothing
 * where the browser has no StorageManager.
 */
export function StorageUsage() {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const [info, setInfo] = useState<StorageInfo | null>(null);

  useEffect(() => {
    const storage = globalThis.navigator?.storage;
    if (typeof storage?.estimate !== 'function') return;
    let current = true;
    readStorageInfo(storage)
      .then((next) => current && setInfo(next))
      .catch(() => {});
    return () => {
      current = false;
    };
  }, []);

  if (!info) return null;
  return (
    <section className="storage-usage" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('pwa.storageTitle')}</h2>
      <p>
        {t('pwa.storageUsed', {
          used: formatStorageSize(info.usage, i18n.language),
          quota: formatStorageSize(info.quota, i18n.language),
        })}
      </p>
      <p className="muted">{t(info.persisted ? 'pwa.storagePersisted' : 'pwa.storageNotPersisted')}</p>
    </section>
  );
}
