import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { GRADES, type Grade } from '../../core';
import { GradeButton } from '../../ui/grade-button';

const GRADE_KEYS: Record<string, Grade> = { '1': 1, '2': 2, '3': 3, '4': 4 };

/**
 * 다시 / 어려움 / 좋음 / 쉬움 with the suggested grade marked and focused, so
 * Enter confirms it; 1–4 choose directly. Choosing saves and moves on.
 */
export function GradeChoice({
  suggested,
  describedBy,
  onGrade,
  disabled,
}: {
  suggested: Grade | null;
  /** Ids of the text explaining the suggestion, read with the suggested button. */
  describedBy: string;
  onGrade: (grade: Grade) => void;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const suggestedButton = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    suggestedButton.current?.focus();
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.isComposing || event.repeat || event.ctrlKey || event.metaKey || event.altKey || disabled) return;
      const target = event.target as HTMLElement | null;
      if (target && ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
      const grade = GRADE_KEYS[event.key];
      if (!grade) return;
      event.preventDefault();
      onGrade(grade);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [onGrade, disabled]);

  return (
    <div className="grade-buttons" role="group" aria-label={t('interview.feedback.gradeLabel')}>
      {GRADES.map((grade) => {
        const isSuggested = grade === suggested;
        return (
          <GradeButton
            key={grade}
            grade={grade}
            onChoose={onGrade}
            disabled={disabled}
            suggested={isSuggested}
            describedBy={isSuggested ? describedBy : undefined}
            buttonRef={isSuggested ? suggestedButton : undefined}
            caption={
              isSuggested ? (
                <>
                  <span className="visually-hidden">,</span> {t('interview.feedback.suggested')}
                </>
              ) : (
                '\u00a0'
              )
            }
          />
        );
      })}
    </div>
  );
}
