/**
 * Where the cap-against-pay chart goes (the copay section of the results, the what-if view): folded, so the
 * page stays short. The drawing (PayChart.tsx) is a chunk of its own, fetched with the engine's chart function
 * when this is first shown, so neither the first question nor the results wait for it, and it is there before
 * anyone opens the fold or prints. Nothing shows where no chart can be drawn (生活保護, a guardian's
 * household), outside the app (no state), or while it loads.
 */
import { useContext, useEffect, useMemo, useState } from 'preact/hooks';
import type { Case } from '../case/schema';
import { t } from '../i18n';
import { AppStateContext } from '../state';
import { loadPayChart, payChartFor } from '../state/pay-chart';
import type { PayChart as PayChartView } from './PayChart';

let loaded: typeof PayChartView | null = null;
let pending: Promise<typeof PayChartView> | null = null;
const load = () =>
  (pending ??= Promise.all([import('./PayChart'), loadPayChart()]).then(
    ([m]) => (loaded = m.PayChart),
    (e: unknown) => {
      pending = null; // a failed load is tried again next time
      return Promise.reject(e);
    },
  ));

export interface PayChartSectionProps {
  /** The answers to draw for (the what-if's); the person's answers when left out. */
  of?: Case;
  /** Prefix of the ids inside (two charts never share one). */
  idBase?: string;
}

export function PayChartSection({ of, idBase = 'paychart' }: PayChartSectionProps) {
  const app = useContext(AppStateContext);
  const [View, setView] = useState(() => loaded);
  useEffect(() => {
    if (app && !View)
      load().then(
        (v) => setView(() => v),
        () => undefined,
      );
  }, []);
  const c = of ?? app?.draft.value;
  const today = app?.today.value;
  const chart = useMemo(() => (app && c && View ? payChartFor(app, c) : null), [app, c, View, today]);
  if (!chart || !View) return null;
  return (
    <details class="details paychart-fold" id={`${idBase}-fold`}>
      <summary class="details__summary">{t('chart:summary')}</summary>
      <div class="details__body">
        <View chart={chart} idBase={idBase} />
      </div>
    </details>
  );
}
