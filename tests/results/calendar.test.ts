/**
 * "カレンダーに追加": the .ics is parsed back with a real iCalendar parser (ical.js) and compared with the plan;
 * folding, escaping and line ends are checked on the raw text (RFC 5545 3.1, 3.3.11).
 */
import ICAL from 'ical.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../src/case/schema';
import { evaluate } from '../../src/engine';
import { planIcs } from '../../src/results/calendar/download';
import { buildIcs, escapeText, foldLine } from '../../src/results/calendar/ics';
import { baseCase } from '../support/cases';
import { useLanguage } from './support';

const NOW = new Date(Date.UTC(2026, 11, 1, 9, 30, 0));
const onLeave = evaluate(
  baseCase({
    asOf: '2026-12-01',
    age: 38,
    disability: { handbooks: ['mental'], doctorConfirmed: true },
    work: { status: 'on-leave', experience: true },
    history: { current: [], transitionMonthsUsed: 0 },
  }),
  { asOf: '2026-12-01' },
);

function parse(text: string) {
  const cal = new ICAL.Component(ICAL.parse(text));
  return cal.getAllSubcomponents('vevent').map((v) => {
    const e = new ICAL.Event(v);
    return {
      uid: e.uid,
      summary: e.summary,
      description: e.description,
      start: e.startDate.toString(),
      end: e.endDate.toString(),
      isDate: e.startDate.isDate,
      stamp: v.getFirstPropertyValue('dtstamp')!.toString(),
    };
  });
}

const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe('calendar file (.ics) of the plan', () => {
  beforeAll(() => useLanguage('ja'));

  it("has one all-day event per entry, with the plan's dates (DTEND the day after the last day)", () => {
    const events = parse(planIcs(onLeave.timeline, NOW));
    expect(events).toHaveLength(onLeave.timeline.length);
    onLeave.timeline.forEach((e: TimelineEntry, i) => {
      const ev = events[i]!;
      expect(ev.isDate).toBe(true);
      expect(ev.start).toBe(e.from);
      expect(ev.end).toBe(dayAfter(e.kind === 'window' ? e.from : e.to));
    });
  });

  it('names the step and its service in the summary, and whom to contact, what to bring and ask in the description', () => {
    const events = parse(planIcs(onLeave.timeline, NOW));
    const rework = events[0]!;
    expect(rework.summary).toBe('地域障害者職業センターのリワーク支援を相談する（就労移行支援）（目安）');
    expect(rework.description).toContain('相談先: 地域障害者職業センター');
    expect(rework.description).toContain('聞くこと: リワーク支援を使えますか。');
    const letters = events[onLeave.timeline.findIndex((e) => e.step === 'return-to-work-letters')]!;
    expect(letters.start).toBe('2027-01-04');
    expect(letters.description).toContain('持っていくもの: 会社の書類');
    for (const e of events) expect(e.summary).toMatch(/（.+）/);
  });

  it('gives each event a stable UID (the same plan made twice, at another time, has the same UIDs) and a DTSTAMP', () => {
    const a = parse(planIcs(onLeave.timeline, NOW));
    const b = parse(planIcs(onLeave.timeline, new Date(Date.UTC(2026, 11, 2))));
    expect(b.map((e) => e.uid)).toEqual(a.map((e) => e.uid));
    expect(new Set(a.map((e) => e.uid)).size).toBe(a.length);
    expect(a[0]!.stamp).toBe('2026-12-01T09:30:00Z');
  });

  it('uses CRLF line ends and folds lines at 75 octets without splitting a character', () => {
    const text = planIcs(onLeave.timeline, NOW);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    const long = `DESCRIPTION:${'就労移行支援'.repeat(20)}`;
    const folded = foldLine(long);
    expect(folded.split('\r\n ').join('')).toBe(long);
    expect(folded).not.toContain('\uFFFD');
  });

  it('escapes commas, semicolons, backslashes and newlines in text', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
    const text = buildIcs([{ uid: 'x@y', first: '2027-01-04', last: '2027-01-04', summary: 'A, B; C', description: 'line 1\nline 2' }], NOW, 'cal');
    const [e] = parse(text);
    expect(e!.summary).toBe('A, B; C');
    expect(e!.description).toBe('line 1\nline 2');
  });
});
