/**
 * Counselor mode, the part every start needs: is it on, and applying it (larger text and targets through a
 * class on <html>; a store that keeps nothing). Switching and the "next client" reset load lazily
 * (./counselor/switch.ts).
 *
 * The mode outlives a reload on a shared tablet (the update prompt's "reload", an accidental pull-to-refresh),
 * which must not quietly start saving the next client's answers. Yet while the app is on screen, nothing of it
 * is on the device: its flag ("1", nothing else) is written to sessionStorage only as the page goes away or is
 * hidden (a hidden tab may be discarded and reloaded without a pagehide), and taken back out when the page is
 * shown again or the next one starts. It ends with the tab, so the device's next, ordinary user does not inherit it.
 */
import { signal } from '@preact/signals';
import type { Store } from '../storage';

export const COUNSELOR_KEY = 'shuro-check:counselor';

export const counselorMode = signal(false);

/** Whether the page before this one in the tab was in counselor mode; the flag is removed as it is read. */
export function takeCounselorFlag(): boolean {
  try {
    const on = sessionStorage.getItem(COUNSELOR_KEY) === '1';
    sessionStorage.removeItem(COUNSELOR_KEY);
    return on;
  } catch {
    return false; // storage disabled: the mode lasts as long as the page
  }
}

/** Hands the mode over to the next page of this tab: written as the page goes or hides, taken back if it stays. */
export function carryCounselorModeOverReloads(): void {
  const keep = () => {
    try {
      if (counselorMode.peek()) sessionStorage.setItem(COUNSELOR_KEY, '1');
    } catch {
      /* storage disabled: the next page starts in the ordinary mode */
    }
  };
  addEventListener('pagehide', keep);
  document.addEventListener('visibilitychange', () => (document.visibilityState === 'hidden' ? keep() : takeCounselorFlag()));
  // Back from the back/forward cache: the page lives on, so the flag goes again.
  addEventListener('pageshow', (e) => e.persisted && takeCounselorFlag());
}

/** Turns the mode's effects on or off: the store holds everything in memory, the page grows. */
export function applyCounselorMode(on: boolean, store: Store): void {
  store.hold(on);
  counselorMode.value = on;
  document.documentElement.classList.toggle('counselor', on);
}

/**
 * In counselor mode the answers live only in this page: a reload or a pull-to-refresh would end the interview.
 * While there are answers, the browser asks before the page goes (its own words: a page cannot set them).
 */
export function warnBeforeLeaving(hasAnswers: () => boolean): void {
  addEventListener('beforeunload', (e) => {
    if (!counselorMode.peek() || !hasAnswers()) return;
    e.preventDefault();
    e.returnValue = ''; // older browsers ask only when returnValue is set
  });
}
