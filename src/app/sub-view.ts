/**
 * Views opened over the results (what-if, handout) get their own browser-history entry, so the phone's back
 * button closes them instead of leaving the results. The URL never changes (share links use the fragment).
 */
import { useEffect, useState } from 'preact/hooks';

export const SUB_VIEWS = ['whatif', 'handout'] as const;
export type SubView = (typeof SUB_VIEWS)[number];

const viewOf = (state: unknown): SubView | null => {
  const v = (state as { view?: unknown } | null)?.view;
  return SUB_VIEWS.includes(v as SubView) ? (v as SubView) : null;
};

export function useSubView(): { view: SubView | null; open(v: SubView): void; close(): void } {
  const [view, setView] = useState<SubView | null>(null);
  useEffect(() => {
    const onPop = (e: PopStateEvent) => setView(viewOf(e.state));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  return {
    view,
    open(v) {
      history.pushState({ ...(history.state ?? {}), view: v }, '');
      setView(v);
    },
    close() {
      setView(null);
      if (viewOf(history.state)) history.back();
    },
  };
}
