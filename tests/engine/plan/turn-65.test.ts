/** Near 65 (born 1962-03-10, asOf 2026-12-01): a step before the birthday, and the day before and the birthday. */
import { describe, expect, it } from 'vitest';
import { only, planOf } from './helpers';

describe('turning 65', () => {
  const t = planOf({ birthDate: '1962-03-10', age: undefined, disability: { handbooks: ['physical'] }, history: { current: ['continuation-a'] } });

  it('marks 2027-03-09 (the day before) to 2027-03-10 (the birthday) for 移行 and A型', () => {
    expect(only(t, 'turn-65')).toMatchObject({ from: '2027-03-09', to: '2027-03-10', kind: 'deadline', services: ['employment-transition', 'continuation-a'] });
  });

  it('asks the municipality beforehand, on office days up to 2027-03-08', () => {
    expect(only(t, 'before-65')).toMatchObject({ from: '2026-12-10', to: '2027-03-08', contact: 'municipality', questions: ['over-65'] });
  });

  it('says nothing about 65 for someone aged 40, nor after 65', () => {
    expect(planOf({ birthDate: '1986-03-10', age: undefined }).some((e) => e.step === 'turn-65' || e.step === 'before-65')).toBe(false);
    expect(planOf({ birthDate: '1960-03-10', age: undefined }).some((e) => e.step === 'turn-65' || e.step === 'before-65')).toBe(false);
  });
});
