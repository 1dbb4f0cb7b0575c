import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Numbers, shares and study days in the UI's language, through Intl. */
export function useStatsFormat() {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return useMemo(() => {
    const integer = new Intl.NumberFormat(language);
    const average = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
    const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 });
    const shortDay = new Intl.DateTimeFormat(language, { month: 'short', day: 'numeric' });
    const longDay = new Intl.DateTimeFormat(language, { dateStyle: 'full' });
    const month = new Intl.DateTimeFormat(language, { month: 'short' });
    const weekday = new Intl.DateTimeFormat(language, { weekday: 'narrow' });
    return {
      integer: (value: number) => integer.format(value),
      average: (value: number) => average.format(value),
      percent: (share: number) => percent.format(share),
      /** "3월 4일" / "Mar 4": a study day by the date it began on. */
      shortDay: (start: number) => shortDay.format(start),
      /** "2026년 3월 4일 수요일" / "Wednesday, March 4, 2026". */
      longDay: (start: number) => longDay.format(start),
      month: (start: number) => month.format(start),
      weekday: (start: number) => weekday.format(start),
    };
  }, [language]);
}

export type StatsFormat = ReturnType<typeof useStatsFormat>;
