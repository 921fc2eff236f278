/** Finding a municipality by name or reading (issue 15): normalisation, ranking, wards, the prefecture filter, speed. */
import { describe, expect, it } from 'vitest';
import { allPlaces, PREFECTURES, type Place } from '../../src/municipalities/lookup';
import { createPlaceSearch, normalise, SEARCH_LIMIT } from '../../src/municipalities/search';

const places = allPlaces();
const search = createPlaceSearch(places);
const names = (q: string, opts?: Parameters<typeof search>[1]) => search(q, opts).places.map((p) => `${p.prefecture} ${p.name}`);
const pref = (name: string) => PREFECTURES.find((p) => p.name === name)!.code;

describe('normalise', () => {
  it('katakana as hiragana, full-width and half-width forms folded, spaces gone, ヶ/ケ as け', () => {
    expect(normalise('ヨコハマ')).toBe('よこはま');
    expect(normalise('ﾖｺﾊﾏ')).toBe('よこはま');
    expect(normalise(' よこ　はま ')).toBe('よこはま');
    expect(normalise('ＡＢＣ１２')).toBe('abc12');
    expect(normalise('鶴ヶ島市')).toBe(normalise('鶴ケ島市'));
    expect(normalise('鶴ヶ島市')).toBe('鶴け島市');
  });
});

describe('search', () => {
  it('finds 横浜市 by its reading in hiragana, katakana and half-width katakana', () => {
    for (const q of ['よこはま', 'ヨコハマ', 'ﾖｺﾊﾏ', 'よこ はま']) expect(names(q), q).toContain('神奈川県 横浜市');
  });

  it('by name with or without the trailing 市, and with the reading plus 市', () => {
    expect(names('横浜')[0]).toBe('神奈川県 横浜市');
    expect(names('横浜市')[0]).toBe('神奈川県 横浜市');
    expect(names('よこはま市')).toContain('神奈川県 横浜市');
  });

  it('ranks a whole name first, then names that start with the query, then names that contain it', () => {
    const r = names('府中市');
    // Both 府中市 (東京都, 広島県) exactly; 府中町 (広島県) only without the 市, after them.
    expect(r.slice(0, 2).sort()).toEqual(['広島県 府中市', '東京都 府中市'].sort());
    expect(r).toContain('広島県 府中町');
    expect(r.indexOf('広島県 府中町')).toBeGreaterThan(1);
    // Among names that start alike, cities before towns and towns before villages: 池田市 (大阪府) first.
    const ikeda = names('いけだ', { limit: 50 });
    expect(ikeda[0]).toBe('大阪府 池田市');
    const kinds = ikeda.map((n) => (n.endsWith('市') ? 0 : n.endsWith('町') ? 1 : 2));
    expect(kinds).toEqual([...kinds].sort());
    const yokohama = names('よこはま');
    // The city, then the town (their readings start with it; a city first), then the city's wards.
    expect(yokohama.slice(0, 2)).toEqual(['神奈川県 横浜市', '青森県 横浜町']);
    expect(yokohama.slice(2).every((n) => n.startsWith('神奈川県 横浜市'))).toBe(true);
    // Names that start with 浜 (浜松市, 浜田市…) before names with 浜 inside (横浜市, 長浜市…).
    const hama = search('浜', { limit: 5000 }).places;
    const starts = (p: Place) => p.name.startsWith('浜') || (p.city !== undefined && p.name.slice(p.city.name.length).startsWith('浜'));
    const firstInside = hama.findIndex((p) => !starts(p));
    expect(firstInside).toBeGreaterThan(0);
    expect(hama.slice(firstInside).some(starts)).toBe(false);
    expect(hama.slice(firstInside).map((p) => p.name)).toContain('横浜市');
  });

  it('a ward is found by its own name: 中央区 finds the 中央区 of every city that has one, and 東京都中央区', () => {
    const r = names('中央区', { limit: 50 });
    for (const n of ['北海道 札幌市中央区', '千葉県 千葉市中央区', '東京都 中央区', '神奈川県 相模原市中央区', '静岡県 浜松市中央区', '大阪府 大阪市中央区'])
      expect(r).toContain(n);
    // Every 中央区 first; only then, found without the trailing 区, 中央市 (starts with 中央), then names with 中央 inside.
    const wards = r.filter((n) => n.endsWith('中央区'));
    expect(r.slice(0, wards.length)).toEqual(wards);
    expect(r.slice(wards.length)).toEqual(['山梨県 中央市', '愛媛県 四国中央市', '岡山県 吉備中央町']);
    // And by its own reading.
    expect(names('ちゅうおうく', { limit: 50 }).filter((n) => n.endsWith('中央区'))).toEqual(wards);
    // By the city's name and the ward's, typed together.
    expect(names('さっぽろしちゅうおう')).toEqual(['北海道 札幌市中央区']);
  });

  it('narrows to one prefecture', () => {
    expect(names('中央区', { prefecture: pref('東京都') })).toEqual(['東京都 中央区']);
    expect(names('ちゅうおう', { prefecture: pref('北海道') })).toEqual(['北海道 札幌市中央区']);
    expect(names('よこはま', { prefecture: pref('青森県') })).toEqual(['青森県 横浜町']);
    expect(search('よこはま', { prefecture: pref('沖縄県') })).toEqual({ places: [], total: 0 });
  });

  it('ヶ and ケ find the same place, whichever the data spells', () => {
    expect(names('鶴ケ島')).toEqual(['埼玉県 鶴ヶ島市']);
    expect(names('龍ヶ崎')).toEqual(['茨城県 龍ケ崎市']);
  });

  it(`returns at most ${SEARCH_LIMIT} places and counts them all`, () => {
    const r = search('か');
    expect(r.places).toHaveLength(SEARCH_LIMIT);
    expect(r.total).toBeGreaterThan(SEARCH_LIMIT);
    expect(search('か', { limit: 5 }).places).toHaveLength(5);
  });

  it('nothing for an empty query or one no place has', () => {
    expect(search('')).toEqual({ places: [], total: 0 });
    expect(search('   ')).toEqual({ places: [], total: 0 });
    expect(search('xyzzy')).toEqual({ places: [], total: 0 });
  });

  it('is fast enough to run on every keystroke: well under 5 ms per search over every place', () => {
    expect(places.length).toBe(1912);
    const queries = ['か', 'かわ', 'かわさき', '川', '川崎', '川崎市', 'ちゅうおうく', 'ﾖｺﾊﾏ', 'x', '浜松市中央'];
    search('warm up');
    const runs = 20;
    const start = performance.now();
    for (let i = 0; i < runs; i++) for (const q of queries) search(q);
    const perSearch = (performance.now() - start) / (runs * queries.length);
    console.log(`place search: ${perSearch.toFixed(3)} ms per keystroke over ${places.length} places`);
    expect(perSearch).toBeLessThan(5);
    // Building the index once (when the question opens) is cheap too.
    const t0 = performance.now();
    createPlaceSearch(places);
    expect(performance.now() - t0).toBeLessThan(250);
  });
});
