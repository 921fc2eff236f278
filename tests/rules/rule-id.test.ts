/** Rule ids are a type derived from the rule records (issue 11, item 6): a misspelt id does not compile. */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { ALL_RULES, isRuleId, typeB, type RuleId } from '../../src/rules';

describe('RuleId', () => {
  it('is the union of the literal ids, not string', () => {
    expectTypeOf(typeB.typeBRoute.id).toEqualTypeOf<'type-b.route'>();
    expectTypeOf<'type-b.route'>().toExtend<RuleId>();
    expectTypeOf<'copay.estimate'>().toExtend<RuleId>();
    expectTypeOf<string>().not.toExtend<RuleId>();
    // @ts-expect-error: not a rule id (a typo), refused by the type checker
    const typo: RuleId = 'type-b.routes';
    expect(typo).toBe('type-b.routes');
  });

  it('isRuleId knows every rule and nothing else', () => {
    for (const r of ALL_RULES) expect(isRuleId(r.id)).toBe(true);
    expect(isRuleId('type-b.routes')).toBe(false);
  });
});
