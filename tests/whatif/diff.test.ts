/** diffResults and changedFields: what differs between the person's result and a what-if, table-driven. */
import { describe, expect, it } from 'vitest';
import type { Case, Result } from '../../src/case/schema';
import { answerChanges, changedFields, diffReasons, diffRequirements, diffResults } from '../../src/whatif/diff';
import { resultOf } from '../results/support';

const TAXED = { publicAssistance: false, spouse: false, residentTax: 'taxed-under-160k' } as const;
const base: Partial<Case> = {
  age: 35,
  disability: { handbooks: ['mental'] },
  work: { status: 'not-working', experience: true },
  household: TAXED,
  residence: 'home',
};

interface Row {
  name: string;
  before: Partial<Case>;
  after: Partial<Case>;
  cap: [number | null, number | null];
  capDelta: number | null;
  category?: [string, string];
  verdicts?: Record<string, [string, string]>;
  timelineChanged: boolean;
}

const ROWS: Row[] = [
  { name: 'the same answers change nothing', before: base, after: base, cap: [9300, 9300], capDelta: 0, timelineChanged: false },
  {
    name: 'moving to a group home (taxed under 160,000 yen): 9,300 → 37,200',
    before: base,
    after: { ...base, residence: 'group-home' },
    cap: [9300, 37200],
    capDelta: 27900,
    category: ['general-1', 'general-2'],
    // 一般2 for the cap, but 食事提供体制加算 follows the 所得割 line (7.14): the plan keeps its end date.
    timelineChanged: false,
  },
  {
    name: 'a household no longer taxed: 37,200 → 0',
    before: { ...base, household: { ...TAXED, residentTax: 'taxed-160k-or-more' } },
    after: { ...base, household: { ...TAXED, residentTax: 'exempt' } },
    cap: [37200, 0],
    capDelta: -37200,
    category: ['general-2', 'low-income'],
    // The meals rule (食事提供体制加算) applies below 一般2, so its date joins the plan.
    timelineChanged: true,
  },
  {
    name: 'an unknown tax status: no cap, so no difference in yen',
    before: base,
    after: { ...base, household: { ...TAXED, residentTax: 'unknown' } },
    cap: [9300, null],
    capDelta: null,
    category: ['general-1', 'unknown'],
    timelineChanged: false,
  },
  {
    name: 'starting work after 就労移行支援: 就労定着支援 becomes likely, in-work use of the others is up to the municipality',
    before: base,
    after: { ...base, work: { status: 'working', startedOn: '2026-03-01', viaService: 'employment-transition' } },
    cap: [9300, 9300],
    capDelta: 0,
    verdicts: {
      'employment-choice': ['likely', 'possible'],
      'employment-transition': ['likely', 'possible'],
      'continuation-a': ['likely', 'possible'],
      'job-retention': ['unlikely', 'likely'],
    },
    timelineChanged: true,
  },
];

