/**
 * The saved state on this device (localStorage), versioned. Nothing here throws: private mode, a full
 * quota or storage disabled by policy leave the app working in memory, and `persistent` says so.
 *
 * A saved state that cannot be read is never dropped silently: its raw text is kept under
 * UNREADABLE_KEY, every field that still validates is kept, and load() reports what was lost.
 */
import type { Case } from '../case/schema';
import type { CaseReader } from '../case/reader';
import { CASE_FORMAT } from '../case/values';

export { getField, setField, leaves } from '../case/paths';

export const STATE_KEY = 'shuro-check:state';
export const UNREADABLE_KEY = 'shuro-check:state:unreadable';
export const LANG_KEY = 'shuro-check:lang';
export const TEXT_SIZE_KEY = 'shuro-check:text-size';
const FLAG_PREFIX = 'shuro-check:flag:';
const PROBE_KEY = 'shuro-check:probe';

/**
 * Raised with every change of the saved envelope or of CASE_FORMAT: a build then keeps a save from a newer
 * version aside instead of repairing it into its own older format. Older saves load, their case upgraded by
 * the case reader (an envelope change would add its own step in load()).
 */
export const SAVED_STATE_VERSION = 1;

/** What is saved: the case (answers only), the step, which questions were visited, and when. */
export interface SavedState {
  v: number;
  case: Case;
  step: string;
  visited: string[];
  savedAt: string;
}

export type LoadResult =
  | { kind: 'empty' }
  | { kind: 'ok'; state: SavedState }
  | {
      /** Something could not be read; `state` holds what could. */
      kind: 'repaired';
      state: SavedState;
      /** "unreadable": not JSON or not our format; "newer": saved by a newer version; "fields": some answers invalid. */
      problem: 'unreadable' | 'newer' | 'fields';
      /** Case paths of the answers that were dropped (problem "fields"). */
      dropped: string[];
      /** True when the original text was kept under UNREADABLE_KEY. */
      rawKept: boolean;
    };

export interface Store {
  /** False when nothing can be kept on this device (the app then works in memory only). */
  readonly persistent: boolean;
  /** True when something is saved (no parsing: the first page decides whether to load the reader). */
  hasSaved(): boolean;
  /** Reads the saved state through the case reader (zod), which the caller loads. */
  load(reader: CaseReader): LoadResult;
  /** Saves; false when the write failed (e.g. quota), and the app should say answers are not kept. */
  save(s: Pick<SavedState, 'case' | 'step' | 'visited'>, savedAt?: string): boolean;
  /** Removes the saved answers and any kept damaged save (the counselor's reset). The language choice stays. */
  clear(): void;
  getLanguage(): string | null;
  setLanguage(code: string): void;
  /** The reading size chosen on this device (kept, like the language, when the answers are cleared). */
  getTextSize(): string | null;
  setTextSize(size: string): void;
  getFlag(name: string): boolean;
  setFlag(name: string): void;
  /**
   * Memory only (counselor mode on a shared device): while held, everything is read from and written to a
   * fresh in-memory store, and the device's storage is neither read nor written (clear() included).
   */
  hold(on: boolean): void;
}

type Backend = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function memoryBackend(): Backend {
  const m = new Map<string, string>();
  return {
    getItem: (k) => m.get(k) ?? null,
    setItem: (k, v) => void m.set(k, String(v)),
    removeItem: (k) => void m.delete(k),
  };
}

