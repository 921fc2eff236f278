/** src/rules/wizard-values.ts is generated from the rule records: it cannot drift from them. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WIZARD_VALUES_PATH, renderWizardValues } from '../../scripts/wizard-values';
import * as generated from '../../src/rules/wizard-values';
import { copay, transition, typeA, typeB } from '../../src/rules';

describe('src/rules/wizard-values.ts', () => {
  it('is what scripts/wizard-values.ts renders from the rules (npm run rules:wizard-values)', () => {
    expect(readFileSync(WIZARD_VALUES_PATH, 'utf8') === renderWizardValues(), 'src/rules/wizard-values.ts is stale: run npm run rules:wizard-values').toBe(
      true,
    );
  });

  it('holds the same dated values as the rule records', () => {
    expect(generated.copayHousehold.values).toEqual(copay.copayHousehold.values);
    expect(generated.typeBRoute.values).toEqual(typeB.typeBRoute.values);
    expect(generated.transitionOver65.values).toEqual(transition.transitionOver65.values);
    expect(generated.typeAOver65.values).toEqual(typeA.typeAOver65.values);
  });
});
