/** "カレンダーに追加": the .ics made on the device and saved through a download link (no network). */
import type { TimelineEntry } from '../../case/schema';
import { tPlain } from '../../i18n';
import { planEvents } from './events';
import { buildIcs } from './ics';

export const CALENDAR_FILE = 'shuro-check-plan.ics';

export function planIcs(entries: readonly TimelineEntry[], now: Date): string {
  return buildIcs(planEvents(entries), now, tPlain('timeline:heading'));
}

export function downloadPlan(entries: readonly TimelineEntry[], now = new Date()): void {
  const blob = new Blob([planIcs(entries, now)], { type: 'text/calendar;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = CALENDAR_FILE;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
