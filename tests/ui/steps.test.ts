/** isActive: a question is asked only when its answer can change the result. */
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/case/schema';
import { activeSteps } from '../../src/wizard';
import { QUESTIONS } from '../../src/wizard/questions';
import { TODAY } from './harness';

const c = (x: Omit<Case, 'format'>): Case => ({ format: 'shuro-check/case@1', ...x });

describe('which questions are asked', () => {
  it.each<[string, Case, string[], string[]]>([
    ['a 30-year-old is not asked the 65+ question or the birth date', c({ age: 30 }), ['pension'], ['granted-before-65', 'birth-date']],
    ['a 62-year-old is offered the birth date but not the 65+ question', c({ age: 62 }), ['birth-date'], ['granted-before-65']],
    ['a 67-year-old is asked about services held before 65', c({ age: 67 }), ['birth-date', 'granted-before-65'], []],
    ['a birth date that makes the person 65 today opens the 65+ question', c({ age: 64, birthDate: '1961-11-22' }), ['granted-before-65'], []],
    [
      '65+ with a decision before 65 for A型: the 5 years before are asked too',
      c({ age: 66, history: { grantedBefore65: ['continuation-a'] } }),
      ['continuous-before-65'],
      [],
    ],
    [
      '65+ not sure about decisions before 65: the 5 years are still asked (a "no" settles it)',
      c({ age: 66 }),
      ['granted-before-65', 'continuous-before-65'],
      [],
    ],
    ['65+ with no decision before 65: the 5 years cannot help, not asked', c({ age: 66, history: { grantedBefore65: [] } }), [], ['continuous-before-65']],
    ['under 65: the 5 years before 65 are not asked', c({ age: 64, history: { grantedBefore65: ['continuation-a'] } }), [], ['continuous-before-65']],
    ['assessed: who did the assessment is asked', c({ age: 30, history: { assessed: true } }), ['assessed-by'], []],
    ['not assessed, or not sure: who did it is not asked', c({ age: 30, history: { assessed: false } }), [], ['assessed-by']],
    ['assessment not answered: who did it is not asked', c({ age: 30 }), [], ['assessed-by']],
    ['from 50 the 障害基礎年金1級 question is skipped (B型 is open by age)', c({ age: 50 }), [], ['pension', 'experience', 'hard-to-be-employed']],
    [
      'no start date or previous service unless working',
      c({ age: 30, work: { status: 'not-working' } }),
      ['experience'],
      ['started-on', 'via-service', 'final-year'],
    ],
    [
      'a worker is asked the start date and the service before the job',
      c({ age: 30, work: { status: 'working' } }),
      ['started-on', 'via-service'],
      ['experience', 'final-year'],
    ],
    ['someone on leave is asked the start date too', c({ age: 30, work: { status: 'on-leave' } }), ['started-on', 'via-service'], ['final-year']],
    ['the final-year question only for students', c({ age: 20, work: { status: 'student' } }), ['final-year'], ['started-on']],
    ['hardToBeEmployed only with work experience', c({ age: 40, work: { status: 'not-working', experience: false } }), [], ['hard-to-be-employed']],
    ['hardToBeEmployed with work experience under 50', c({ age: 40, work: { status: 'not-working', experience: true } }), ['hard-to-be-employed'], []],
    ['no hardToBeEmployed at 50+ even with experience', c({ age: 55, work: { status: 'not-working', experience: true } }), [], ['hard-to-be-employed']],
    [
      'with a handbook, none of the other disability questions',
      c({ age: 30, disability: { handbooks: ['mental'] } }),
      [],
      ['certificate', 'designated-disease', 'doctor'],
    ],
    ['without a handbook, the certificate question', c({ age: 30, disability: { handbooks: [] } }), ['certificate', 'designated-disease', 'doctor'], []],
    ['handbook not known: the other routes are still asked', c({ age: 30 }), ['certificate', 'designated-disease', 'doctor'], []],
    [
      'with the certificate, no disease or doctor question',
      c({ age: 30, disability: { handbooks: [], mentalOutpatientCertificate: true } }),
      [],
      ['designated-disease', 'doctor'],
    ],
    ['pay questions only when the tax status is unknown', c({ age: 30, household: { residentTax: 'exempt' } }), [], ['income-self', 'income-spouse']],
    [
      'tax unknown: own pay, and the spouse pay only with a spouse',
      c({ age: 30, household: { spouse: false, residentTax: 'unknown' } }),
      ['income-self'],
      ['income-spouse'],
    ],
    [
      'tax unknown with a spouse: both pay questions',
      c({ age: 30, household: { spouse: true, residentTax: 'unknown' } }),
      ['income-self', 'income-spouse'],
      [],
    ],
    [
      'public assistance: no spouse, tax or pay questions',
      c({ age: 30, household: { publicAssistance: true } }),
      [],
      ['spouse', 'resident-tax', 'income-self'],
    ],
    [
      "under 18 the household is the guardian's: no spouse or own-pay questions",
      c({ age: 16, household: { residentTax: 'unknown' } }),
      ['resident-tax'],
      ['spouse', 'income-self'],
    ],
    ["19 in a facility: still the guardian's household", c({ age: 19, residence: 'facility' }), ['resident-tax'], ['spouse']],
    ['19 at home: own household', c({ age: 19, residence: 'home' }), ['spouse', 'resident-tax'], []],
  ])('%s', (_title, draft, asked, notAsked) => {
    const active = activeSteps(draft, TODAY);
    for (const id of asked) expect(active, `${id} should be asked`).toContain(id);
    for (const id of notAsked) expect(active, `${id} should not be asked`).not.toContain(id);
  });

  it('every question has a unique id and field', () => {
    expect(new Set(QUESTIONS.map((q) => q.id)).size).toBe(QUESTIONS.length);
    expect(new Set(QUESTIONS.map((q) => q.field)).size).toBe(QUESTIONS.length);
  });

  it('every yes/no question offers "I don\'t know"', () => {
    const yesNo = QUESTIONS.filter((q) => q.kind === 'radio' && q.options.some((o) => o.value === true));
    expect(yesNo.length).toBeGreaterThan(8);
    for (const q of yesNo) expect(q.kind === 'radio' && q.dontKnow, q.id).toBe(true);
  });
});
