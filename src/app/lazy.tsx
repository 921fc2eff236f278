/**
 * A page component loaded on first use, so the first question's chunk does not carry the later pages.
 * preload() fetches it ahead (when the browser is idle); once loaded it renders synchronously.
 */
import type { ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';

export interface LazyView<P> {
  (props: P): preact.JSX.Element | null;
  preload(): Promise<unknown>;
}

/** `quiet`: show nothing while loading (for banners), rather than a loading message. */
export function lazyView<P extends object>(load: () => Promise<ComponentType<P>>, opts: { quiet?: boolean } = {}): LazyView<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const forget = (e: unknown) => {
    pending = null; // a failed load is tried again next time
    return Promise.reject(e);
  };
  const preload = () => (pending ??= load().then((c) => (loaded = c), forget));

  function View(props: P) {
    const [, setReady] = useState(0);
    const [failed, setFailed] = useState(false);
    // What the first render showed: the module may arrive between that render and this effect (a preload
    // started elsewhere), and then only a re-render shows it.
    const shown = loaded !== null;
    useEffect(() => {
      if (!shown)
        preload().then(
          () => setReady((n) => n + 1),
          () => setFailed(true),
        );
    }, []);
    if (loaded) {
      const C = loaded;
      return <C {...props} />;
    }
    if (opts.quiet && !failed) return null;
    return (
      <p class="loading" role={failed ? 'alert' : 'status'}>
        {t(failed ? 'common:loadFailed' : 'common:loading')}
      </p>
    );
  }
  View.preload = preload;
  return View;
}
