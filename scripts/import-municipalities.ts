/**
 * Writes src/municipalities/data.json from ../shared/data/municipalities (CC0 open data: code4fukui/localgovjp,
 * commit 232edc3a, 2026-07-09; built from 国土地理院 and J-LIS 全国自治体マップ検索), with the corrections its README
 * lists, applied here and nowhere else:
 * - 浜松市's seven wards were abolished on 2024-01-01; since then it has three (総務省 全国地方公共団体コード, as of
 *   2024-01-01): the old codes go to `abolished`, the new wards are added.
 * - the catch-phrase column and the office coordinates are left out (the app has no use for them).
 *
 *   npm run municipalities:import     # rewrite src/municipalities/data.json
 *
 * tests/municipalities/import.test.ts fails when the file differs from what this renders.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MunicipalityData, Row } from '../src/municipalities/data-types';
import { checkDigit } from '../src/municipalities/code';

const HERE = fileURLToPath(import.meta.url);
export const DATA_PATH = resolve(HERE, '../../src/municipalities/data.json');
const SOURCE_DIR = resolve(HERE, '../../../shared/data/municipalities');

/** The source's own description, shown beside the data. */
const SOURCE = {
  name: 'code4fukui/localgovjp (国土地理院・J-LIS 全国自治体マップ検索より作成)',
  url: 'https://github.com/code4fukui/localgovjp',
  licence: 'CC0',
  date: '2026-07-09',
} as const;

/** A ward abolished or created after the data was built, from 総務省's code list as of the date given. */
interface WardChange {
  city: string;
  on: string;
  abolished: string[];
  created: { code5: string; name: string; kana: string }[];
  source: string;
}

const CORRECTIONS: WardChange[] = [
  {
    city: '221309', // 浜松市
    on: '2024-01-01',
    abolished: ['221317', '221325', '221333', '221341', '221350', '221368', '221376'],
    // The new codes: 22138 中央区, 22139 浜名区, 22140 天竜区 (the old 天竜区 was 22137); check digits computed.
    created: [
      { code5: '22138', name: '中央区', kana: 'ちゅうおうく' },
      { code5: '22139', name: '浜名区', kana: 'はまなく' },
      { code5: '22140', name: '天竜区', kana: 'てんりゅうく' },
    ],
    source: '総務省 全国地方公共団体コード (2024-01-01 現在)',
  },
];

/** RFC 4180 enough for this file: quoted fields may hold commas and doubled quotes. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  for (const line of text.replace(/^\uFEFF/, '').split(/\r?\n/)) {
    if (!line) continue;
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          cell += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cell += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === ',') {
        cells.push(cell);
        cell = '';
      } else cell += ch;
    }
    cells.push(cell);
    rows.push(cells);
  }
  return rows;
}

function records(file: string): Record<string, string>[] {
  const [head, ...rows] = parseCsv(readFileSync(resolve(SOURCE_DIR, file), 'utf8'));
  return rows.map((cells) => Object.fromEntries(head!.map((h, i) => [h, cells[i] ?? ''])));
}

export function renderData(): MunicipalityData {
  const prefs = records('prefjp-utf8.csv');
  const prefectures = prefs.map((p) => [p.pref!, p.prefkana!] as [string, string]);
  const rows: Row[] = records('localgovjp-utf8.csv').map((r) => {
    const [city, ward] = r.city!.split(' ');
    const kana = r.citykana!.split(' ');
    // A ward row ("札幌市 中央区") names its city; the city itself is then a 指定都市.
    const row: Row = { code: r.lgcode!, pref: Number(r.pid) - 1, name: ward ?? city!, kana: kana[kana.length - 1]!, url: r.url! };
    return ward ? { ...row, city: city! } : row;
  });
  // Ward rows carry their city's code instead of its name.
  const cityCode = new Map(rows.filter((r) => !r.city).map((r) => [`${r.pref}:${r.name}`, r.code]));
  for (const r of rows) if (r.city) r.city = cityCode.get(`${r.pref}:${r.city}`) ?? fail(`no city row for ward ${r.code}`);
  const abolished: MunicipalityData['abolished'] = [];
  for (const change of CORRECTIONS) {
    const city = rows.find((r) => r.code === change.city) ?? fail(`no city ${change.city}`);
    const created = change.created.map((w) => `${w.code5}${checkDigit(w.code5)}`);
    for (const code of change.abolished) {
      const i = rows.findIndex((r) => r.code === code);
      if (i < 0) fail(`correction: ${code} is not in the data (already corrected upstream?)`);
      const [old] = rows.splice(i, 1);
      abolished.push({ code, name: `${city.name}${old!.name}`, on: change.on, successors: created, source: change.source });
    }
    // The new wards link to the city's own site: the data has no page of theirs.
    const at = rows.indexOf(city) + 1;
    rows.splice(at, 0, ...change.created.map((w, i) => ({ code: created[i]!, pref: city.pref, name: w.name, kana: w.kana, url: city.url, city: city.code })));
  }
  return {
    source: SOURCE,
    prefectures,
    rows: rows.map(({ code, pref, name, kana, url, city }) => (city ? [code, pref, name, kana, url, city] : [code, pref, name, kana, url])),
    abolished,
  };
}

function fail(message: string): never {
  throw new Error(message);
}

export const renderDataText = (): string => `${JSON.stringify(renderData())}\n`;

if (process.argv[1] && resolve(process.argv[1]) === HERE) {
  writeFileSync(DATA_PATH, renderDataText());
  console.log(`wrote ${DATA_PATH}`);
}
