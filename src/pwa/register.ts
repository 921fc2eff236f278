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
}

export function createPwa(): PwaHandle {
  const offlineReady = signal(false);
  const needRefresh = signal(false);
  let updateSW: ((reload?: boolean) => Promise<void>) | undefined;
  let registered = false;
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
