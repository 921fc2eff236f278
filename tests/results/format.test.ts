/** The views pick a reason's wording from Reason.variant (set by the engine), not from rule ids or params. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Reason } from '../../src/case/schema';
import { reasonText } from '../../src/results/format';
import { useLanguage } from './support';

const base: Reason = { rule: 'transition.work', status: 'ask', source: '', sources: [], refs: [], confidence: 'medium' };

describe('reasonText', () => {
  beforeAll(() => useLanguage('en'));

  it('uses the variant the engine named', () => {
    expect(reasonText({ ...base, variant: 'on-leave' }, '2026-11-22')).toMatch(/on leave from work/);
  });

  it('reads no variant out of the params: without one it is the plain text', () => {
    expect(reasonText({ ...base, params: { status: 'on-leave' } }, '2026-11-22')).toMatch(/^People who are working or on leave/);
  });

  it('composes the disability basis from the params present, for any rule', () => {
    const r: Reason = { ...base, rule: 'disability.basis', status: 'met', params: { handbooks: 'mental', certificate: false, disease: false } };
    expect(reasonText(r, '2026-11-22')).not.toMatch(/\{\{basis\}\}/);
    expect(reasonText(r, '2026-11-22')).toMatch(/^The person has \S/);
  });
});
