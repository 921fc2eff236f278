/**
 * The app's state, put together: the case being answered (./answers.ts), what it comes to (./results.ts, loaded with the engine),
 * keeping it on the device (./saved.ts), the flow through the questions (./flow.ts) and the page showing, with
 * the browser's history (./navigation.ts). Built by a factory (createModel) so every test gets a fresh one;
 * provided to components via context. Components read its signals and change it only through its actions
 * (createModel makes each a batch); the wiring between the parts is left out of its type.
 *
 * The questions (which exist and when each is asked) are passed in by the caller, so state does not depend on
 * the wizard.
 */
import { computed, createModel, signal, type ReadonlySignal } from '@preact/signals';
import type { Case } from '../case/schema';
import type { CaseReader } from '../case/reader';
import { createStore, emptyCase, type Store } from '../storage';
import { setRespondent } from './respondent';
import { createAnswers, notReady, type Answers, type FlowStep } from './answers';
import type { EngineApi, ResultState, Results, WhatIfOutcome } from './results';
import { createSaved } from './saved';
import { createFlow, type Flow } from './flow';
import { RESULTS, type HistoryHost } from './navigation';
import { reloadableChunk } from './chunk';

export { START, CHECK, RESULTS, type Page, type Over, type HistoryHost } from './navigation';
export type { FlowStep, AnswerOutcome } from './answers';
export type { EngineApi, ResultState, WhatIfOutcome } from './results';
export type { StorageProblem } from './saved';
export type { ReturnTo } from './flow';

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

type Saved = ReturnType<typeof createSaved>;

/** What components see: the parts' signals and actions, without the wiring between them. */
type AppApi = Omit<Answers, 'reader' | 'prune' | 'reconcileAge' | 'replace' | 'isEmpty'> &
  Omit<Flow, 'show' | 'restart' | 'connect' | 'validStep' | 'showStep' | 'startOver' | 'answered'> &
  Omit<Saved, 'restore' | 'forget'> & {
    /** The engine's result for the answers (loading until loadEngine() has brought the engine). */
    result: ReadonlySignal<ResultState>;
    /** The engine's result for a what-if's answers, like `result`. */
    evaluateCase(c: Case): ResultState;
    /** Loads the engine chunk (with ./results.ts); the result is computed once it is there. Safe to call more than once. */
    loadEngine(): Promise<void>;
    /** A what-if's answers, checked and tidied (./results.ts); "not ready" until loadEngine() is done. */
    whatIf(changes: Readonly<Record<string, unknown>>): WhatIfOutcome;
    /** Makes a what-if's answers the answers (./results.ts). */
    adopt(c: Case): void;
    /** True once answers can be checked (the reader is loaded and saved answers restored). */
    isReady: ReadonlySignal<boolean>;
    /** A 指定都市 or one of its wards (the tax question's hint) [7.8]; undefined until the reader (and its data) is here. */
    designatedCity: (code: string) => boolean | undefined;
    /** Loads the reader (once) and restores saved answers; answers and results need it. */
    ready(): Promise<void>;
    /** Binds the page to the browser's history (the app shell does, once); returns the unbinding. */
    connectHistory(host: HistoryHost): () => void;
    /** Forgets every answer on this device and shows the start page; Back no longer leads to the last person's pages. */
    reset(): void;
  };

export const AppModel = createModel((deps: AppDeps): AppApi => {
  const store = deps.store ?? createStore();
  const readerChunk = reloadableChunk(() => import('../case/reader'));
  const loadReader = deps.loadReader ?? (() => readerChunk().then((m) => m.caseReader));
  const answers = createAnswers(deps.flow, deps.now ?? (() => new Date()));
  const flow = createFlow(deps.flow, answers);
  // The saved step replaces the page at start-up (a page over it, a link being opened, stays).
  const saved = createSaved(store, deps.flow, answers, flow.step, (s) => flow.show({ step: flow.validStep(s), over: flow.page.peek().over }, 'replace'));
  const { reader } = answers;
  const load = deps.loadEngine ?? reloadableChunk(() => import('../engine') as Promise<EngineApi>);
  const resultsChunk = reloadableChunk(() => import('./results'));
  /** ./results.ts with the engine, once loaded. */
  const results = signal<Results | null>(null);
  const evaluateCase = (d: Case): ResultState => results.value?.resultFor(d) ?? { status: 'loading' };

  let readerLoading: Promise<void> | null = null;
  function ready(): Promise<void> {
    readerLoading ??= (reader.peek() ? Promise.resolve(reader.peek()!) : loadReader()).then(
      (r) => {
        reader.value = r;
        saved.restore(r);
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
    saved.restore(deps.reader);
  }

  return {
    ...answers,
    ...flow,
    ...saved,
    result: computed(() => evaluateCase(answers.draft.value)),
    evaluateCase,
    async loadEngine() {
      await ready();
      if (results.peek()) return;
      const [e, m] = await Promise.all([load(), resultsChunk()]);
      results.value = m.createResults(e, deps.flow, answers);
    },
    whatIf: (changes) => results.peek()?.whatIf(changes) ?? notReady(),
    adopt: (c) => results.peek()?.adopt(c),
    isReady: computed(() => reader.value !== null),
    /** A 指定都市 or one of its wards (the tax question's hint) [7.8]; undefined until the reader (and its data) is here. */
    designatedCity: (code: string) => reader.value?.designatedCity(code),
    ready,
    connectHistory: (host: HistoryHost) => flow.connect(host, answers.isEmpty()),

    /**
     * Validates and stores the answer to one question (undefined = "I don't know": the field stays
     * unanswered but the question counts as visited). Returns the problems when the value is refused.
     */
    answer(id: string, value: unknown) {
      const before = flow.active.peek();
      const out = answers.answer(id, value);
      if (out.ok) flow.answered(before);
      return out;
    },

    reset(): void {
      answers.replace(emptyCase(), []);
      flow.startOver();
      saved.forget();
      setRespondent(null, false); // who was answering belongs to the last person too
    },

    /**
     * Puts a whole case (from a share link or a file) in place of the answers and shows its results: each
     * question it applies to counts as answered (an unanswered one as "I don't know"). Callers ask first.
     * Opened from a page over the step (the link, the tools), the results take that page's history entry.
     */
    replaceCase(c: Case): void {
      answers.replaceCase(c);
      saved.dismissRestoreProblem();
      flow.showStep(RESULTS, flow.page.peek().over ? 'replace' : 'push');
    },
  };
});

export type AppState = InstanceType<typeof AppModel>;
