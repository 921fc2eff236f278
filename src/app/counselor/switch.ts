/** Switching counselor mode, and the "next client" reset that leaves nothing of one client for the next. */
import type { AppState } from '../../state';
import type { Store } from '../../storage';
import { hasAnswers } from '../../share/case-file';
import { applyCounselorMode } from '../counselor-mode';

/** Every key this app writes starts with this (answers, a kept damaged save, language, text size, flags). */
const APP_PREFIX = 'shuro-check:';

function each(fn: (s: Storage) => void): void {
  for (const get of [() => localStorage, () => sessionStorage]) {
    try {
      fn(get());
    } catch {
      /* storage disabled: nothing is kept there either */
    }
  }
}

/**
 * On: the answers saved on the device are removed (those on screen stay, in memory) and nothing more is
 * written. Off: the answers on screen are saved again at once.
 */
export function setCounselorMode(on: boolean, app: AppState, store: Store): void {
  if (on) store.clear();
  applyCounselorMode(on, store);
  const d = app.draft.peek();
  if (!on && (hasAnswers(d) || app.visited.peek().length > 0)) store.save({ case: d, step: app.step.peek(), visited: [...app.visited.peek()] });
}

/** Forgets the client: answers, every key of the app in both storages, the share link in the address. */
export function nextClient(app: AppState): void {
  app.reset();
  each((s) => {
    for (let i = s.length - 1; i >= 0; i--) {
      const k = s.key(i);
      if (k?.startsWith(APP_PREFIX)) s.removeItem(k);
    }
  });
  // The mode itself goes on for the next client, in memory (counselor-mode.ts carries it over a reload).
  app.forgetLink();
}
