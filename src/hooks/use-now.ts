import { useEffect, useState } from 'react';

/** The current time, refreshed every `everyMs` so due cards appear without a reload. */
export function useNow(everyMs = 30_000): [number, () => void] {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return [now, () => setNow(Date.now())];
}
