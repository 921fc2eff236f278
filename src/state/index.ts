/** App state: the model factory, its context, and the step ids. */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { AppState } from './model';

export { AppModel, START, CHECK, RESULTS } from './model';
export type {
  AppState,
  AppDeps,
  AnswerOutcome,
  WhatIfOutcome,
  EngineApi,
  FlowStep,
  ResultState,
  ReturnTo,
  StorageProblem,
  Page,
  Over,
  HistoryHost,
} from './model';
export { todayInJapan } from './today';
export { getField, setField } from '../case/paths';

export const AppStateContext = createContext<AppState | null>(null);

/** The app state provided by <AppStateContext.Provider>; throws when none is (a wiring bug). */
export function useAppState(): AppState {
  const s = useContext(AppStateContext);
  if (!s) throw new Error('useAppState: no AppStateContext.Provider above this component');
  return s;
}
