/** "カレンダーに追加": the .ics made on the device and saved through a download link (no network). */
import type { TimelineEntry } from '../../case/schema';
import { tPlain } from '../../i18n';
import { planEvents } from './events';
import { buildIcs } from './ics';
import { downloadText } from '../../ui/download';

export const CALENDAR_FILE = 'shuro-check-plan.ics';

export function planIcs(entries: readonly TimelineEntry[], now: Date): string {
  return buildIcs(planEvents(entries), now, tPlain('timeline:heading'));
}

export function downloadPlan(entries: readonly TimelineEntry[], now = new Date()): void {
  downloadText(planIcs(entries, now), CALENDAR_FILE, 'text/calendar;charset=utf-8');
}
