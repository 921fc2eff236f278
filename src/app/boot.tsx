/** Start-up: pick the language, restore any saved answers, render; the rest once the first question is shown. */
import { render } from 'preact';
import { effect } from '@preact/signals';
import { AppModel, START } from '../state';
import { createStore } from '../storage';
import { detectLanguage, initI18n, loadAllNamespaces, loadDeferred } from '../i18n';
import { createPwa } from '../pwa/register';
import { FLOW } from '../wizard';
import { shareFragment } from '../share/fragment';
import { App, CheckAnswers, ConfirmReset, ResultsStep } from './App';
import { applyCounselorMode, carryCounselorModeOverReloads, takeCounselorFlag, warnBeforeLeaving } from './counselor-mode';
import { watchOtherTabs } from './tabs';
import { applyTextSize } from './TextSizeSwitch';

export async function startApp(root: HTMLElement): Promise<void> {
  // Another tab's answers are noticed and offered, never overwritten silently (./tabs.ts).
  const { store, tabs } = watchOtherTabs(createStore());
  // Counselor mode first: from here on the store keeps nothing.
  if (takeCounselorFlag()) applyCounselorMode(true, store);
  carryCounselorModeOverReloads();
  warnBeforeLeaving(() => app.visited.peek().length > 0 || Object.keys(app.draft.peek()).length > 1);
  applyTextSize(store.getTextSize());
  const incoming = shareFragment(location.hash);
  let query: string | null = null;
  try {
    query = new URLSearchParams(location.search).get('lang');
  } catch {
    /* no query */
  }
  await initI18n(detectLanguage({ query, stored: store.getLanguage(), navigator: navigator.languages ?? [] }));
  const app = new AppModel({ flow: FLOW, store });
  // A returning person: read the saved answers (this loads the case reader) before showing anything.
  const returning = store.hasSaved();
  if (returning) await Promise.all([app.ready(), loadDeferred()]).catch(() => undefined);
  const pwa = createPwa();
  render(<App app={app} store={store} pwa={pwa} tabs={tabs} incoming={incoming} />, root);
  // A share link opened in a tab where the app already runs changes only the fragment: start over to open it.
  addEventListener('hashchange', () => shareFragment(location.hash) && location.reload());

  // The first question needs nothing more. Once it is on screen (or at once for a returning person), when
  // the browser is idle: the service worker, the other questions, the case reader, the engine, the results' texts.
  let warmed = false;
  const warm = () => {
    if (warmed) return;
    warmed = true;
    pwa.register();
    void loadDeferred().catch(() => undefined);
    void app.loadEngine().catch(() => undefined);
    void loadAllNamespaces().catch(() => undefined);
    for (const view of [CheckAnswers, ResultsStep, ConfirmReset]) void view.preload().catch(() => undefined);
  };
  const idle = (fn: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 200));
  effect(() => {
    if (returning || incoming || app.step.value !== START) requestAnimationFrame(() => idle(warm));
  });
  // The service worker alone also installs while the start page sits idle, so a person who opened only the
  // start page and then lost the network can still answer every question (no chunk is fetched for it; the update
  // helper and the rest of warm() still wait for the first question).
  const registerWhenLoaded = () => idle(() => pwa.install());
  if (document.readyState === 'complete') registerWhenLoaded();
  else addEventListener('load', registerWhenLoaded, { once: true });
  // A tab left open overnight: "today" moves on when the app is shown again.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') app.refreshToday();
  });
}
