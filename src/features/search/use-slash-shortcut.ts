import { useEffect, type RefObject } from 'react';
import { isTypingTarget } from '../../ui/is-typing-target';

/**
 * `/` focuses the search box from anywhere, as on GitHub or MDN; but not
 * while the user is typing in another field or composing Korean, where `/`
 * is text.
 */
export function useSlashShortcut(input: RefObject<HTMLInputElement | null>): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== '/' || event.isComposing || event.keyCode === 229) return;
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || isTypingTarget(event.target))
        return;
      event.preventDefault();
      input.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [input]);
}
