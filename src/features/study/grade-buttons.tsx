import { useTranslation } from 'react-i18next';
import type { Grade, GradeOutcome } from '../../core';
import { formatInterval } from '../../i18n/format';
import { GradeButton } from '../../ui/grade-button';

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
      {outcomes.map(({ grade, intervalMs }) => (
        <GradeButton
          key={grade}
          grade={grade}
          onChoose={onRate}
          disabled={disabled}
          caption={
            <>
              <span className="visually-hidden">, {t('a11y.nextReviewIn')}</span>{' '}
              {formatInterval(intervalMs, i18n.language)}
            </>
          }
        />
      ))}
    </div>
  );
}
