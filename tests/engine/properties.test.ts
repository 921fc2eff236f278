/** Invariants that must hold for every valid case on every covered date (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SERVICE_IDS } from '../../src/case/enums';
import { CASE_FORMAT_V1, type Case } from '../../src/case/schema';
import { evaluate } from '../../src/engine';
import { answeredPaths, arbCase, isoBetween, without } from '../support/arbitraries';
import { ResultSchemaCheck } from '../support/result-schema';

const run = (c: Case) => evaluate(c, { asOf: c.asOf! });
const RUNS = { numRuns: Number(process.env.PROPERTY_RUNS ?? 300) };

describe('engine invariants', () => {
  it('gives the same result for the same case and date (and after a JSON round trip)', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const a = run(c);
        expect(run(structuredClone(c))).toEqual(a);
        expect(run(JSON.parse(JSON.stringify(c)))).toEqual(a);
      }),
      RUNS,
    );
  });

  it('produces a result that matches the Result schema, listing all five services', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const r = run(c);
        expect(ResultSchemaCheck(r)).toEqual([]);
        expect(r.services.map((s) => s.id)).toEqual([...SERVICE_IDS]);
      }),
      RUNS,
    );
  });

  it('never turns a verdict into "unlikely" by leaving a question unanswered', () => {
    fc.assert(
      fc.property(
        arbCase.chain((c) => fc.tuple(fc.constant(c), fc.constantFrom(...(answeredPaths(c).length ? answeredPaths(c) : [['age']])))),
        ([c, path]) => {
          const before = run(c);
          const after = run(without(c, path));
          for (const s of after.services) {
            if (s.verdict === 'unlikely')
              expect(before.services.find((b) => b.id === s.id)!.verdict, `${s.id} after removing ${path.join('.')}`).toBe('unlikely');
          }
        },
      ),
      RUNS,
    );
  });

  it('answers nothing firmly for a case with no answers at all (from 2025-10-01, when all five exist)', () => {
    fc.assert(
      fc.property(isoBetween('2025-10-01', '2028-03-31'), (asOf) => {
        const r = evaluate({ format: CASE_FORMAT_V1, asOf }, { asOf });
        for (const s of r.services) expect(s.verdict, s.id).toBe('possible');
        expect(r.copay.category).toBe('unknown');
      }),
      { numRuns: 50 },
    );
  });

  it('never estimates more than the monthly cap', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const { copay } = run(c);
        if (copay.estimate) {
          expect(copay.monthlyCap).not.toBeNull();
          expect(copay.estimate.monthly).toBeGreaterThanOrEqual(0);
          expect(copay.estimate.monthly).toBeLessThanOrEqual(copay.monthlyCap!);
        }
      }),
      RUNS,
    );
  });

  it('lists the possible caps exactly when the category is unknown, and never the adult caps under 18', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const { copay, age } = run(c);
        expect(copay.possibleCaps !== undefined).toBe(copay.category === 'unknown');
        if (copay.household === 'guardian' && age != null && age < 18) {
          expect(copay.possibleCaps ?? []).toEqual([]);
          if (copay.monthlyCap !== null) expect(copay.monthlyCap).toBe(0);
        }
      }),
      RUNS,
    );
  });

  it('always gives 0 yen to a household on 生活保護', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const withPa = { ...c, household: { ...c.household, publicAssistance: true } };
        const { copay } = run(withPa);
        expect(copay.category).toBe('public-assistance');
        expect(copay.monthlyCap).toBe(0);
      }),
      RUNS,
    );
  });

  it('says what would change every verdict that is not "likely", and cites a source for every reason', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const r = run(c);
        for (const s of r.services) {
          if (s.verdict !== 'likely') expect(s.changes.length, s.id).toBeGreaterThan(0);
          for (const reason of s.reasons) expect(reason.sources.length, reason.rule).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('orders the timeline by date, each entry starting no later than it ends and not already over', () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const { timeline, asOf } = run(c);
        for (const [i, e] of timeline.entries()) {
          expect(e.from <= e.to, e.step).toBe(true);
          expect(e.to >= asOf, e.step).toBe(true);
          if (i > 0) expect(timeline[i - 1]!.from <= e.from).toBe(true);
        }
      }),
      RUNS,
    );
  });
});
