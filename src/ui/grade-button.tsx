import type { ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { Grade } from '../core';

interface GradeButtonProps {
  grade: Grade;
  /** The line above the label: an interval, a "suggested" mark; read after the label. */
  caption: ReactNode;
  onChoose: (grade: Grade) => void;
  disabled: boolean;
  suggested?: boolean;
  describedBy?: string;
  buttonRef?: Ref<HTMLButtonElement>;
}

/**
 * One of 다시 / 어려움 / 좋음 / 쉬움, as flashcards and the mock interview
 * show them. Its accessible name is its visible text in reading order
 * ("좋음, 다음 복습까지 10분"); CSS puts the caption on top.
 */
export function GradeButton({
  grade,
  caption,
  onChoose,
  disabled,
  suggested,
  describedBy,
  buttonRef,
}: GradeButtonProps) {
  const { t } = useTranslation();
  return (
    <button
      ref={buttonRef}
      type="button"
      className={`grade grade-${grade}${suggested ? ' grade-suggested' : ''}`}
      disabled={disabled}
      onClick={() => onChoose(grade)}
      aria-keyshortcuts={String(grade)}
      aria-describedby={describedBy}
    >
      <span className="grade-label">{t(`study.grade.${grade}`)}</span>
      <span className="grade-interval">{caption}</span>
      <kbd className="grade-key" aria-hidden="true">
        {grade}
      </kbd>
    </button>
  );
}
