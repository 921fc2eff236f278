/** A code → the place the app names, its official site and whether it is a 指定都市; abolished and unknown codes. */
import { describe, expect, it } from 'vitest';
import { lookupMunicipality, PREFECTURES } from '../../src/municipalities/lookup';
import { municipalityProblem } from '../../src/municipalities/check';

const place = (code: string) => {
  const l = lookupMunicipality(code);
  if (l.kind !== 'found') throw new Error(`${code}: ${l.kind}`);
  return l.place;
};

describe('lookupMunicipality', () => {
  it('a 指定都市 is designated; its site is the one in the data', () => {
    expect(place('141003')).toMatchObject({ name: '横浜市', prefecture: '神奈川県', officialSite: 'https://www.city.yokohama.lg.jp/', designatedCity: true });
    expect(place('141003').city).toBeUndefined();
  });

  it('a ward carries its full name, its city, and is designated too (the ward office is the counter)', () => {
    expect(place('011011')).toEqual({
      code: '011011',
      name: '札幌市中央区',
      kana: 'さっぽろしちゅうおうく',
      prefecture: '北海道',
      prefectureCode: 1,
      officialSite: 'https://www.city.sapporo.jp/chuo/',
      designatedCity: true,
      city: { code: '011002', name: '札幌市', officialSite: 'https://www.city.sapporo.jp/' },
    });
  });

  it('a 特別区 of Tokyo and an ordinary town are not 指定都市', () => {
    expect(place('131016')).toMatchObject({ name: '千代田区', prefecture: '東京都', designatedCity: false });
    expect(place('472158')).toMatchObject({ prefecture: '沖縄県', designatedCity: false });
  });

  it('an abolished ward names itself, its date and its successors', () => {
    const l = lookupMunicipality('221368');
    expect(l.kind).toBe('abolished');
    if (l.kind !== 'abolished') return;
    expect(l.abolished).toMatchObject({ name: '浜松市浜北区', on: '2024-01-01' });
    expect(l.successors.map((p) => p.name)).toEqual(['浜松市中央区', '浜松市浜名区', '浜松市天竜区']);
  });

  it('a well-formed code nobody has is unknown; a bad check digit is malformed', () => {
    expect(lookupMunicipality('999997').kind).toBe('unknown');
    expect(municipalityProblem('999997')?.key).toBe('municipality-unknown');
    expect(municipalityProblem('141004')?.key).toBe('municipality-format');
    expect(municipalityProblem('14100')?.key).toBe('municipality-format');
    expect(municipalityProblem('141003')).toBeNull();
    expect(municipalityProblem('221376')).toMatchObject({ key: 'municipality-abolished', params: { name: '浜松市天竜区' } });
  });

  it('lists the 47 prefectures in code order', () => {
    expect(PREFECTURES[0]).toEqual({ code: 1, name: '北海道', kana: 'ほっかいどう' });
    expect(PREFECTURES[46]).toMatchObject({ code: 47, name: '沖縄県' });
  });
});
