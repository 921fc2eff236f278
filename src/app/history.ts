/**
 * The browser's back and forward buttons follow the steps: each step change adds a history entry (the URL
 * stays the same, so a share link's fragment is never disturbed), and popstate goes to that entry's step.
 */
import { useEffect, useRef } from 'preact/hooks';
import type { AppState } from '../state';

export function useStepHistory(app: AppState): void {
  const step = app.step.value;
  const fromPop = useRef(false);
  useEffect(() => {
    history.replaceState({ ...(history.state ?? {}), step: app.step.peek() }, '');
    const onPop = (e: PopStateEvent) => {
      const target = (e.state as { step?: unknown } | null)?.step;
      if (typeof target !== 'string') return;
      fromPop.current = true;
      app.goTo(target);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  useEffect(() => {
    if (fromPop.current) {
      fromPop.current = false;
      return;
    }
    if ((history.state as { step?: unknown } | null)?.step !== step) history.pushState({ step }, '');
  }, [step]);
}
