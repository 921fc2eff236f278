/**
 * Service-worker registration and the update flow (squoosh habit): "ready to work offline" is announced,
 * and a new version waits until the person chooses to reload. Imports nothing else from src/.
 */
import { signal, type Signal } from '@preact/signals';

export interface PwaHandle {
  /** True once the app has been cached for offline use (first install). */
  offlineReady: Signal<boolean>;
  /** True when a new version is waiting. */
  needRefresh: Signal<boolean>;
  /** Activates the waiting version and reloads. Call only after the person agreed. */
  update(): Promise<void>;
  /** Registers the service worker; call after the first paint. workbox-window is loaded lazily. */
  register(): void;
  /**
   * Installs the service worker without its update helper (workbox-window, a chunk the start page does not
   * need), so the app works offline from the first visit of any page; register() adds the update flow later.
   */
  install(): void;
}

export function createPwa(): PwaHandle {
  const offlineReady = signal(false);
  const needRefresh = signal(false);
  let updateSW: ((reload?: boolean) => Promise<void>) | undefined;
  let registered = false;
  let installing = false;
  return {
    offlineReady,
    needRefresh,
    register() {
      // Called at idle on the start page and again once the first question is shown: registers once.
      if (registered || !('serviceWorker' in navigator)) return;
      registered = true;
      import('virtual:pwa-register')
        .then(({ registerSW }) => {
          updateSW = registerSW({
            immediate: true,
            onOfflineReady: () => (offlineReady.value = true),
            onNeedRefresh: () => (needRefresh.value = true),
          });
        })
        .catch(() => {
          registered = false; // the helper chunk did not load (offline): the next call tries again
          /* no service worker (e.g. blocked by policy): the app still works while online */
        });
    },
    install() {
      if (installing || !('serviceWorker' in navigator)) return;
      installing = true;
      // The same script and scope as workbox-window's (vite-plugin-pwa's defaults with base './').
      const first = !navigator.serviceWorker.controller;
      navigator.serviceWorker
        .register('./sw.js', { scope: './' })
        .then(() => navigator.serviceWorker.ready)
        .then(() => {
          // A worker active where none controlled the page: everything is in the precache now.
          if (first) offlineReady.value = true;
        })
        .catch(() => {
          installing = false; /* no service worker (blocked by policy, offline): the app still works while online */
        });
    },
    async update() {
      needRefresh.value = false;
      // The answers are already saved (every change is), so reloading loses nothing.
      if (!updateSW) return location.reload();
      // workbox-window reloads only when a worker already controlled the page at registration; an update found
      // during the first visit would otherwise activate without a reload, so reload on the controller change too.
      navigator.serviceWorker.addEventListener('controllerchange', () => location.reload(), { once: true });
      await updateSW(true);
    },
  };
}
