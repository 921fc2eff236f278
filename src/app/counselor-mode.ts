/**
 * Counselor mode, the part every start needs: is it on, and applying it (larger text and targets through a
 * class on <html>; a store that keeps nothing). Switching and the "next client" reset load lazily
 * (./counselor/switch.ts).
 *
 * The flag lives in sessionStorage, not only in memory: a reload on a shared tablet (the update prompt's
 * "reload", an accidental pull-to-refresh) must not quietly start saving the next client's answers. It ends
 * with the tab, so the device's next, ordinary user does not inherit it. It holds "1" and nothing else.
 */
import { signal } from '@preact/signals';
import type { Store } from '../storage';

export const COUNSELOR_KEY = 'shuro-check:counselor';

export const counselorMode = signal(false);

/** Whether this tab was in counselor mode (storage disabled reads as "no"). */
export function counselorFlag(): boolean {
  try {
    return sessionStorage.getItem(COUNSELOR_KEY) === '1';
  } catch {
    return false;
  }
}

/** Turns the mode's effects on or off: the store holds everything in memory, the page grows. */
export function applyCounselorMode(on: boolean, store: Store): void {
  store.hold(on);
  counselorMode.value = on;
  document.documentElement.classList.toggle('counselor', on);
}
