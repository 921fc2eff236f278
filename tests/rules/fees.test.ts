/**
 * Issue 15, item 4: the fee data. Every fee figure cites an official text; a table without one holds no figure
 * and is listed as a gap; the quoted-fee rule cites the official 1割 and cap; no 地域区分 list is encoded yet.
 */
import { describe, expect, it } from 'vitest';
import { SERVICE_IDS } from '../../src/case/enums';
import { fees, gradeFor } from '../../src/rules';
import { citationsOn, hasOfficial } from '../../src/rules/citations';
import { NO_OFFICIAL_TEXT } from '../../src/rules/official-gaps';
import type { FeeTables } from '../../src/rules/fees';

const dates = Object.keys(fees.feeTables.values);
const tableOn = (d: string) => fees.feeTables.values[d] as FeeTables | null;
const figuresIn = (t: FeeTables | null) => (t ? Object.keys(t.units).length + Object.keys(t.senPerUnit).length : 0);

describe('fee tables', () => {
  it('hold a figure on a date only where an official text is cited for that date', () => {
    for (const d of dates) if (figuresIn(tableOn(d)) > 0) expect(hasOfficial(fees.feeTables, d), d).toBe(true);
  });

  it('hold no figure today, because none was read in an official text, and say so in the gap list', () => {
    for (const d of dates) expect(figuresIn(tableOn(d)), d).toBe(0);
    expect(dates.every((d) => !hasOfficial(fees.feeTables, d))).toBe(true);
    expect(NO_OFFICIAL_TEXT['fees.tables']).toMatch(/費用の範囲は出しません/);
  });

  it('name only real services, with ranges the right way round and unit prices in 銭 from 10.00 yen up', () => {
    for (const d of dates) {
      const t = tableOn(d);
      if (!t) continue;
      for (const id of [...Object.keys(t.units), ...Object.keys(t.senPerUnit), ...t.perMonth]) expect(SERVICE_IDS, id).toContain(id);
      for (const u of Object.values(t.units)) expect(u!.min).toBeLessThanOrEqual(u!.max);
      for (const p of Object.values(t.senPerUnit)) {
        expect(p!.min).toBeLessThanOrEqual(p!.max);
        expect(p!.min).toBeGreaterThanOrEqual(1000); // not law: the 10-yen base, in 銭
      }
    }
  });

  it('take 就労定着支援 per month and the others per day', () => {
    for (const d of dates) expect(tableOn(d)?.perMonth).toEqual(['job-retention']);
  });
});

describe('the quoted-fee rule', () => {
  it('cites an official text for the 1割 and the cap on every date, and our arithmetic beside it', () => {
    for (const d of Object.keys(fees.feeQuoted.values)) {
      const cites = citationsOn(fees.feeQuoted, d);
      expect(cites[0]?.kind, d).toBe('official');
      expect(cites.map((c) => c.id)).toContain('calc');
    }
  });

  it('is 1割 (one tenth)', () => {
    expect(fees.feeQuoted.values['2024-04-01']).toEqual({ shareNumerator: 1, shareDenominator: 10 });
  });
});

describe('地域区分 of a municipality', () => {
  it('is not known for any municipality until an official list is encoded', () => {
    // 千代田区, 横浜市, 札幌市 and a made-up code.
    for (const code of ['131016', '141003', '011002', '999999']) expect(gradeFor(code), code).toBeUndefined();
  });
});
