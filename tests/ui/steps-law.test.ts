/**
 * The wizard's "is this question needed" predicates read the rule values (issue 11, item 6): a rule changed in
 * src/rules alone moves the questions with it. Each test adds a dated value to a rule record and takes it out
 * again; with ages written into the wizard, the questions would stay where they were.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Case } from '../../src/case/schema';
import { copay, transition, typeA, typeB, type Rule } from '../../src/rules';
import { activeSteps, guardianHousehold } from '../../src/wizard';
import * as wizardValues from '../../src/rules/wizard-values';

const TODAY = '2026-11-22';
const c = (x: Omit<Case, 'format'>): Case => ({ format: 'shuro-check/case@1', ...x });

/**
 * Puts `value` in force from `from` for this test only: in the rule record and in its generated, citation-free
 * copy the wizard reads (src/rules/wizard-values.ts, kept equal to the records by tests/rules/wizard-values.test.ts).
 */
const undo: (() => void)[] = [];
function amend<T>(r: Rule<T>, from: string, value: T): void {
  const copy = Object.values(wizardValues).find((w) => w.id === r.id);
  for (const values of [r.values, copy?.values].filter(Boolean) as Record<string, T | null>[]) {
    values[from] = value;
    undo.push(() => delete values[from]);
  }
}
afterEach(() => {
  for (const f of undo.splice(0)) f();
});

describe('predicates follow the rules', () => {
  it('B型 route age: at 47 the pension and experience questions go when the route opens at 45', () => {
    const d = c({ age: 47, work: { status: 'not-working', experience: true } });
    expect(activeSteps(d, TODAY)).toEqual(expect.arrayContaining(['pension', 'experience', 'hard-to-be-employed']));
    amend(typeB.typeBRoute, '2026-11-01', { age: 45, assessment: 'choice-provider' });
    const active = activeSteps(d, TODAY);
    for (const id of ['pension', 'experience', 'hard-to-be-employed']) expect(active).not.toContain(id);
  });

  it('the change is dated: before its effective date the old age still applies', () => {
    amend(typeB.typeBRoute, '2026-12-01', { age: 45, assessment: 'choice-provider' });
    expect(activeSteps(c({ age: 47 }), TODAY)).toContain('pension');
    expect(activeSteps(c({ age: 47 }), '2026-12-01')).not.toContain('pension');
  });

  it("the adult age of the copay household: a 19-year-old is in the guardian's household when it is 20", () => {
    const d = c({ age: 19, residence: 'home' });
    expect(guardianHousehold(d, TODAY)).toBe(false);
    amend(copay.copayHousehold, '2026-11-01', { adult: 20, facilityAdult: 20 });
    expect(guardianHousehold(d, TODAY)).toBe(true);
    expect(activeSteps(d, TODAY)).not.toContain('spouse');
  });

  it('the facility age of the copay household', () => {
    const d = c({ age: 20, residence: 'facility' });
    expect(guardianHousehold(d, TODAY)).toBe(false);
    amend(copay.copayHousehold, '2026-11-01', { adult: 18, facilityAdult: 21 });
    expect(guardianHousehold(d, TODAY)).toBe(true);
  });

  it('the over-65 age opens the question about services held before it, and the birth date the years before', () => {
    const d = c({ age: 63 });
    expect(activeSteps(d, TODAY)).not.toContain('granted-before-65');
    expect(activeSteps(c({ age: 58 }), TODAY)).not.toContain('birth-date');
    amend(transition.transitionOver65, '2026-11-01', { age: 63, continuousYears: 5 });
    amend(typeA.typeAOver65, '2026-11-01', { age: 63, continuousYears: 5 });
    expect(activeSteps(d, TODAY)).toContain('granted-before-65');
    expect(activeSteps(c({ age: 58 }), TODAY)).toContain('birth-date');
    expect(activeSteps(c({ age: 57 }), TODAY)).not.toContain('birth-date');
  });
});
