/**
 * The saved state on this device (localStorage), versioned. Nothing here throws: private mode, a full
 * quota or storage disabled by policy leave the app working in memory, and `persistent` says so.
 *
 * A saved state that cannot be read is never dropped silently: its raw text is kept aside (up to
 * MAX_KEPT_SAVES of them, each under its own key, never one over another), every field that still validates is
 * kept, and load() reports what was lost. The kept texts can be read back (keptSaves) for the person to download.
 * When the saved answers cannot even be read (getItem throws), or cannot be kept aside, nothing is written over
 * them: `blocked` turns on and the app works in memory for this visit.
 */
import type { Case } from '../case/schema';
import type { CaseReader } from '../case/reader';
import { CASE_FORMAT } from '../case/values';
import { nestsDeeperThan } from '../case/json-depth';

export { getField, setField, leaves } from '../case/paths';

export const STATE_KEY = 'shuro-check:state';
/** The first save kept aside as unreadable; the others go under UNREADABLE_KEY:2 … UNREADABLE_KEY:5. */
export const UNREADABLE_KEY = 'shuro-check:state:unreadable';
/**
 * How many unreadable saves are kept aside. A bound, so a device that keeps failing cannot fill its storage;
 * when a sixth arrives the oldest goes, and load() says so (droppedOldest) for the notice.
 */
export const MAX_KEPT_SAVES = 5;
/** The key of kept save number `n` (1 = the oldest). */
export const keptSaveKey = (n: number): string => (n === 1 ? UNREADABLE_KEY : `${UNREADABLE_KEY}:${n}`);
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
      /** True when the original text was kept aside (see keptSaves); false: it was left in place, and saving is blocked. */
      rawKept: boolean;
      /** True when keeping it meant removing the oldest of MAX_KEPT_SAVES kept saves. */
      droppedOldest?: boolean;
    }
  /** The saved answers could not be read at all (storage threw): nothing is written over them this visit. */
  | { kind: 'read-failed' };

export interface Store {
  /** False when nothing can be kept on this device (the app then works in memory only). */
  readonly persistent: boolean;
  /** True when something is saved (no parsing: the first page decides whether to load the reader). */
  hasSaved(): boolean;
  /**
   * Reads the saved state through the case reader (zod), which the caller loads. `today` (in Japan) checks the
   * dates of answers without asOf, as the app does.
   */
  load(reader: CaseReader, today?: string): LoadResult;
  /**
   * True when saving is held back so as not to write over saved answers that could not be read or kept aside;
   * save() then returns false.
   */
  readonly blocked: boolean;
  /** The texts of the saves kept aside as unreadable, oldest first. */
  keptSaves(): string[];
  /** Removes the kept unreadable saves (after the person downloaded them, or chose to). */
  discardKeptSaves(): void;
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

  /** Saving held back: the saved answers could not be read, or not kept aside before being replaced. */
  let blocked = false;
  const get = (k: string): string | null => {
    try {
      return b.getItem(k);
    } catch {
      return null;
    }
  };
  /** The saved answers' text; undefined when reading them threw (they may be there: never write over them). */
  const readState = (): string | null | undefined => {
    try {
      return b.getItem(STATE_KEY);
    } catch {
      return undefined;
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

  const kept = (): string[] => {
    const out: string[] = [];
    for (let n = 1; n <= MAX_KEPT_SAVES; n++) {
      const text = get(keptSaveKey(n));
      if (text !== null) out.push(text);
    }
    return out;
  };

  /**
   * Keeps `raw` aside under a key of its own: the first free one, else the oldest goes and the others move down
   * (each write checked: a failure leaves the earlier ones where they were). Returns whether it was kept.
   */
  const keepAside = (raw: string): { kept: boolean; droppedOldest: boolean } => {
    const texts = kept();
    if (texts.includes(raw)) return { kept: true, droppedOldest: false };
    const droppedOldest = texts.length >= MAX_KEPT_SAVES;
    const next = [...(droppedOldest ? texts.slice(texts.length - MAX_KEPT_SAVES + 1) : texts), raw];
    for (let i = 0; i < next.length; i++)
      if (get(keptSaveKey(i + 1)) !== next[i] && !set(keptSaveKey(i + 1), next[i]!)) return { kept: false, droppedOldest: false };
    for (let n = next.length + 1; n <= MAX_KEPT_SAVES; n++) remove(keptSaveKey(n));
    return { kept: true, droppedOldest };
  };

  /** Something could not be used as it is: keep the text aside, or, if that fails, leave it and block saving. */
  const repaired = (raw: string, state: SavedState, problem: 'unreadable' | 'newer' | 'fields', dropped: string[], removeOriginal: boolean): LoadResult => {
    const k = keepAside(raw);
    if (!k.kept) blocked = true;
    // Kept aside: the notice shows once, not on every visit (a repaired state is saved over it from now on).
    else if (removeOriginal) remove(STATE_KEY);
    return { kind: 'repaired', state, problem, dropped, rawKept: k.kept, ...(k.droppedOldest ? { droppedOldest: true } : {}) };
  };

  /** The saved text → a state, or what could be saved from it. May throw on input it was not written for. */
  const read = (raw: string, reader: CaseReader, today?: string): LoadResult => {
    // A save nested deeper than any case is refused before parsing: the reader would overflow its stack.
    if (nestsDeeperThan(raw)) return repaired(raw, fresh(), 'unreadable', [], true);
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    if (!isObj(parsed) || typeof parsed.v !== 'number' || !Number.isInteger(parsed.v) || parsed.v < 1) return repaired(raw, fresh(), 'unreadable', [], true);
    // Saved by a newer app version: keep it for that version, start fresh here.
    if (parsed.v > SAVED_STATE_VERSION) return repaired(raw, fresh(), 'newer', [], false);
    const outcome = reader.parse(parsed.case, { today });
    if (outcome.ok) return { kind: 'ok', state: envelope(parsed, outcome.case) };
    const { case: salvaged, dropped } = reader.salvage(parsed.case, { today });
    return repaired(raw, envelope(parsed, salvaged), isObj(parsed.case) ? 'fields' : 'unreadable', dropped, false);
  };

  return {
    get persistent() {
      return persistent;
    },
    get blocked() {
      return blocked;
    },
    // A read that throws counts as "something saved": the app then waits for load() rather than saving over it.
    hasSaved: () => readState() !== null,
    load(reader, today): LoadResult {
      const raw = readState();
      if (raw === undefined) {
        blocked = true;
        return { kind: 'read-failed' };
      }
      if (raw === null) return { kind: 'empty' };
      try {
        return read(raw, reader, today);
      } catch {
        // Whatever went wrong while reading, the text is kept, never dropped for the next save to replace.
        return repaired(raw, fresh(), 'unreadable', [], true);
      }
    },
    save(s, savedAt = new Date().toISOString()): boolean {
      if (blocked && b === device) return false;
      const state: SavedState = { v: SAVED_STATE_VERSION, case: s.case, step: s.step, visited: s.visited, savedAt };
      return set(STATE_KEY, JSON.stringify(state));
    },
    clear(): void {
      // Everything answered on this device goes, including damaged saves kept for recovery.
      remove(STATE_KEY);
      for (let n = 1; n <= MAX_KEPT_SAVES; n++) remove(keptSaveKey(n));
      blocked = false;
    },
    keptSaves: kept,
    discardKeptSaves(): void {
      for (let n = 1; n <= MAX_KEPT_SAVES; n++) remove(keptSaveKey(n));
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
