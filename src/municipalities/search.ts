/**
 * Finding a municipality or ward by what a person types: its name or its reading, in any of the ways Japanese
 * is typed (full- or half-width, katakana or hiragana, with or without spaces or the trailing 市/区/町/村).
 * Pure: it ranks the places it is given (allPlaces() in the app), with no data of its own.
 *
 * Ranking: a whole name or reading first, then names and readings that start with the query, then a ward by the
 * start of its own name (中 → 札幌市中央区), then a query found inside a name or reading. Within a rank, cities
 * (and Tokyo's special wards) come before towns, towns before villages, and a city's wards after them all, as
 * most people live in a city (よこはま: 横浜市, then 青森県の横浜町, then 横浜市's wards); then the data's order
 * (prefecture by prefecture, north to south).
 */
import type { Place } from './lookup';

/** How many places a search returns at most (the rest are counted in `total`). */
export const SEARCH_LIMIT = 20; // not law: a list a person can read through

const KATAKANA = /[\u30a1-\u30f6]/g;
const SUFFIX = /[市区町村]$/;

/**
 * The form both the query and the names are compared in: NFKC (full-width letters and digits, half-width
 * katakana), lower case, no spaces, katakana as hiragana, and ヶ/ケ (鶴ヶ島, 鶴ケ島) as け.
 */
export function normalise(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\s+/g, '')
    .replace(KATAKANA, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
    .replace(/[ゖ]/g, 'け')
    .replace(/[ゕ]/g, 'か');
}

/** The normalised texts a place is found by: full name and reading, and for a ward its own name and reading. */
interface Entry {
  place: Place;
  full: string[];
  own: string[];
}

export interface SearchResult {
  /** The best matches, at most `limit`. */
  places: Place[];
  /** How many places matched in all. */
  total: number;
}

export interface SearchOptions {
  /** Only this prefecture (its code, 1 北海道 … 47 沖縄県). */
  prefecture?: number;
  limit?: number;
}

export type PlaceSearch = (query: string, opts?: SearchOptions) => SearchResult;

// Ranks: lower is better.
const EXACT = 0;
const PREFIX = 1;
const OWN_PREFIX = 2;
const INSIDE = 3;
const NONE = 9;
/** A match found only without the query's trailing 市/区/町/村 ranks just after the same match with it. */
const STEM = 0.5;

function rank(e: Entry, q: string): number {
  let best = NONE;
  for (const k of e.full) {
    if (k === q) return EXACT;
    if (k.startsWith(q)) best = Math.min(best, PREFIX);
    else if (k.includes(q)) best = Math.min(best, INSIDE);
  }
  for (const k of e.own) {
    if (k === q) return EXACT;
    if (k.startsWith(q)) best = Math.min(best, OWN_PREFIX);
  }
  return best;
}

/** 市 and Tokyo's 特別区 first, then 町, then 村, then a 指定都市's wards (not law: a display order). */
function kindOrder(p: Place): number {
  if (p.city) return 3;
  if (p.name.endsWith('町')) return 1;
  if (p.name.endsWith('村')) return 2;
  return 0;
}

/** A search over these places; the index is built once, each search then reads it (well under a millisecond). */
export function createPlaceSearch(places: readonly Place[]): PlaceSearch {
  const kanaByCode = new Map(places.map((p) => [p.code, p.kana]));
  const entries: Entry[] = places.map((p) => {
    const full = [normalise(p.name), normalise(p.kana)];
    if (!p.city) return { place: p, full, own: [] };
    // A ward is also found by its own name: 中央区 finds 札幌市中央区, 千葉市中央区, …
    const cityKana = kanaByCode.get(p.city.code) ?? '';
    const ownKana = p.kana.startsWith(cityKana) ? p.kana.slice(cityKana.length) : p.kana;
    return { place: p, full, own: [normalise(p.name.slice(p.city.name.length)), normalise(ownKana)] };
  });

  return (query, opts = {}) => {
    const q = normalise(query);
    if (q === '') return { places: [], total: 0 };
    const stem = q.length > 1 && SUFFIX.test(q) ? q.slice(0, -1) : null;
    const found: { e: Entry; r: number; kind: number; i: number }[] = [];
    entries.forEach((e, i) => {
      if (opts.prefecture && e.place.prefectureCode !== opts.prefecture) return;
      const r = Math.min(rank(e, q), stem ? rank(e, stem) + STEM : NONE);
      if (r < NONE) found.push({ e, r, kind: kindOrder(e.place), i });
    });
    found.sort((a, b) => a.r - b.r || a.kind - b.kind || a.i - b.i);
    return { places: found.slice(0, opts.limit ?? SEARCH_LIMIT).map((f) => f.e.place), total: found.length };
  };
}
