/** On leave with depression (mental handbook), asOf 2026-12-01: リワーク支援 first, letters, 移行 only if the municipality agrees. */
import { describe, expect, it } from 'vitest';
import { only, planOf, steps } from './helpers';

const onLeave = {
  age: 38,
  disability: { handbooks: ['mental' as const], doctorConfirmed: true },
  work: { status: 'on-leave' as const, experience: true },
  history: { current: [], transitionMonthsUsed: 0 },
};

describe('on leave (休職中), asOf 2026-12-01', () => {
  const t = planOf(onLeave);

  it('starts at the 地域障害者職業センター about リワーク支援: 2026-12-01 to 2026-12-15', () => {
    expect(t[0]).toMatchObject({ step: 'rework', contact: 'vocational-center', from: '2026-12-01', to: '2026-12-15', rule: 'timeline.rework' });
    expect(t[0]!.questions).toEqual(['rework-use', 'rework-hard']);
  });

  it('then the municipality (2026-12-15 to 2027-01-04, across the year-end), asking whether it agrees', () => {
    expect(only(t, 'consult')).toMatchObject({ from: '2026-12-15', to: '2027-01-04', contact: 'municipality' });
    expect(only(t, 'consult').questions).toEqual(expect.arrayContaining(['in-work-use', 'municipality-agrees']));
  });

  it('asks the employer and the doctor for their letters (2027-01-04 to 2027-01-26)', () => {
    expect(only(t, 'return-to-work-letters')).toMatchObject({
      from: '2027-01-04',
      to: '2027-01-26',
      contact: 'employer-and-doctor',
      rule: 'timeline.return-to-work',
    });
    expect(only(t, 'return-to-work-letters').documents).toEqual(['employer-letter', 'leave-doctor-letter']);
  });

  it('applies for 移行 only where the municipality agrees, bringing the letters (2027-01-26 to 2027-02-02)', () => {
    const apply = only(t, 'apply-on-leave');
    expect(apply).toMatchObject({ from: '2027-01-26', to: '2027-02-02', services: ['employment-transition'] });
    expect(apply.documents).toEqual(expect.arrayContaining(['employer-letter', 'leave-doctor-letter', 'application-form']));
    expect(apply.questions).toContain('municipality-agrees');
  });

  it('is never told to apply for 移行, A型 and B型 side by side', () => {
    expect(t.some((e) => e.step === 'apply' || e.step === 'apply-chosen')).toBe(false);
    for (const e of t) expect(e.services).not.toContain('continuation-a');
    for (const e of t) expect(e.services).not.toContain('continuation-b');
  });

  it('orders リワーク支援, the municipality, the letters, then the application', () => {
    const s = steps(t);
    expect(s.indexOf('rework')).toBeLessThan(s.indexOf('consult'));
    expect(s.indexOf('consult')).toBeLessThan(s.indexOf('return-to-work-letters'));
    expect(s.indexOf('return-to-work-letters')).toBeLessThan(s.indexOf('apply-on-leave'));
    expect(only(t, 'decision')).toMatchObject({ from: '2027-02-09', to: '2027-04-02', services: ['employment-transition'] });
  });
});
