import { useTranslation } from 'react-i18next';

/** A dash where there is nothing to show, said in words to screen readers: never a made-up zero. */
export function NoData() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="visually-hidden">{t('stats.noData')}</span>
    </>
  );
}
