import { useEffect, useLayoutEffect, useRef } from 'react';
import type { Flag, Grade } from '../../core';
import { isTypingTarget } from '../../ui/is-typing-target';

interface StudyKeyHandlers {
  revealed: boolean;
  onReveal: () => void;
  onRate: (grade: Grade) => void;
  onUndo: () => void;
  onBury: () => void;
  onSuspend: () => void;
  onFlag: (flag: Flag) => void;
  onInfo: () => void;
}

const GRADE_KEYS: Record<string, Grade> = { '1': 1, '2': 2, '3': 3, '4': 4 };
const FLAG_KEYS: Record<string, Flag> = { '1': 1, '2': 2, '3': 3, '4': 4 };
/** `i`, also as the 2-set Korean layout types it (ㅑ) when Hangul input is on. */
const INFO_KEYS = new Set(['i', 'I', 'ㅑ']);

/**
 * Anki's keys: Space/Enter shows the answer (and then means Good), 1–4 rate,
 * Ctrl/Cmd+Z undoes, `-` buries, `@` suspends (read from event.key, so it is
 * Shift+2 wherever the layout puts @ there), Ctrl+1–4 flag, `i` card info.
 * Keys typed into a field, keys while an IME is composing (Korean input), and
 * Enter/Space on a focused button (which clicks it itself) are left alone so
 * nothing fires twice or by accident.
 */
export function useStudyKeys(handlers: StudyKeyHandlers): void {
  // Read at the key press, not when the listener was bound: right after the card changes (another tab
  // rated it) a listener from the render before would still see its answer revealed. A layout effect
  // updates this before the browser handles any further input.
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      const { revealed, onReveal, onRate, onUndo, onBury, onSuspend, onFlag, onInfo } = latest.current;
      if (event.isComposing || event.key === 'Process' || isTypingTarget(event.target)) return;
      // A held key repeats: holding Space to see the answer must not also rate the card Good.
      if (event.repeat) return;
      if (event.ctrlKey || event.metaKey) {
        const flag = event.altKey || event.shiftKey ? undefined : FLAG_KEYS[event.key];
        if (event.key.toLowerCase() === 'z') onUndo();
        else if (flag) onFlag(flag);
        else return;
        event.preventDefault();
        return;
      }
      if (event.altKey) return;
      if (event.key === ' ' || event.key === 'Enter') {
        if (event.target instanceof HTMLButtonElement || event.target instanceof HTMLAnchorElement) return;
        event.preventDefault();
        if (revealed) onRate(3);
        else onReveal();
        return;
      }
      const action =
        event.key === '-' ? onBury : event.key === '@' ? onSuspend : INFO_KEYS.has(event.key) ? onInfo : null;
      if (action) {
        event.preventDefault();
        action();
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
  }, []);
}
