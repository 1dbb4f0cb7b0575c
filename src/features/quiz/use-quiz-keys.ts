import { useEffect } from 'react';

interface QuizKeyHandlers {
  answered: boolean;
  /** How many choices the question has: three or four. */
  choiceCount: number;
  onChoose: (index: number) => void;
  onNext: () => void;
}

const CHOICE_KEYS = ['1', '2', '3', '4'];

function isTypingTarget(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/**
 * 1–4 choose (as many as there are choices), then Enter or Space goes on.
 * Keys typed into a field, keys while an IME is composing (Korean input)
 * and Enter/Space on a focused button or link (which clicks it itself) are
 * left alone, so nothing fires twice; a number after answering does
 * nothing, so a slip cannot change it.
 */
export function useQuizKeys({ answered, choiceCount, onChoose, onNext }: QuizKeyHandlers): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      // A held key repeats: one press answers once, and a held Enter does not also skip past the feedback.
      if (event.isComposing || event.repeat || event.key === 'Process' || isTypingTarget(event.target)) return;
      if (event.ctrlKey || event.metaKey || event.altKey) return;
      if (answered && (event.key === ' ' || event.key === 'Enter')) {
        if (event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement) return;
        event.preventDefault();
        onNext();
        return;
      }
      const choice = CHOICE_KEYS.indexOf(event.key);
      // A code question may have three choices: 4 then names none, and must not count as a wrong answer.
      if (!answered && choice >= 0 && choice < choiceCount) {
        event.preventDefault();
        onChoose(choice);
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [answered, choiceCount, onChoose, onNext]);
}
