import { useEffect } from 'react';
import type { Grade } from '../../core';
import { isTypingTarget } from '../../ui/is-typing-target';

interface StudyKeyHandlers {
  revealed: boolean;
  onReveal: () => void;
  onRate: (grade: Grade) => void;
  onUndo: () => void;
}

const GRADE_KEYS: Record<string, Grade> = { '1': 1, '2': 2, '3': 3, '4': 4 };

/**
 * Anki's keys: Space/Enter shows the answer (and then means Good), 1–4 rate,
 * Ctrl/Cmd+Z undoes. Keys typed into a field, keys while an IME is composing
 * (Korean input), and Enter/Space on a focused button (which clicks it
 * itself) are left alone so nothing fires twice or by accident.
 */
export function useStudyKeys({ revealed, onReveal, onRate, onUndo }: StudyKeyHandlers): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.isComposing || event.key === 'Process' || isTypingTarget(event.target)) return;
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
        event.preventDefault();
        onUndo();
        return;
      }
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key === ' ' || event.key === 'Enter') {
        if (event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement) return;
        event.preventDefault();
        if (revealed) onRate(3);
        else onReveal();
        return;
      }
      const grade = GRADE_KEYS[event.key];
      if (grade && revealed) {
        event.preventDefault();
        onRate(grade);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [revealed, onReveal, onRate, onUndo]);
}
