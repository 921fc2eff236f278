/** Service-worker registration (minimal until the update flow lands with the wizard). */
export function registerServiceWorker(): void {
  void import('virtual:pwa-register').then(({ registerSW }) => registerSW({ immediate: true }));
}
