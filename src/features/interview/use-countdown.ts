import { useEffect, useRef, useState } from 'react';

const TICK_MS = 250;

/**
 * Time left on the current question, computed from the stored moment it was
 * first shown (so a reload does not give the learner a fresh two minutes).
 * Calls `onExpire` once when it reaches zero, also when a reload lands past it.
 * Null when there is no limit.
 */
export function useCountdown(startedAt: number, limitMs: number | null, onExpire: () => void): number | null {
  const remaining = (): number | null => (limitMs === null ? null : Math.max(0, startedAt + limitMs - Date.now()));
  const [left, setLeft] = useState(remaining);
  const expire = useRef(onExpire);
  const fired = useRef(false);

  useEffect(() => {
    expire.current = onExpire;
  }, [onExpire]);

  useEffect(() => {
    fired.current = false;
    if (limitMs === null) {
      setLeft(null);
      return;
    }
    const tick = (): void => {
      const value = Math.max(0, startedAt + limitMs - Date.now());
      setLeft(value);
      if (value === 0 && !fired.current) {
        fired.current = true;
        expire.current();
      }
    };
    tick();
    const timer = setInterval(tick, TICK_MS);
    return () => clearInterval(timer);
  }, [startedAt, limitMs]);

  return left;
}

/** "1:05" — minutes and seconds, rounded up so 0:00 shows only at the very end. */
export function formatClock(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}
