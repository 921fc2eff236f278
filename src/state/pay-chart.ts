/**
 * The cap-against-pay chart's data for a set of answers (src/engine/copay/chart.ts), for the views over the
 * results. Kept out of the model so the first question's chunk does not carry it: only the results import this,
 * and the engine chunk it reads is the one the results already loaded.
 */
import type { Case } from '../case/schema';
import type { CopayChart, copayChart } from '../engine/copay/chart';
import type { AppState } from './model';

export type { CopayChart, ChartStep } from '../engine/copay/chart';

let chartOf: typeof copayChart | null = null;
let pending: Promise<void> | null = null;

/** Loads the engine's chart function (once; a failed load is tried again on the next call). */
export function loadPayChart(): Promise<void> {
  return (pending ??= import('../engine').then(
    (m) => void (chartOf = m.copayChart),
    (e: unknown) => {
      pending = null;
      return Promise.reject(e);
    },
  ));
}

/**
 * The chart for these answers, on their date (or today): null before loadPayChart() finished, for answers the
 * engine does not take (the same check as the results), or where no chart can honestly be drawn.
 */
export function payChartFor(app: AppState, c: Case): CopayChart | null {
  if (!chartOf || app.evaluateCase(c).status !== 'ready') return null;
  try {
    return chartOf(c, { asOf: c.asOf ?? app.today.value });
  } catch {
    return null; // the chart is an extra: the results stand without it
  }
}