describe('diffResults', () => {
  it.each(ROWS)('$name', (row) => {
    const d = diffResults(resultOf(row.before), resultOf(row.after));
    expect([d.copay.monthlyCap.before, d.copay.monthlyCap.after]).toEqual(row.cap);
    expect(d.copay.monthlyCap.changed).toBe(row.cap[0] !== row.cap[1]);
    expect(d.copay.capDelta).toBe(row.capDelta);
    if (row.category) expect([d.copay.category.before, d.copay.category.after]).toEqual(row.category);
    for (const s of d.services) {
      const want = row.verdicts?.[s.id];
      expect([s.id, s.verdict.before, s.verdict.after, s.verdict.changed]).toEqual(
        want ? [s.id, ...want, true] : [s.id, s.verdict.before, s.verdict.before, false],
      );
    }
    expect(d.timeline.some((t) => t.changed)).toBe(row.timelineChanged);
    expect(d.changed).toBe(row.cap[0] !== row.cap[1] || !!row.verdicts || row.timelineChanged);
  });

  it('keeps every timeline entry of both results, in date order, with what is only on one side', () => {
    const before = resultOf(base);
    const after = resultOf({ ...base, work: { status: 'working', startedOn: '2026-03-01', viaService: 'employment-transition' } });
    const d = diffResults(before, after);
    expect(
      d.timeline
        .filter((r) => r.before)
        .map((r) => r.step)
        .sort(),
    ).toEqual(before.timeline.map((e) => e.step).sort());
    expect(
      d.timeline
        .filter((r) => r.after)
        .map((r) => r.step)
        .sort(),
    ).toEqual(after.timeline.map((e) => e.step).sort());
    const dates = d.timeline.map((r) => (r.after ?? r.before)!.from);
    expect(dates).toEqual([...dates].sort());
    const window = d.timeline.find((r) => r.step === 'retention-window')!;
    expect([window.before, window.after?.from, window.changed]).toEqual([undefined, '2026-09-01', true]);
    // Visiting and comparing the possible services is only in the plan before the change (not working).
    const compare = d.timeline.find((r) => r.step === 'compare')!;
    expect([compare.before?.from, compare.after, compare.changed]).toEqual(['2027-01-22', undefined, true]);
  });

  it('another date moves the dates of the plan and the July review', () => {
    const d = diffResults(resultOf(base), resultOf({ ...base, asOf: '2027-08-01' }));
    expect([d.asOf.before, d.asOf.after, d.asOf.changed]).toEqual(['2026-11-22', '2027-08-01', true]);
    expect([d.copay.reviewOn.before, d.copay.reviewOn.after]).toEqual(['2027-07-01', '2028-07-01']);
    // The office is closed on both days (Sunday 2026-11-22; Sunday 2027-08-01): the first step starts on the next open day.
    expect(d.timeline.find((r) => r.step === 'consult')).toMatchObject({ before: { from: '2026-11-24' }, after: { from: '2027-08-02' }, changed: true });
  });

  it('moving a pay-only case into January–June: the cap becomes unknown and the July estimate appears [7.10]', () => {
    const pay: Partial<Case> = {
      age: 30,
      disability: { handbooks: [], designatedDisease: true },
      household: { publicAssistance: false, spouse: false, residentTax: 'unknown', income: { self: 1_000_000 } },
      residence: 'home',
    };
    const d = diffResults(resultOf({ ...pay, asOf: '2026-12-31' }), resultOf({ ...pay, asOf: '2027-01-01' }));
    expect([d.copay.monthlyCap.before, d.copay.monthlyCap.after]).toEqual([0, null]);
    expect([d.copay.fromJuly.before, d.copay.fromJuly.after?.on, d.copay.fromJuly.after?.category, d.copay.fromJuly.changed]).toEqual([
      null,
      '2027-07-01',
      'low-income',
      true,
    ]);
  });

  it('tells a step that occurs twice apart from its first occurrence', () => {
    const r = resultOf(base);
    const twice: Result = { ...r, timeline: [...r.timeline, { ...r.timeline[0]!, from: '2028-01-01', to: '2028-01-01' }] };
    const d = diffResults(r, twice);
    const first = r.timeline[0]!.step;
    expect(d.timeline.filter((x) => x.step === first).map((x) => [x.key, x.changed])).toEqual([
      [first, false],
      [`${first}#2`, true],
    ]);
  });

  it('marks a change of the possible caps when the cap stays unknown', () => {
    const r = resultOf(base);
    const g1 = { category: 'general-1', monthlyCap: 9300 } as const;
    const g2 = { category: 'general-2', monthlyCap: 37200 } as const;
    const a: Result = { ...r, copay: { ...r.copay, category: 'unknown', monthlyCap: null, candidates: ['general-1', 'general-2'], possibleCaps: [g1, g2] } };
    const b: Result = {
      ...r,
      copay: {
        ...r.copay,
        category: 'unknown',
        monthlyCap: null,
        candidates: ['low-income', 'general-1', 'general-2'],
        possibleCaps: [{ category: 'low-income', monthlyCap: 0 }, g1, g2],
      },
    };
    const d = diffResults(a, b);
    expect([d.copay.monthlyCap.changed, d.copay.possibleCaps.changed, d.copay.capDelta, d.copay.changed]).toEqual([false, true, null, true]);
  });
});

describe('changedFields', () => {
  const c = (over: Partial<Case>): Case => ({ format: 'shuro-check/case@1', ...base, ...over }) as Case;
  it.each([
    ['nothing', c({}), c({}), []],
    ['one answer', c({}), c({ residence: 'group-home' }), ['residence']],
    ['a nested answer added', c({}), c({ household: { ...TAXED, income: { spouse: 3_000_000 } } }), ['household.income.spouse']],
    ['an answer removed and one changed', c({}), c({ residence: undefined, age: 36 }), ['age', 'residence']],
    ['a list answer', c({}), c({ disability: { handbooks: ['mental', 'physical'] } }), ['disability.handbooks']],
    ['the date', c({}), c({ asOf: '2027-04-01' }), ['asOf']],
  ] as const)('%s', (_name, a, b, want) => {
    expect(changedFields(a, b).sort()).toEqual([...want].sort());
  });
});

