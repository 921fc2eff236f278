/**
 * What people type, turned into case values. Accepts full-width digits (２０２６), 2026/3/1, 2026-3-1,
 * 2026年3月1日, 20260301, Japanese eras (令和8年3月1日, R8.3.1, 昭和40年4月1日, 元年), yen with commas,
 * 円, ¥ and 万 (180万 = 1,800,000). Calendar validity (2026-02-30) is left to the case schema.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; key: 'format' | 'negative' | 'decimal' };

/** Full-width to half-width (NFKC), without spaces, and with Japanese separators made plain. */
export function normalise(raw: string): string {
  return raw
    .normalize('NFKC')
    .replace(/[\s\u3000]/g, '')
    .replace(/[‐‑‒–—―−ー－]/g, '-')
    .replace(/[、,]/g, ',')
    .replace(/[。．]/g, '.');
}

/** A whole number, with an optional unit word (歳, か月, ヶ月, 日, years, months, days). */
export function parseWholeNumber(raw: string): Parsed<number> {
  const s = normalise(raw)
    .replace(/,/g, '')
    .replace(/(歳|才|か月|ヶ月|カ月|ケ月|ヵ月|箇月|月|日|years?|months?|days?)$/i, '');
  if (/^-\d/.test(s)) return { ok: false, key: 'negative' };
  if (/^\d+\.\d+$/.test(s)) return { ok: false, key: 'decimal' };
  if (!/^\d+$/.test(s)) return { ok: false, key: 'format' };
  return { ok: true, value: Number(s) };
}

/** Yen: 1,800,000 / 1800000円 / ¥1,800,000 / 180万 / 180万5000 / 1.8万. */
export function parseYen(raw: string): Parsed<number> {
  const s = normalise(raw)
    .replace(/^[¥￥\\]/, '')
    .replace(/円$/, '')
    .replace(/,/g, '');
  if (/^-\d/.test(s)) return { ok: false, key: 'negative' };
  const man = /^(\d+(?:\.\d+)?)万(\d*)$/.exec(s);
  if (man) {
    const value = Math.round(Number(man[1]) * 10_000) + (man[2] ? Number(man[2]) : 0); // not law: 万 is ten thousand
    return { ok: true, value };
  }
  if (/^\d+\.\d+$/.test(s)) return { ok: false, key: 'decimal' };
  if (!/^\d+$/.test(s)) return { ok: false, key: 'format' };
  return { ok: true, value: Number(s) };
}

/** First year of each era minus one: era year N is Gregorian offset + N. */
const ERAS: Record<string, number> = {
  令和: 2018,
  R: 2018, // not law: the calendar (令和元年 is 2019)
  平成: 1988,
  H: 1988, // not law: the calendar (平成元年 is 1989)
  昭和: 1925,
  S: 1925, // not law: the calendar (昭和元年 is 1926)
  大正: 1911,
  T: 1911, // not law: the calendar (大正元年 is 1912)
};

const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/**
 * A date as YYYY-MM-DD text, or a format problem. The result is not checked against the calendar:
 * "2026/2/30" gives "2026-02-30", which the schema then refuses with its own, clearer message.
 */
export function parseDate(raw: string): Parsed<string> {
  const s = normalise(raw).replace(/元年/g, '1年').toUpperCase();
  let y: number | undefined;
  let m: number | undefined;
  let d: number | undefined;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s))) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/.exec(s))) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else if ((match = /^(令和|平成|昭和|大正|[RHST])(\d{1,2})(?:年|[-/.])(\d{1,2})(?:月|[-/.])(\d{1,2})日?$/.exec(s))) {
    y = ERAS[match[1]!]! + Number(match[2]);
    [m, d] = [Number(match[3]), Number(match[4])];
  }
  if (y === undefined || m === undefined || d === undefined) return { ok: false, key: 'format' };
  return { ok: true, value: `${pad(y, 4)}-${pad(m)}-${pad(d)}` }; // not law: four-digit years
}

/** Dates before 1900 are refused as a typo (no one asking is that old, and no rule reaches back that far). */
const EARLIEST_YEAR = 1900; // not law: a plausibility bound on typed dates

/** True for a parsed date (YYYY-MM-DD) before EARLIEST_YEAR: the question and the what-if say "too early". */
export function tooEarly(iso: string): boolean {
  return Number(iso.slice(0, iso.indexOf('-'))) < EARLIEST_YEAR;
}
