/**
 * The browser's back and forward buttons follow the steps: each step change adds a history entry (the URL
 * stays the same, so a share link's fragment is never disturbed), and popstate goes to that entry's step.
 *
 * A reset ("start again", "next person") starts a new generation: entries made before it belong to the last
 * person, and Back into one of them shows the start page, never an old step with no answers behind it. The
 * generation is kept in the entries themselves (history.state survives a reload), never in storage.
 */
import { useEffect, useRef } from 'preact/hooks';
import { START, type AppState } from '../state';

type Entry = { step?: unknown; gen?: unknown } | null;

const newGeneration = () => `${Date.now().toString(36)}.${Math.random().toString(36).slice(2, 8)}`;
let generation: string | null = null;
/** This tab's current generation: the one of the entry shown at start-up (a reload), else a new one. */
function current(): string {
  if (generation === null) {
    const g = (history.state as Entry)?.gen;
    generation = typeof g === 'string' ? g : newGeneration();
  }
  return generation;
}

/** Call before a reset: from now on, the entries made so far lead to the start page. */
export function startNewHistory(): void {
  generation = newGeneration();
}

export function useStepHistory(app: AppState): void {
  const step = app.step.value;
  const fromPop = useRef(false);
  useEffect(() => {
    history.replaceState({ ...(history.state ?? {}), step: app.step.peek(), gen: current() }, '');
    const onPop = (e: PopStateEvent) => {
      const entry = e.state as Entry;
      if (typeof entry?.step !== 'string') return;
      let target: string = entry.step;
      if (entry?.gen !== current()) {
        // The last person's page: this entry now means the start page.
        target = START;
        history.replaceState({ ...(entry ?? {}), step: START, gen: current(), view: undefined }, '');
      }
      const before = app.step.peek();
      app.goTo(target);
      // Only a step change runs the effect below, which must then not add an entry of its own.
      fromPop.current = app.step.peek() !== before;
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  useEffect(() => {
    if (fromPop.current) {
      fromPop.current = false;
      return;
    }
    const entry = history.state as Entry;
    if (entry?.step !== step || entry?.gen !== current()) history.pushState({ step, gen: current() }, '');
  }, [step]);
}
