/**
 * An iCalendar file (RFC 5545) of the plan's dated steps, made on the device: all-day events (DTSTART;VALUE=DATE,
 * DTEND the day after the last day, as the RFC's exclusive end), a stable UID per step so importing a newer plan
 * updates events rather than doubling them, CRLF line ends, lines folded at 75 octets without splitting a UTF-8
 * character, and TEXT values escaped. No i18n here: it takes the words ready-made.
 */

export interface CalendarEvent {
  /** Stable within a plan: the step and its services. */
  uid: string;
  /** First and last day (ISO), inclusive. */
  first: string;
  last: string;
  summary: string;
  description: string;
}

const CRLF = '\r\n';

/** TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma and newlines. */
export function escapeText(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Folds one content line at 75 octets (3.1): continuation lines begin with a space; characters are never split. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const n = encoder.encode(ch).length;
    // A continuation line's leading space is one of its 75 octets.
    const limit = parts.length === 0 ? 75 : 74; // not law: RFC 5545 line length in octets
    if (octets + n > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += n;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const compact = (iso: string) => iso.replace(/-/g, '');

function dayAfter(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** UTC timestamp in the form 20261201T090000Z. */
export function stamp(now: Date): string {
  return now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

export function buildIcs(events: readonly CalendarEvent[], now: Date, calendarName: string): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Shuro Check//Plan//JA',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(calendarName)}`,
  ];
  const dtstamp = stamp(now);
  for (const e of events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${dtstamp}`,
      `DTSTART;VALUE=DATE:${compact(e.first)}`,
      `DTEND;VALUE=DATE:${compact(dayAfter(e.last))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join(CRLF) + CRLF;
}
