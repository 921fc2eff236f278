/**
 * A lazily loaded chunk that loads again after a failure (offline, no service worker yet). Chromium keeps a failed
 * dynamic import in its module map: importing the same URL again fails at once, without a request (seen with
 * Chromium 156). So the next try imports the URL that failed with a query, which the browser treats as a new
 * module; its own imports keep their URLs and are shared with the rest of the app.
 */
export function reloadableChunk<M>(load: () => Promise<M>): () => Promise<M> {
  let failed: string | null = null;
  let tries = 0;
  return async () => {
    try {
      if (failed === null) return await load();
      return (await import(/* @vite-ignore */ `${failed}?try=${++tries}`)) as M;
    } catch (e) {
      failed = failedUrl(e) ?? failed;
      throw e;
    }
  };
}

/** The chunk's address in the browser's error ("Failed to fetch dynamically imported module: https://…/x.js"). */
function failedUrl(e: unknown): string | null {
  const m = /\bhttps?:\/\/[^\s"'?#]+\.js\b/.exec(String(e instanceof Error ? e.message : e));
  if (!m) return null;
  // Only this app's own chunks: never a module from another origin.
  return typeof location !== 'undefined' && new URL(m[0]).origin === location.origin ? m[0] : null;
}
