/**
 * Two tabs of the app on one device share one saved state. Without care, each would overwrite the other's
 * answers at its next change, silently. This wraps the store: when another tab has saved different answers
 * (seen through the `storage` event, or found in storage just before a save), this tab stops saving and
 * `conflict` asks the person which answers to use: the other tab's (the page reloads and restores them) or this
 * screen's (saved over the other's). Nothing is overwritten in either direction until they choose.
 *
 * Answers are compared, not the text: a tab that only moved to another page, or wrote the same answers with its
 * keys in another order, is not a conflict.
 */
import { signal, type Signal } from '@preact/signals';
import { STATE_KEY, type SavedState, type Store } from '../storage';

export interface TabSync {
  /** True while another tab's answers differ from this screen's and the person has not chosen. */
  conflict: Signal<boolean>;
  /** Use the other tab's answers: the page reloads and restores what is saved. */
  loadOthers(): void;
  /** Use this screen's answers: they are saved over the other tab's. */
  keepMine(): void;
}

/** JSON with every object's keys sorted, so two serialisations of the same answers compare equal. */
function canonical(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((v as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  return JSON.stringify(v) ?? 'null';
}

/** The answers in a saved text (the case and the visited questions), comparable; null when nothing is saved. */
function answersOf(raw: string | null): string | null {
  if (raw === null) return null;
  try {
    const p = JSON.parse(raw) as { case?: unknown; visited?: unknown };
    return canonical([p.case ?? null, p.visited ?? null]);
  } catch {
    return raw;
  }
}

function readRaw(): string | null {
  try {
    return localStorage.getItem(STATE_KEY);
  } catch {
    return null;
  }
}

type Saved = Pick<SavedState, 'case' | 'step' | 'visited'>;

export function watchOtherTabs(store: Store, reload: () => void = () => location.reload()): { store: Store; tabs: TabSync } {
  const conflict = signal(false);
  /** The answers this tab last wrote or read; another value in storage came from another tab. */
  let known = answersOf(readRaw());
  /** What this tab would have saved last (kept while saving waits for the person's choice). */
  let mine: Saved | null = null;
  let held = false;

  const watched = (): boolean => store.persistent && !held;

  if (typeof addEventListener === 'function')
    addEventListener('storage', (e: StorageEvent) => {
      if (e.key !== STATE_KEY && e.key !== null) return; // null: the other tab cleared all of localStorage
      if (!watched() || conflict.peek()) return;
      if (answersOf(e.key === null ? readRaw() : e.newValue) !== known) conflict.value = true;
    });

  // Every other method (language, text size, flags, and any added later) is the store's own.
  const wrapped: Store = {
    ...store,
    get persistent() {
      return store.persistent;
    },
    get blocked() {
      return store.blocked;
    },
    load(reader, today) {
      const r = store.load(reader, today);
      known = answersOf(readRaw());
      mine = r.kind === 'empty' || r.kind === 'read-failed' ? null : r.state;
      return r;
    },
    save(s, savedAt) {
      if (!watched()) return store.save(s, savedAt);
      mine = s;
      if (conflict.peek()) return true; // waits for the person's choice
      // Another tab wrote since this one last did (its event may not have arrived yet).
      if (answersOf(readRaw()) !== known) {
        conflict.value = true;
        return true;
      }
      const ok = store.save(s, savedAt);
      known = answersOf(readRaw());
      return ok;
    },
    clear() {
      store.clear();
      mine = null;
      known = answersOf(readRaw());
    },
    hold(on) {
      held = on;
      if (on) conflict.value = false; // counselor mode keeps nothing: there is nothing to protect
      store.hold(on);
    },
  };

  const tabs: TabSync = {
    conflict,
    loadOthers() {
      conflict.value = false;
      reload();
    },
    keepMine() {
      conflict.value = false;
      if (mine) store.save(mine);
      else {
        try {
          localStorage.removeItem(STATE_KEY); // nothing on this screen: keep that, not the other tab's answers
        } catch {
          /* storage disabled: nothing was kept */
        }
      }
      known = answersOf(readRaw());
    },
  };
  return { store: wrapped, tabs };
}
