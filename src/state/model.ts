/**
 * The app's state: the answers (a case draft), where the person is in the flow, and the engine's result.
 * Built by a factory (createModel) so every test gets a fresh one; provided to components via context.
 * Changes happen only through the named actions below. Every change is saved on the device at once.
 *
 * The flow (which questions exist and when each is asked) is passed in by the caller, so state does not
 * depend on the wizard.
 */
import { batch, computed, createModel, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { Case, Result } from '../case/schema';
import type { CaseProblem } from '../case/issues';
import type { CaseReader } from '../case/reader';
import { ageFrom } from '../case/dates';
import { createStore, emptyCase, getField, setField, type LoadResult, type Store } from '../storage';
import { todayInJapan } from './today';
import { setRespondent } from './respondent';

export const START = 'start';
export const CHECK = 'check';
export const RESULTS = 'results';

/** One question of the flow, as state needs it (the wizard's questions satisfy this). */
export interface FlowStep {
  id: string;
  field: string;
  isActive(d: Case, today: string): boolean;
  /** Fields cleared when this answer changes. */
  clears?: readonly string[];
}

/** The engine's API (src/engine/index.ts), loaded lazily so the start page does not wait for it. */
export interface EngineApi {
  evaluate(c: Case, opts: { asOf: string }): Result;
  checkCoverage(asOf: string): null | { from: string; to: string };
}

export interface AppDeps {
  flow: readonly FlowStep[];
  store?: Store;
  /** The clock, for "today" in Japan. */
  now?: () => Date;
  loadEngine?: () => Promise<EngineApi>;
  /** The case reader (zod). Given: used at once (tests, Node). Else loaded by ready(), off the first page's path. */
  reader?: CaseReader;
  loadReader?: () => Promise<CaseReader>;
}

export type ResultState =
  | { status: 'loading' }
  | { status: 'out-of-coverage'; asOf: string; from: string; to: string }
  | { status: 'invalid'; problems: CaseProblem[] }
  | { status: 'error' }
  | { status: 'ready'; result: Result };

export type AnswerOutcome = { ok: true } | { ok: false; problems: CaseProblem[] };

export type WhatIfOutcome = { ok: true; case: Case } | { ok: false; problems: CaseProblem[] };

export type ReturnTo = typeof CHECK | typeof RESULTS | null;

/**
 * Why answers may not be kept: storage unavailable from the start, a save that failed, or saved answers that
 * could not be read (then nothing is written over them).
 */
export type StorageProblem = null | 'unavailable' | 'save-failed' | 'read-failed';

type Repaired = Extract<LoadResult, { kind: 'repaired' }>;

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export const AppModel = createModel((deps: AppDeps) => {
  const flow = deps.flow;
  const store = deps.store ?? createStore();
  const now = deps.now ?? (() => new Date());
  const loadEngineModule = deps.loadEngine ?? (() => import('../engine') as Promise<EngineApi>);
  const loadReaderModule = deps.loadReader ?? (() => import('../case/reader').then((m) => m.caseReader));
  const byId = new Map(flow.map((s) => [s.id, s]));

  const today = signal(todayInJapan(now()));
  const draft = signal<Case>(emptyCase());
  const visited = signal<readonly string[]>([]);
  const step = signal<string>(START);
  const returnTo = signal<ReturnTo>(null);
  /** While changing an answer: questions the change newly opened, asked before returning. */
  const opened = signal<readonly string[]>([]);
  const engine = signal<EngineApi | null>(null);
  const storageProblem = signal<StorageProblem>(store.persistent ? null : 'unavailable');
  const restoreProblem = signal<Repaired | null>(null);
  /** How many unreadable saves are kept aside on this device (offered as a file to download). */
  const keptSaves = signal(store.keptSaves().length);
  const reader = signal<CaseReader | null>(null);
  /** False while saved answers wait for the reader: nothing is written over them until they are read. */
  let restored = !store.hasSaved();

  /** The date the answers describe: the case's asOf, else today in Japan. */
  const asOf = computed(() => draft.value.asOf ?? today.value);

  /** Removes answers (and visits) of questions that no longer apply, until nothing changes. */
  function prune(d: Case, v: readonly string[]): [Case, string[]] {
    let out = d;
    let vis = [...v];
    for (let changed = true, guard = 0; changed && guard < flow.length + 1; guard++) {
      changed = false;
      for (const s of flow) {
        if (s.isActive(out, out.asOf ?? today.peek())) continue;
        if (getField(out, s.field) !== undefined) {
          out = setField(out, s.field, undefined);
          changed = true;
        }
        if (vis.includes(s.id)) vis = vis.filter((x) => x !== s.id);
      }
    }
    return [out, vis];
  }

  /**
   * With a birth date, the age follows it (as in the engine): a birthday that passed since the answers
   * were saved must not leave the case contradicting itself.
   */
  function reconcileAge(d: Case): Case {
    const age = ageFrom(d, d.asOf ?? today.peek());
    return d.age === age ? d : { ...d, age };
  }

  /** Ids of the questions asked for the current answers, in order. */
  const active = computed(() => {
    const d = draft.value;
    const on = d.asOf ?? today.value;
    return flow.filter((s) => s.isActive(d, on)).map((s) => s.id);
  });

  /** "Question N of about M" for the current step; null outside the questions. */
  const progress = computed(() => {
    const i = active.value.indexOf(step.value);
    return i < 0 ? null : { index: i + 1, total: active.value.length };
  });

  /** The engine's answer for a set of answers, on their asOf or today (reads the engine and today signals). */
  function resultFor(d: Case): ResultState {
    const e = engine.value;
    if (!e) return { status: 'loading' };
    const on = d.asOf ?? today.value;
    const gap = e.checkCoverage(on);
    if (gap) return { status: 'out-of-coverage', asOf: on, from: gap.from, to: gap.to };
    const r = reader.value;
    if (!r) return { status: 'loading' };
    const parsed = r.parse(d, { today: on });
    if (!parsed.ok) return { status: 'invalid', problems: parsed.problems };
    try {
      return { status: 'ready', result: e.evaluate(parsed.case, { asOf: on }) };
    } catch {
      return { status: 'error' };
    }
  }

  const result = computed<ResultState>(() => resultFor(draft.value));

  function firstOpenQuestion(): string {
    const act = active.peek();
    return act.find((id) => !visited.peek().includes(id)) ?? CHECK;
  }

  /** A step that exists for these answers: an inactive or unknown question falls back to the next open one. */
  function validStep(s: string): string {
    if (s === START || s === CHECK || s === RESULTS) return s;
    const q = byId.get(s);
    return q && active.peek().includes(q.id) ? s : firstOpenQuestion();
  }

  /**
   * Restores what was saved on this device (once, when the reader is there). Nothing is written until this has
   * read the saved answers; when they could not be read or kept aside, saving stays off for this visit.
   */
  function restore(r: CaseReader): void {
    if (restored) return;
    let loaded: LoadResult;
    try {
      loaded = store.load(r, today.peek());
    } catch {
      loaded = { kind: 'read-failed' }; // the store never throws; if it did, the saved answers stay untouched
    }
    restored = true;
    keptSaves.value = store.keptSaves().length;
    if (loaded.kind === 'read-failed' || store.blocked) storageProblem.value = 'read-failed';
    if (loaded.kind === 'empty' || loaded.kind === 'read-failed') return;
    const saved = loaded.state;
    let vis = saved.visited.filter((id) => byId.has(id));
    if (loaded.kind === 'repaired') {
      const droppedIds = flow.filter((s) => loaded.dropped.some((f) => f === s.field || f.startsWith(`${s.field}.`))).map((s) => s.id);
      vis = vis.filter((id) => !droppedIds.includes(id));
      restoreProblem.value = loaded;
    }
    const [d, v] = prune(reconcileAge(saved.case), vis);
    batch(() => {
      draft.value = d;
      visited.value = v;
      step.value = validStep(saved.step);
    });
  }

  let readerLoading: Promise<void> | null = null;
  /** Loads the reader (once) and restores saved answers; answers and results need it. */
  function ready(): Promise<void> {
    readerLoading ??= (reader.peek() ? Promise.resolve(reader.peek()!) : loadReaderModule()).then(
      (r) => {
        reader.value = r;
        restore(r);
      },
      (e: unknown) => {
        readerLoading = null; // a chunk that failed to load (offline) is tried again on the next call
        throw e;
      },
    );
    return readerLoading;
  }
  if (deps.reader) {
    reader.value = deps.reader;
    restore(deps.reader);
  }

  // Autosave: every change of the answers or the step is written at once.
  effect(() => {
    const state = { case: draft.value, step: step.value, visited: [...visited.value] };
    // No answer and no question visited: nothing to keep, whatever the step (the browser's back button after a
    // reset can show an old step with no answers; saving that would bring an empty page back on reload).
    const empty = Object.keys(state.case).length === 1 && state.visited.length === 0;
    if (empty || !restored) return; // nothing to keep yet (reset() clears the store itself), or not read yet
    const ok = store.save(state);
    if (!ok && storageProblem.peek() === null) storageProblem.value = 'save-failed';
  });

  /** New answers and step, nothing pending from before (reset, a shared case). */
  function replaceAll(d: Case, vis: readonly string[], at: string): void {
    batch(() => {
      draft.value = d;
      visited.value = vis;
      step.value = at;
      returnTo.value = null;
      opened.value = [];
      restoreProblem.value = null;
    });
  }

  // Read-only to components: every change goes through the actions below.
  const ro = <T,>(s: ReadonlySignal<T>): ReadonlySignal<T> => s;
  return {
    today: ro(today),
    draft: ro(draft),
    visited: ro(visited),
    step: ro(step),
    returnTo: ro(returnTo),
    asOf,
    active,
    progress,
    result,
    storageProblem: ro(storageProblem),
    restoreProblem: ro(restoreProblem),
    keptSaves: ro(keptSaves),
    /** The kept unreadable saves' texts, oldest first (for the download). */
    keptSaveTexts: (): string[] => store.keptSaves(),
    /** Removes the kept unreadable saves, once the person has them or chooses to let them go. */
    discardKeptSaves(): void {
      store.discardKeptSaves();
      keptSaves.value = store.keptSaves().length;
    },
    /** True once answers can be checked (the reader is loaded and saved answers restored). */
    isReady: computed(() => reader.value !== null),
    /** A 指定都市 or one of its wards (the tax question's hint) [7.8]; undefined until the reader (and its data) is here. */
    designatedCity: (code: string) => reader.value?.designatedCity(code),
    ready,

    /**
     * Validates and stores the answer to one question (undefined = "I don't know": the field stays
     * unanswered but the question counts as visited). Returns the problems when the value is refused.
     */
    answer(id: string, value: unknown): AnswerOutcome {
      const q = byId.get(id);
      if (!q) return { ok: false, problems: [{ field: '', key: 'unknown-question', params: { id } }] };
      const r = reader.peek();
      // Callers wait for ready() first; this only guards against a wrong call order.
      if (!r) return { ok: false, problems: [{ field: '', key: 'not-ready', params: {} }] };
      const before = draft.peek();
      let next = setField(before, q.field, value);
      if (!sameValue(getField(before, q.field), value)) for (const f of q.clears ?? []) next = setField(next, f, undefined);
      const fieldProblems = r.fieldProblems(next);
      if (fieldProblems) return { ok: false, problems: fieldProblems };
      // Cross-field rules need a date: check against the date the answers describe.
      // Only problems this answer causes count: the age check belongs to the age and birth-date questions.
      const cross = r.parse({ ...next, asOf: next.asOf ?? asOf.peek() });
      if (!cross.ok) {
        const mine = cross.problems.filter(
          (p) => p.field === q.field || (p.key === 'age-mismatch' && (q.field === 'age' || q.field === 'birthDate')),
        );
        if (mine.length) return { ok: false, problems: mine };
      }
      const [pruned, vis] = prune(next, visited.peek().includes(id) ? visited.peek() : [...visited.peek(), id]);
      const wasActive = active.peek();
      batch(() => {
        draft.value = pruned;
        visited.value = vis;
        if (returnTo.peek()) {
          const fresh = active.peek().filter((q) => !wasActive.includes(q) && !vis.includes(q));
          opened.value = [...opened.peek().filter((q) => active.peek().includes(q)), ...fresh];
        }
      });
      return { ok: true };
    },

    /**
     * A what-if: the current answers with some changed (case path → value; undefined = not answered), checked
     * and tidied as answer() does (answers to questions that no longer apply are removed). Never saved.
     */
    whatIf(changes: Readonly<Record<string, unknown>>): WhatIfOutcome {
      const base = draft.peek();
      let next = base;
      for (const [field, value] of Object.entries(changes)) {
        next = setField(next, field, value);
        const q = flow.find((s) => s.field === field);
        if (q && !sameValue(getField(base, field), value)) for (const f of q.clears ?? []) if (!(f in changes)) next = setField(next, f, undefined);
      }
      const r = reader.peek();
      if (!r) return { ok: false, problems: [{ field: '', key: 'not-ready', params: {} }] };
      const fieldProblems = r.fieldProblems(next);
      if (fieldProblems) return { ok: false, problems: fieldProblems };
      // Another date moves the age with the birth date, unless the age itself is being tried out.
      if (!('age' in changes)) next = reconcileAge(next);
      const cross = r.parse({ ...next, asOf: next.asOf ?? today.peek() });
      if (!cross.ok) return { ok: false, problems: cross.problems };
      return { ok: true, case: prune(next, [])[0] };
    },

    /** The engine's result for a what-if's answers, like `result` (reactive when read in a component). */
    evaluateCase(c: Case): ResultState {
      return resultFor(c);
    },

    /** Makes a what-if's answers the answers (saved as usual); questions it answered count as visited. */
    adopt(c: Case): void {
      const before = draft.peek();
      const answered = flow.filter((s) => getField(c, s.field) !== undefined && !sameValue(getField(before, s.field), getField(c, s.field))).map((s) => s.id);
      const [pruned, vis] = prune(reconcileAge(c), [...new Set([...visited.peek(), ...answered])]);
      batch(() => {
        draft.value = pruned;
        visited.value = vis;
      });
    },

    /** Forgets one answer (the question is asked again). */
    clear(field: string): void {
      const q = flow.find((s) => s.field === field);
      batch(() => {
        draft.value = setField(draft.peek(), field, undefined);
        if (q) visited.value = visited.peek().filter((id) => id !== q.id);
      });
    },

    /** Shows a step. With `returnTo`, the person is changing one answer and comes back there after it. */
    goTo(target: string, opts: { returnTo?: ReturnTo } = {}): void {
      batch(() => {
        const s = validStep(target);
        step.value = s;
        returnTo.value = s === START || s === CHECK || s === RESULTS ? null : (opts.returnTo ?? null);
        opened.value = [];
      });
    },

    /** After a question is answered: the next question, or back to where the change started. */
    next(): void {
      const act = active.peek();
      const cur = step.peek();
      batch(() => {
        if (cur === START) {
          step.value = visited.peek().length ? firstOpenQuestion() : (act[0] ?? CHECK);
          return;
        }
        const order = flow.map((s) => s.id);
        const after = (id: string) => order.indexOf(id) > order.indexOf(cur);
        if (returnTo.peek()) {
          // Changing an answer can open new questions (e.g. "working" asks the start date): ask those first.
          const pending = act.find((id) => after(id) && opened.peek().includes(id) && !visited.peek().includes(id));
          if (pending) step.value = pending;
          else {
            step.value = returnTo.peek()!;
            returnTo.value = null;
            opened.value = [];
          }
          return;
        }
        step.value = act.find(after) ?? CHECK;
      });
    },

    /** The back link: the previous question, or where an answer change started. */
    back(): void {
      const act = active.peek();
      const cur = step.peek();
      batch(() => {
        if (cur === RESULTS) step.value = CHECK;
        else if (cur === CHECK) step.value = act[act.length - 1] ?? START;
        else if (returnTo.peek()) {
          step.value = returnTo.peek()!;
          returnTo.value = null;
          opened.value = [];
        } else {
          const i = act.indexOf(cur);
          step.value = i > 0 ? act[i - 1]! : START;
        }
      });
    },

    /** Forgets every answer on this device and goes back to the start page. */
    reset(): void {
      replaceAll(emptyCase(), [], START);
      store.clear();
      setRespondent(null, false); // who was answering belongs to the last person too
      keptSaves.value = 0;
      if (storageProblem.peek() === 'read-failed') storageProblem.value = null;
    },

    /**
     * Puts a whole case (from a share link or a file) in place of the answers and shows its results: each
     * question it applies to counts as answered (an unanswered one as "I don't know"). Callers ask first.
     */
    replaceCase(c: Case): void {
      const d = reconcileAge(c);
      replaceAll(...prune(d, flow.filter((s) => s.isActive(d, d.asOf ?? today.peek())).map((s) => s.id)), RESULTS);
    },

    /** Hides the "could not restore" notice. */
    dismissRestoreProblem(): void {
      restoreProblem.value = null;
    },

    /** Re-reads today's date (e.g. when the app comes back to the foreground on another day). */
    refreshToday(): void {
      batch(() => {
        today.value = todayInJapan(now());
        draft.value = reconcileAge(draft.peek());
      });
    },

    /** Loads the engine chunk; the result is computed once it is there. Safe to call more than once. */
    async loadEngine(): Promise<void> {
      await ready();
      if (engine.peek()) return;
      const e = await loadEngineModule();
      engine.value = { evaluate: e.evaluate, checkCoverage: e.checkCoverage };
    },
  };
});

export type AppState = InstanceType<typeof AppModel>;
