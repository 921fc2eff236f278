/** Start-up: pick the language, restore the answers, render, then (after first paint) the SW and engine. */
import { render } from 'preact';
import { AppModel } from '../state';
import { createStore } from '../storage';
import { detectLanguage, initI18n, loadAllNamespaces } from '../i18n';
import { createPwa } from '../pwa/register';
import { FLOW } from '../wizard';
import { App } from './App';

export async function startApp(root: HTMLElement): Promise<void> {
  const store = createStore();
  let query: string | null = null;
  try {
    query = new URLSearchParams(location.search).get('lang');
  } catch {
    /* no query */
  }
  await initI18n(detectLanguage({ query, stored: store.getLanguage(), navigator: navigator.languages ?? [] }));
  const app = new AppModel({ flow: FLOW, store });
  const pwa = createPwa();
  render(<App app={app} store={store} pwa={pwa} />, root);

  // After the first paint: the service worker, then the engine (so the results page is instant later).
  const idle = (fn: () => void) => ('requestIdleCallback' in window ? requestIdleCallback(fn, { timeout: 2000 }) : setTimeout(fn, 200));
  requestAnimationFrame(() =>
    idle(() => {
      pwa.register();
      void app.loadEngine().catch(() => undefined);
      void loadAllNamespaces().catch(() => undefined);
    }),
  );
  // A tab left open overnight: "today" moves on when the app is shown again.
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') app.refreshToday();
  });
}
