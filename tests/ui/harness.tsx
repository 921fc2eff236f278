/** Shared set-up for component tests: a fresh i18n language, store and app state per test. */
import { caseReader } from '../../src/case/reader';
import { render, type RenderResult } from '@testing-library/preact';
import type { ComponentType } from 'preact';
import { initI18n, loadDeferred } from '../../src/i18n';
import { AppModel, type AppState, type EngineApi } from '../../src/state';
import { createStore, STATE_KEY, type Store } from '../../src/storage';
import { FLOW } from '../../src/wizard';
import { App, CheckAnswers, ConfirmReset, Notices, ResultsStep } from '../../src/app/App';
import type { ResultsProps } from '../../src/app/ResultsStep';
import * as engine from '../../src/engine';

/** "Today" in every test: 22 November 2026, noon in Japan. */
export const NOW = new Date('2026-11-22T03:00:00Z');
export const TODAY = '2026-11-22';

export interface MemoryBackend {
  map: Map<string, string>;
  getItem(k: string): string | null;
  setItem(k: string, v: string): void;
  removeItem(k: string): void;
}

export function memoryBackend(initial: Record<string, string> = {}): MemoryBackend {
  const map = new Map(Object.entries(initial));
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, String(v)),
    removeItem: (k) => void map.delete(k),
  };
}

export function savedState(c: Record<string, unknown>, step: string, visited: string[]): string {
  return JSON.stringify({ v: 1, case: { format: 'shuro-check/case@1', ...c }, step, visited, savedAt: '2026-11-15T00:00:00.000Z' });
}

/** A stand-in for src/results (built by another developer): shows the verdicts and the change callbacks. */
export const FakeResults: ComponentType<ResultsProps> = ({ result, onChangeAnswer, onEditAnswers, onRestart }) => (
  <>
    <h1>Fake results</h1>
    <ul>
      {result.services.map((s) => (
        <li key={s.id}>
          {s.id}: {s.verdict}
        </li>
      ))}
    </ul>
    <button type="button" onClick={() => onChangeAnswer('work.status')}>
      change work status
    </button>
    <button type="button" onClick={() => onEditAnswers()}>
      edit answers
    </button>
    <button type="button" onClick={() => onRestart()}>
      restart
    </button>
  </>
);

export interface Harness {
  app: AppState;
  store: Store;
  backend: MemoryBackend;
  view: RenderResult;
}

/** The app as it is once warmed up: the deferred texts and the lazily loaded pages are there. */
export async function warmUp(lang = 'ja'): Promise<void> {
  await initI18n(lang);
  await loadDeferred();
  await Promise.all([CheckAnswers, ResultsStep, ConfirmReset, Notices].map((v) => v.preload()));
}

export async function setup(opts: { saved?: string; lang?: string; backend?: MemoryBackend; engine?: EngineApi } = {}): Promise<Harness> {
  await warmUp(opts.lang ?? 'ja');
  const backend = opts.backend ?? memoryBackend(opts.saved ? { [STATE_KEY]: opts.saved } : {});
  const store = createStore(() => backend);
  const app = new AppModel({ flow: FLOW, store, now: () => NOW, reader: caseReader, loadEngine: async () => opts.engine ?? engine });
  const view = render(<App app={app} store={store} resultsLoader={async () => FakeResults} />);
  return { app, store, backend, view };
}