describe('requirements that appear or vanish with the date', () => {
  // 2027-04-01: 就労選択支援 first for a new A型 user (type-a.choice-first, reference 1.8).
  const before = resultOf({ ...base, asOf: '2027-03-31' });
  const after = resultOf({ ...base, asOf: '2027-04-01' });

  it('across 2027-04-01, 就労選択支援 becomes required before A型 (and vanishes going back)', () => {
    expect(diffRequirements(before, after)).toEqual([{ first: 'employment-choice', service: 'continuation-a', before: false, after: true }]);
    expect(diffRequirements(after, before)).toEqual([{ first: 'employment-choice', service: 'continuation-a', before: true, after: false }]);
    expect(diffResults(before, after).requirements).toHaveLength(1);
  });

  it('lists the reasons whose wording (variant) or status changes, not those whose values only move', () => {
    const d = diffReasons(before, after);
    const aType = d.filter((r) => r.service === 'continuation-a');
    expect(aType).toHaveLength(1);
    expect([aType[0]!.before?.variant, aType[0]!.after?.variant]).toEqual(['later', 'now']);
    // 就労選択支援's own "required before" reason keeps its status: its list grows, shown as the requirement row.
    expect(d.every((r) => r.before && r.after)).toBe(true);
  });

  it('a date on the same side of the change adds no requirement', () => {
    const d = diffResults(resultOf({ ...base, asOf: '2027-04-01' }), resultOf({ ...base, asOf: '2027-08-01' }));
    expect([d.requirements, d.reasons]).toEqual([[], []]);
  });

  it('the same answers have no requirement or reason differences', () => {
    const d = diffResults(resultOf(base), resultOf(base));
    expect([d.requirements, d.reasons, d.changed]).toEqual([[], [], false]);
  });

  it('a reason only in one result is listed with the side it is on', () => {
    const r = resultOf(base);
    const s = r.services[0]!;
    const fewer: Result = { ...r, services: [{ ...s, reasons: s.reasons.slice(1) }, ...r.services.slice(1)] };
    expect(diffReasons(r, fewer)).toEqual([{ service: s.id, rule: s.reasons[0]!.rule, before: s.reasons[0] }]);
  });
});

describe('answerChanges: only what the person changed is theirs', () => {
  const c = (over: Partial<Case>): Case => ({ format: 'shuro-check/case@1', ...base, ...over }) as Case;
  const unknownTax = c({ household: { publicAssistance: false, spouse: false, residentTax: 'unknown', income: { self: 1_500_000, spouse: 0 } } });
  const exempt = c({ household: { publicAssistance: false, spouse: false, residentTax: 'exempt' } });

  it('moving the tax answer from "unknown" to a known status: the tax is the person\'s change, the pay is no longer used', () => {
    const edited = ['household.publicAssistance', 'household.spouse', 'household.residentTax'];
    expect(answerChanges(unknownTax, exempt, edited)).toEqual([
      { field: 'household.residentTax', before: 'unknown', after: 'exempt', by: 'user' },
      { field: 'household.income.self', before: 1_500_000, after: undefined, by: 'dropped' },
      { field: 'household.income.spouse', before: 0, after: undefined, by: 'dropped' },
    ]);
  });

  it('a value that moved with another answer (the age with the date) follows; an edited path covers the paths below it', () => {
    expect(answerChanges(c({ age: 35 }), c({ age: 36, asOf: '2027-08-01' }), ['asOf'])).toEqual([
      { field: 'age', before: 35, after: 36, by: 'follows' },
      { field: 'asOf', before: undefined, after: '2027-08-01', by: 'user' },
    ]);
    expect(answerChanges(unknownTax, c({ household: { ...unknownTax.household!, income: { self: 2_000_000, spouse: 0 } } }), ['household.income'])).toEqual([
      { field: 'household.income.self', before: 1_500_000, after: 2_000_000, by: 'user' },
    ]);
  });

  it('an edited field set to its old value is not a change', () => {
    expect(answerChanges(c({}), c({}), ['residence', 'age'])).toEqual([]);
  });
});
