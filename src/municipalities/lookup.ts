/**
 * The municipality of a local-government code, from data.json (generated; CC0 open data, see
 * scripts/import-municipalities.ts). Names, official sites and whether a city has wards (a 指定都市) are all the data
 * holds: phone numbers and department names are not in it, and nothing here makes them up.
 */
// The import attribute lets Node's own loader (Playwright's specs import the engine) read it as in Vite and tsx.
import raw from './data.json' with { type: 'json' };
import type { Abolished, MunicipalityData, StoredRow } from './data-types';
import { isWellFormedCode } from './code';

const DATA = raw as MunicipalityData;

export const MUNICIPALITY_SOURCE = DATA.source;
export const PREFECTURES: readonly { code: number; name: string; kana: string }[] = DATA.prefectures.map(([name, kana], i) => ({
  code: i + 1,
  name,
  kana,
}));

/** A municipality (市区町村) or a ward (区) of a 指定都市, as the app shows it. */
export interface Place {
  code: string;
  /** The full name: 札幌市中央区 for a ward. */
  name: string;
  /** Its reading in hiragana: さっぽろしちゅうおうく for a ward. */
  kana: string;
  prefecture: string;
  prefectureCode: number;
  officialSite: string;
  /** A 指定都市, or a ward of one: the ward office (区役所) is the counter, and the 6% rule applies [7.8]. */
  designatedCity: boolean;
  /** For a ward: its city. */
  city?: { code: string; name: string; officialSite: string };
}

let byCode: Map<string, StoredRow> | undefined;
let cityCodes: Set<string> | undefined;

function index(): Map<string, StoredRow> {
  if (!byCode) {
    byCode = new Map(DATA.rows.map((r) => [r[0], r]));
    cityCodes = new Set(DATA.rows.flatMap((r) => (r[5] ? [r[5]] : [])));
  }
  return byCode;
}

function toPlace(r: StoredRow): Place {
  const [code, pref, name, kana, url, cityCode] = r;
  const city = cityCode ? index().get(cityCode) : undefined;
  return {
    code,
    name: city ? `${city[2]}${name}` : name,
    kana: city ? `${city[3]}${kana}` : kana,
    prefecture: DATA.prefectures[pref]![0],
    prefectureCode: pref + 1,
    officialSite: url,
    designatedCity: !!city || cityCodes!.has(code),
    ...(city ? { city: { code: city[0], name: city[2], officialSite: city[4] } } : {}),
  };
}

export type Lookup = { kind: 'found'; place: Place } | { kind: 'abolished'; abolished: Abolished; successors: Place[] } | { kind: 'unknown' };

/** What a code names today: a place, a code abolished (with what replaced it), or nothing. */
export function lookupMunicipality(code: string): Lookup {
  const row = isWellFormedCode(code) ? index().get(code) : undefined;
  if (row) return { kind: 'found', place: toPlace(row) };
  const gone = DATA.abolished.find((a) => a.code === code);
  if (gone) return { kind: 'abolished', abolished: gone, successors: gone.successors.flatMap((c) => (index().has(c) ? [toPlace(index().get(c)!)] : [])) };
  return { kind: 'unknown' };
}

/** Every place, in the data's order (prefecture by prefecture, a city before its wards). */
export function allPlaces(): Place[] {
  index();
  return DATA.rows.map(toPlace);
}