function defaultBackend(): Backend | null {
  // Reading the localStorage property itself throws a SecurityError when storage is disabled.
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** A fresh empty case. */
export function emptyCase(): Case {
  return { format: CASE_FORMAT };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function envelope(parsed: Record<string, unknown>, c: Case): SavedState {
  return {
    v: SAVED_STATE_VERSION,
    case: c,
    step: typeof parsed.step === 'string' ? parsed.step : 'start',
    visited: Array.isArray(parsed.visited) ? parsed.visited.filter((x): x is string => typeof x === 'string') : [],
    savedAt: typeof parsed.savedAt === 'string' ? parsed.savedAt : '',
  };
}

/** A store over localStorage (or the given backend, for tests). */
export function createStore(getBackend: () => Backend | null = defaultBackend): Store {
  let backend: Backend | null = null;
  try {
    backend = getBackend();
  } catch {
    backend = null;
  }
  let persistent = false;
  if (backend) {
    try {
      backend.setItem(PROBE_KEY, '1');
      backend.removeItem(PROBE_KEY);
      persistent = true;
    } catch {
      persistent = false;
    }
  }
  // Without working storage, keep everything for this visit in memory.
  if (!persistent) backend = memoryBackend();
  const device = backend!;
  let b = device;

  const get = (k: string): string | null => {
    try {
      return b.getItem(k);
    } catch {
      return null;
    }
  };
  const set = (k: string, v: string): boolean => {
    try {
      b.setItem(k, v);
      return true;
    } catch {
      return false;
    }
  };
  const remove = (k: string): void => {
    try {
      b.removeItem(k);
    } catch {
      /* nothing to do: the key stays, and the next save overwrites it */
    }
  };

  const fresh = (): SavedState => ({ v: SAVED_STATE_VERSION, case: emptyCase(), step: 'start', visited: [], savedAt: '' });

  /** Nothing readable: keep the text aside (then the notice shows once, not on every visit). */
  const unreadable = (raw: string): LoadResult => {
    const rawKept = set(UNREADABLE_KEY, raw);
    if (rawKept) remove(STATE_KEY);
    return { kind: 'repaired', state: fresh(), problem: 'unreadable', dropped: [], rawKept };
  };

  return {
    get persistent() {
      return persistent;
    },
    hasSaved: () => get(STATE_KEY) !== null,
    load(reader): LoadResult {
      const raw = get(STATE_KEY);
      if (raw === null) return { kind: 'empty' };
      let parsed: unknown;
      try {
        parsed = JSON.parse(raw);
      } catch {
        parsed = undefined;
      }
      if (!isObj(parsed) || typeof parsed.v !== 'number' || !Number.isInteger(parsed.v) || parsed.v < 1) return unreadable(raw);
      if (parsed.v > SAVED_STATE_VERSION) {
        // Saved by a newer app version: keep it for that version, start fresh here.
        return { kind: 'repaired', state: fresh(), problem: 'newer', dropped: [], rawKept: set(UNREADABLE_KEY, raw) };
      }
      const outcome = reader.parse(parsed.case);
      if (outcome.ok) return { kind: 'ok', state: envelope(parsed, outcome.case) };
      const { case: repaired, dropped } = reader.salvage(parsed.case);
      return {
        kind: 'repaired',
        state: envelope(parsed, repaired),
        problem: isObj(parsed.case) ? 'fields' : 'unreadable',
        dropped,
        rawKept: set(UNREADABLE_KEY, raw),
      };
    },
    save(s, savedAt = new Date().toISOString()): boolean {
      const state: SavedState = { v: SAVED_STATE_VERSION, case: s.case, step: s.step, visited: s.visited, savedAt };
      return set(STATE_KEY, JSON.stringify(state));
    },
    clear(): void {
      // Everything answered on this device goes, including a damaged save kept for recovery.
      remove(STATE_KEY);
      remove(UNREADABLE_KEY);
    },
    getLanguage: () => get(LANG_KEY),
    setLanguage: (code) => void set(LANG_KEY, code),
    getTextSize: () => get(TEXT_SIZE_KEY),
    setTextSize: (size) => void set(TEXT_SIZE_KEY, size),
    getFlag: (name) => get(FLAG_PREFIX + name) === '1',
    setFlag: (name) => void set(FLAG_PREFIX + name, '1'),
    hold(on) {
      b = on ? memoryBackend() : device;
    },
  };
}
