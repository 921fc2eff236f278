/** Set-up for the what-if and handout views: the app state with saved answers, the real engine and every text. */
import { render } from '@testing-library/preact';
import type { ComponentChildren } from 'preact';
import { AppModel, AppStateContext, type AppState } from '../../src/state';
import { createStore, STATE_KEY } from '../../src/storage';
import { FLOW } from '../../src/wizard';
import * as engine from '../../src/engine';
import { caseReader } from '../../src/case/reader';
import { memoryBackend, NOW, savedState } from '../ui/harness';
import { useLanguage } from '../results/support';

/** 35, mental handbook, taxed under 160,000 yen, at home (group-home-taxed.json, before the move): 9,300 yen. */
export const AT_HOME = {
  age: 35,
  disability: { handbooks: ['mental'] },
  work: { status: 'not-working', experience: true },
  household: { publicAssistance: false, spouse: false, residentTax: 'taxed-under-160k' },
  residence: 'home',
};
export const AT_HOME_VISITED = [
  'age',
  'handbooks',
  'pension',
  'work-status',
  'experience',
  'hard-to-be-employed',
  'transition-months',
  'current-services',
  'assessed',
  'residence',
  'public-assistance',
  'spouse',
  'resident-tax',
  'days-per-month',
];

export async function appWith(
  c: Record<string, unknown> = AT_HOME,
  lang = 'ja',
  visited = AT_HOME_VISITED,
): Promise<{ app: AppState; saved(): string | null }> {
  await useLanguage(lang);
  const backend = memoryBackend({ [STATE_KEY]: savedState(c, 'results', visited) });
  const app = new AppModel({ flow: FLOW, store: createStore(() => backend), now: () => NOW, reader: caseReader, loadEngine: async () => engine });
  await app.loadEngine();
  return { app, saved: () => backend.getItem(STATE_KEY) };
}

export function renderWith(app: AppState, ui: ComponentChildren) {
  return render(<AppStateContext.Provider value={app}>{ui}</AppStateContext.Provider>);
}
