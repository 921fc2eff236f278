/**
 * The municipality on the plan (issue 15): where a step is at the municipality and the case names it, the entry
 * carries that office (its name, reading, official site and the data's date) and the engine's wording decision:
 * its own counter, a 指定都市's ward office, or the ward's own office. Without a municipality: as before.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/engine';
import { baseCase } from '../../support/cases';
import { planOf } from './helpers';

const at = (municipality?: string) => planOf(municipality ? { municipality } : {});

describe('plan entries and the municipality', () => {
  it('without a municipality, no entry carries an office (the plan is as it was)', () => {
    const plan = at();
    expect(plan.some((e) => e.contact === 'municipality')).toBe(true);
    expect(plan.filter((e) => e.office !== undefined)).toEqual([]);
  });

  it('with one, exactly the municipality steps carry it; the others (providers, ハローワーク…) do not', () => {
    const plan = at('131016');
    const mun = plan.filter((e) => e.contact === 'municipality');
    expect(mun.length).toBeGreaterThan(3);
    expect(mun.every((e) => e.office !== undefined)).toBe(true);
    expect(plan.filter((e) => e.contact !== 'municipality' && e.office !== undefined)).toEqual([]);
    // The rest of the plan is unchanged: the same steps on the same dates.
    expect(plan.map(({ office: _, ...e }) => e)).toEqual(at());
  });

  it('a municipality that is not a 指定都市 (千代田区, 南城市): its own counter, its name and site, the data date', () => {
    expect(at('131016').find((e) => e.office)!.office).toEqual({
      counter: 'municipality',
      name: '千代田区',
      kana: 'ちよだく',
      officialSite: 'https://www.city.chiyoda.lg.jp/',
      dataDate: '2026-07-09',
      rule: 'timeline.office',
    });
    expect(at('472158').find((e) => e.office)!.office).toMatchObject({ counter: 'municipality', name: '南城市' });
  });

  it('a 指定都市 answered as the city (横浜市): the ward office of the ward the person lives in', () => {
    expect(at('141003').find((e) => e.office)!.office).toEqual({
      counter: 'ward-office',
      name: '横浜市',
      kana: 'よこはまし',
      officialSite: 'https://www.city.yokohama.lg.jp/',
      dataDate: '2026-07-09',
      rule: 'timeline.office',
    });
  });

  it("a ward answered (札幌市中央区): that ward's own office and site, and its city for the search words", () => {
    expect(at('011011').find((e) => e.office)!.office).toEqual({
      counter: 'ward',
      name: '札幌市中央区',
      kana: 'さっぽろしちゅうおうく',
      city: { name: '札幌市', kana: 'さっぽろし' },
      officialSite: 'https://www.city.sapporo.jp/chuo/',
      dataDate: '2026-07-09',
      rule: 'timeline.office',
    });
  });

  it('never a phone number or a department name: only the fields the open data holds', () => {
    for (const code of ['141003', '011011', '131016', '472158']) {
      const office = at(code).find((e) => e.office)!.office!;
      expect(Object.keys(office).sort()).toEqual(expect.arrayContaining(['counter', 'dataDate', 'kana', 'name', 'officialSite', 'rule']));
      expect(JSON.stringify(office)).not.toMatch(/\d{2,4}-\d{2,4}-\d{4}|課|係/);
    }
  });

  it('on the markers at the municipality too (the July copay review, the end of 移行)', () => {
    const plan = at('141003');
    expect(plan.find((e) => e.step === 'copay-review')!.office?.counter).toBe('ward-office');
    expect(plan.find((e) => e.step === 'transition-period-end')!.office?.counter).toBe('ward-office');
  });

  it('the result names the municipality with its readings', () => {
    const r = evaluate(baseCase({ municipality: '011011' }), { asOf: '2026-11-22' });
    expect(r.municipality).toMatchObject({ code: '011011', kana: 'さっぽろしちゅうおうく', prefectureKana: 'ほっかいどう', city: { code: '011002' } });
  });
});
