/**
 * src/municipalities/data.json is the open data of ../shared/data/municipalities imported with its known problems
 * corrected (its README): it cannot drift from the source, and the corrections hold.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DATA_PATH, parseCsv, renderData, renderDataText } from '../../scripts/import-municipalities';
import { checkDigit, isWellFormedCode } from '../../src/municipalities/code';

const data = renderData();
const codes = new Set(data.rows.map((r) => r[0]));

describe('municipality data import', () => {
  it('data.json is what the import step renders from ../shared (run npm run municipalities:import)', () => {
    expect(readFileSync(DATA_PATH, 'utf8')).toBe(renderDataText());
  });

  it('has every 市区町村 and ward of the source, less 浜松市’s 7 abolished wards, plus its 3 new ones', () => {
    expect(data.rows).toHaveLength(1916 - 7 + 3);
    expect(data.prefectures).toHaveLength(47);
  });

  it('浜松市: the seven wards abolished on 2024-01-01 are gone, named, and point to the three that replaced them', () => {
    const old = ['221317', '221325', '221333', '221341', '221350', '221368', '221376'];
    for (const code of old) expect(codes.has(code), code).toBe(false);
    expect(data.abolished.map((a) => a.code)).toEqual(old);
    expect(data.abolished.map((a) => a.name)).toEqual(['浜松市中区', '浜松市東区', '浜松市西区', '浜松市南区', '浜松市北区', '浜松市浜北区', '浜松市天竜区']);
    const wards = data.rows.filter((r) => r[5] === '221309').map((r) => [r[0], r[2]]);
    expect(wards).toEqual([
      ['221384', '中央区'],
      ['221392', '浜名区'],
      ['221406', '天竜区'],
    ]);
    for (const a of data.abolished) expect(a.successors).toEqual(['221384', '221392', '221406']);
  });

  it('every code is six digits with the right check digit (a typo in a correction would fail here)', () => {
    for (const r of data.rows) expect(isWellFormedCode(r[0]), r[0]).toBe(true);
    // The check digit itself, on codes 総務省 publishes: 札幌市 011002, 千代田区 131016, 浜松市中央区 221384.
    expect([checkDigit('01100'), checkDigit('13101'), checkDigit('22138')]).toEqual([2, 6, 4]);
  });

  it('the 20 指定都市 are exactly the cities with wards', () => {
    const cities = [...new Set(data.rows.flatMap((r) => (r[5] ? [r[5]] : [])))];
    const names = cities.map((c) => data.rows.find((r) => r[0] === c)![2]).sort();
    expect(names).toEqual(
      [
        'さいたま市',
        '京都市',
        '仙台市',
        '北九州市',
        '千葉市',
        '名古屋市',
        '堺市',
        '大阪市',
        '岡山市',
        '川崎市',
        '広島市',
        '新潟市',
        '札幌市',
        '横浜市',
        '浜松市',
        '熊本市',
        '相模原市',
        '神戸市',
        '福岡市',
        '静岡市',
      ].sort(),
    );
  });

  it('leaves out the catch phrases and coordinates: a row is code, prefecture, name, kana, site (and a ward’s city)', () => {
    for (const r of data.rows) expect(r.length === 5 || r.length === 6).toBe(true);
    expect(readFileSync(DATA_PATH, 'utf8')).not.toContain('市民の力みなぎる');
  });

  it('reads quoted CSV cells with commas and doubled quotes', () => {
    expect(parseCsv('a,b\n"x, y","say ""hi"""\n')).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
    ]);
  });
});
