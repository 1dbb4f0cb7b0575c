import { useTranslation } from 'react-i18next';
import type { Grade, GradeOutcome } from '../../core';
import { formatInterval } from '../../i18n/format';

/** The four answer buttons, each showing the interval it would give. */
export function GradeButtons({
  outcomes,
  onRate,
  disabled,
}: {
  outcomes: GradeOutcome[];
  onRate: (grade: Grade) => void;
  disabled: boolean;
}) {
  const { t, i18n } = useTranslation();
  return (
    <div className="grade-buttons" role="group" aria-label={t('study.rateLabel')}>
      {outcomes.map(({ grade, intervalMs }) => {
        const interval = formatInterval(intervalMs, i18n.language);
        const label = t(`study.grade.${grade}`);
        return (
          <button
            key={grade}
            type="button"
            className={`grade grade-${grade}`}
            disabled={disabled}
            onClick={() => onRate(grade)}
            aria-keyshortcuts={String(grade)}
          >
            {/* The name is the visible text in reading order ("좋음, 다음 복습까지 10분"); CSS puts the interval on top. */}
            <span className="grade-label">{label}</span>
            <span className="grade-interval">
              <span className="visually-hidden">, {t('a11y.nextReviewIn')}</span> {interval}
            </span>
            <kbd className="grade-key" aria-hidden="true">
              {grade}
            </kbd>
          </button>
        );
      })}
    </div>
  );
}
