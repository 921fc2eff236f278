/** Working: the provider's first 6 months, applying for 就労定着支援, its window from month 6 to its end, なかぽつ after. */
import { describe, expect, it } from 'vitest';
import { only, planOf } from './helpers';

describe('就労定着支援 (asOf 2026-12-01, job started 2026-10-15)', () => {
  const via = (viaService: 'continuation-b' | 'employment-transition') => planOf({ work: { status: 'working', startedOn: '2026-10-15', viaService } });

  it("the first 6 months are the sending provider's: 2026-10-15 to 2027-04-15", () => {
    expect(only(via('continuation-b'), 'aftercare')).toMatchObject({ from: '2026-10-15', to: '2027-04-15', contact: 'provider', services: ['job-retention'] });
  });

  it("cites 移行's 6-month obligation [1.20] after 移行, and the 定着 window rule [5.3] otherwise", () => {
    expect(only(via('employment-transition'), 'aftercare').rule).toBe('transition.aftercare');
    expect(only(via('continuation-b'), 'aftercare').rule).toBe('retention.window');
  });

  it('applies at the municipality in the month before it opens: 2027-03-15 to 2027-04-15', () => {
    expect(only(via('continuation-b'), 'retention-apply')).toMatchObject({
      from: '2027-03-15',
      to: '2027-04-15',
      contact: 'municipality',
      services: ['job-retention'],
    });
  });

  it('the window runs from month 6 for 3 years (2027-04-15 to 2030-04-15), then なかぽつ', () => {
    const t = via('continuation-b');
    expect(only(t, 'retention-window')).toMatchObject({ from: '2027-04-15', to: '2030-04-15', kind: 'window' });
    expect(only(t, 'after-retention')).toMatchObject({ from: '2030-04-15', contact: 'nakapotsu' });
  });

  it('once the window is open and 定着 is not used yet, the application is now (2026-12-01 to 2026-12-15)', () => {
    const t = planOf({ work: { status: 'working', startedOn: '2026-03-01', viaService: 'employment-transition' } });
    expect(only(t, 'retention-apply')).toMatchObject({ from: '2026-12-01', to: '2026-12-15' });
  });

  it('without a start date: a consultation about 定着', () => {
    expect(only(planOf({ work: { status: 'working', viaService: 'continuation-b' } }), 'consult').services).toEqual(['job-retention']);
  });
});
