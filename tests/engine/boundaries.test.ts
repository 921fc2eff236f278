/**
 * Cases of our own on both sides of every age boundary and effective date, table-driven.
 * Each row is a sentence with a date, so a failure reads as the rule it breaks.
 */
import { describe, expect, it } from 'vitest';
import type { Case } from '../../src/case/schema';
import { evaluate, CoverageError } from '../../src/engine';
import { baseCase, mismatches, verdicts, type Expectation } from '../support/cases';

type Row = [title: string, c: Case, e: Expectation];

const at = (asOf: string, over: Partial<Case> = {}) => baseCase({ asOf, ...over });
const age = (n: number, over: Partial<Case> = {}) => baseCase({ age: n, ...over });
const noRoute = { work: { status: 'not-working' as const, experience: true, hardToBeEmployed: false }, pensionGrade1: false, history: { assessed: false } };

const AGE_ROWS: Row[] = [
  [
    '14-year-old (2026-11-22): too young for every service but 就労定着支援',
    age(14),
    { services: { 'employment-transition': 'unlikely', 'continuation-a': 'unlikely', 'continuation-b': 'unlikely', 'employment-choice': 'unlikely' } },
  ],
  [
    '15-year-old (2026-11-22): only through the 児童相談所長 route or 高等部, so the municipality decides',
    age(15),
    { services: { 'employment-transition': 'possible', 'continuation-a': 'possible', 'continuation-b': 'possible', 'employment-choice': 'possible' } },
  ],
  [
    '17-year-old (2026-11-22): still the youth route',
    age(17),
    { services: { 'employment-transition': 'possible', 'continuation-a': 'possible', 'employment-choice': 'possible' } },
  ],
  [
    '18-year-old (2026-11-22): adult services open',
    age(18, noRoute),
    { services: { 'employment-transition': 'likely', 'continuation-a': 'likely', 'continuation-b': 'possible', 'employment-choice': 'likely' } },
  ],
  [
    '49-year-old without another B型 route (2026-11-22): B型 needs the 就労選択支援 assessment',
    age(49, noRoute),
    { services: { 'continuation-b': 'possible' } },
  ],
  ['50-year-old (2026-11-22): B型 opens through the age-50 route', age(50, noRoute), { services: { 'continuation-b': 'likely' } }],
  [
    '64-year-old (2026-11-22): 移行 and A型 open',
    age(64),
    { services: { 'employment-transition': 'likely', 'continuation-a': 'likely', 'employment-choice': 'likely' } },
  ],
  [
    '65-year-old, no earlier decisions (2026-11-22): 移行 and A型 closed, B型 open',
    age(65, { history: { grantedBefore65: [] } }),
    { services: { 'employment-transition': 'unlikely', 'continuation-a': 'unlikely', 'continuation-b': 'likely', 'employment-choice': 'possible' } },
  ],
  [
    '65-year-old who held a 移行 decision before 65 and decisions for the 5 years before (2026-11-22): 移行 continues',
    age(65, { history: { grantedBefore65: ['employment-transition'], continuousBefore65: true } }),
    { services: { 'employment-transition': 'likely', 'continuation-a': 'unlikely' } },
  ],
  [
    '65-year-old who held a 移行 decision before 65, the 5 years before not answered (2026-11-22): possible, ask [1.10(a)]',
    age(65, { history: { grantedBefore65: ['employment-transition'] } }),
    { services: { 'employment-transition': 'possible', 'continuation-a': 'unlikely' } },
  ],
  [
    '65-year-old who held a 移行 decision before 65 but not for the 5 years before (2026-11-22): unlikely [1.10(a)]',
    age(65, { history: { grantedBefore65: ['employment-transition'], continuousBefore65: false } }),
    { services: { 'employment-transition': 'unlikely', 'continuation-b': 'likely' } },
  ],
  [
    '66-year-old who held an A型 decision before 65 and decisions for the 5 years before (2026-11-22): A型 continues [2.2]',
    age(66, { history: { grantedBefore65: ['continuation-a'], continuousBefore65: true } }),
    { services: { 'continuation-a': 'likely', 'employment-transition': 'unlikely' } },
  ],
  [
    '66-year-old who held an A型 decision before 65, the 5 years before not answered (2026-11-22): possible, ask [2.2]',
    age(66, { history: { grantedBefore65: ['continuation-a'] } }),
    { services: { 'continuation-a': 'possible' } },
  ],
  [
    '66-year-old who held an A型 decision before 65 but not for the 5 years before (2026-11-22): unlikely [2.2]',
    age(66, { history: { grantedBefore65: ['continuation-a'], continuousBefore65: false } }),
    { services: { 'continuation-a': 'unlikely' } },
  ],
  [
    '64-year-old who has not held decisions for 5 years (2026-11-22): the 65+ rule does not apply yet',
    age(64, { history: { continuousBefore65: false } }),
    { services: { 'employment-transition': 'likely', 'continuation-a': 'likely' } },
  ],
  [
    '65-year-old, earlier decisions not answered (2026-11-22): possible, never unlikely',
    age(65),
    { services: { 'employment-transition': 'possible', 'continuation-a': 'possible' } },
  ],
];

const DATE_ROWS: Row[] = [
  ['2025-09-30: 就労選択支援 does not exist yet', at('2025-09-30'), { services: { 'employment-choice': 'unlikely' } }],
  ['2025-10-01: 就労選択支援 starts', at('2025-10-01'), { services: { 'employment-choice': 'likely' } }],
  [
    '2025-09-30: an assessed person starts B型 (就労アセスメント)',
    at('2025-09-30', { history: { assessed: true } }),
    { services: { 'continuation-b': 'likely' } },
  ],
  [
    '2025-09-30: a 就労アセスメント by a 就労移行支援 provider opens B型',
    at('2025-09-30', { ...noRoute, history: { assessed: true, assessedBy: 'transition-provider' } }),
    { services: { 'continuation-b': 'likely' } },
  ],
  [
    '2025-10-01: a person assessed by a 就労選択支援 provider starts B型',
    at('2025-10-01', { ...noRoute, history: { assessed: true, assessedBy: 'choice-provider' } }),
    { services: { 'continuation-b': 'likely' } },
  ],
  [
    '2025-10-01: an older 就労アセスメント counts only under the transitional exceptions, so ask [3.3]',
    at('2025-10-01', { ...noRoute, history: { assessed: true, assessedBy: 'transition-provider' } }),
    { services: { 'continuation-b': 'possible' } },
  ],
  [
    '2025-10-01: assessed, by whom not answered: possible, never likely [3.2]',
    at('2025-10-01', { ...noRoute, history: { assessed: true } }),
    { services: { 'continuation-b': 'possible' } },
  ],
  [
    '2025-09-30: assessed, by whom not answered: before the change only 就労アセスメント existed, so it counts',
    at('2025-09-30', { ...noRoute, history: { assessed: true } }),
    { services: { 'continuation-b': 'likely' } },
  ],
  ['2027-03-31: a new A型 user does not yet need 就労選択支援, still likely', at('2027-03-31'), { services: { 'continuation-a': 'likely' } }],
  [
    '2027-04-01: a new A型 user needs 就労選択支援 first, which is a step, not a reason for unlikely',
    at('2027-04-01'),
    { services: { 'continuation-a': 'likely' } },
  ],
  ['2024-04-01: the first covered date evaluates', at('2024-04-01'), { services: { 'employment-transition': 'likely' } }],
  ['2028-03-31: the last covered date evaluates', at('2028-03-31'), { services: { 'employment-transition': 'likely' } }],
];

const RULE_ROWS: Row[] = [
  [
    'no handbook, no certificate, no listed disease, no doctor (2026-11-22): unlikely everywhere',
    baseCase({ disability: { handbooks: [], mentalOutpatientCertificate: false, designatedDisease: false, doctorConfirmed: false } }),
    { services: { 'employment-transition': 'unlikely', 'continuation-a': 'unlikely', 'continuation-b': 'unlikely', 'employment-choice': 'unlikely' } },
  ],
  [
    'disability questions not answered (2026-11-22): possible, not unlikely',
    baseCase({ disability: undefined }),
    { services: { 'employment-transition': 'possible', 'continuation-a': 'possible' } },
  ],
  [
    'designated disease without a handbook (2026-11-22): the basis is met',
    baseCase({ disability: { handbooks: [], designatedDisease: true } }),
    { services: { 'employment-transition': 'likely' } },
  ],
  [
    'mental outpatient certificate only (2026-11-22): the basis is met',
    baseCase({ disability: { handbooks: [], mentalOutpatientCertificate: true } }),
    { services: { 'employment-transition': 'likely' } },
  ],
  [
    'student not in the final year (2026-11-22): 移行 unlikely, A型/B型 ask',
    baseCase({ work: { status: 'student', finalYear: false } }),
    { services: { 'employment-transition': 'unlikely', 'continuation-a': 'possible' } },
  ],
  [
    'student in the final year (2026-11-22): 移行 possible on three conditions',
    baseCase({ work: { status: 'student', finalYear: true } }),
    { services: { 'employment-transition': 'possible' } },
  ],
  [
    'on leave (2026-11-22): return-to-work route, the municipality decides',
    baseCase({ work: { status: 'on-leave', experience: true } }),
    { services: { 'employment-transition': 'possible', 'continuation-a': 'possible', 'job-retention': 'possible' } },
  ],
  [
    '23 months of 移行 used, using it now (2026-11-22): within the standard period',
    baseCase({ history: { transitionMonthsUsed: 23, current: ['employment-transition'] } }),
    { services: { 'employment-transition': 'likely' } },
  ],
  [
    '24 months used (2026-11-22): only by a municipal extension',
    baseCase({ history: { transitionMonthsUsed: 24, current: ['employment-transition'] } }),
    { services: { 'employment-transition': 'possible' } },
  ],
  [
    '35 months used (2026-11-22): still within the extension',
    baseCase({ history: { transitionMonthsUsed: 35, current: ['employment-transition'] } }),
    { services: { 'employment-transition': 'possible' } },
  ],
  [
    '36 months used (2026-11-22): standard period and extension spent',
    baseCase({ history: { transitionMonthsUsed: 36 } }),
    { services: { 'employment-transition': 'unlikely' } },
  ],
  [
    "10 months used earlier, not using it now (2026-11-22): re-use is the municipality's decision",
    baseCase({ history: { transitionMonthsUsed: 10, current: [] } }),
    { services: { 'employment-transition': 'possible' } },
  ],
  [
    'working two months after B型 (2026-11-22): retention likely, opens 2027-03-22',
    baseCase({ work: { status: 'working', startedOn: '2026-09-22', viaService: 'continuation-b' } }),
    { services: { 'job-retention': 'likely' }, timelineDates: ['2027-03-22', '2030-03-22'] },
  ],
  [
    'working since 2022-01-01 (2026-11-22): beyond 3½ years, ask the municipality',
    baseCase({ work: { status: 'working', startedOn: '2022-01-01', viaService: 'employment-transition' } }),
    { services: { 'job-retention': 'possible' } },
  ],
  [
    'working without having used a welfare service (2026-11-22): retention unlikely',
    baseCase({ work: { status: 'working', startedOn: '2026-01-01', viaService: 'none' } }),
    { services: { 'job-retention': 'unlikely' } },
  ],
  [
    'working, route not answered (2026-11-22): retention possible',
    baseCase({ work: { status: 'working', startedOn: '2026-01-01' } }),
    { services: { 'job-retention': 'possible' } },
  ],
  [
    'B型 user renewing, 30 (2026-11-22): renewal is met',
    baseCase({ ...noRoute, history: { current: ['continuation-b'] } }),
    { services: { 'continuation-b': 'likely' } },
  ],
  ['障害基礎年金1級, 30 (2026-11-22): B型 route (c)', baseCase({ ...noRoute, pensionGrade1: true }), { services: { 'continuation-b': 'likely' } }],
  [
    'work experience and hard to be employed, 30 (2026-11-22): B型 route (a)',
    baseCase({ work: { status: 'not-working', experience: true, hardToBeEmployed: true } }),
    { services: { 'continuation-b': 'likely' } },
  ],
];

const COPAY_ROWS: Row[] = [
  [
    '生活保護 (2026-11-22): 0 yen',
    baseCase({ household: { publicAssistance: true, residentTax: 'taxed-160k-or-more' } }),
    { copay: { category: 'public-assistance', monthlyCap: 0 } },
  ],
  ['非課税 (2026-11-22): 0 yen', baseCase(), { copay: { category: 'low-income', monthlyCap: 0 } }],
  [
    '課税 under 160,000 at home (2026-11-22): 9,300',
    baseCase({ household: { residentTax: 'taxed-under-160k' } }),
    { copay: { category: 'general-1', monthlyCap: 9300 } },
  ],
  [
    '課税 under 160,000 in a group home (2026-11-22): 37,200',
    baseCase({ household: { residentTax: 'taxed-under-160k' }, residence: 'group-home' }),
    { copay: { category: 'general-2', monthlyCap: 37200 } },
  ],
  [
    '課税 under 160,000 in a facility at 19 (2026-11-22): the guardian household, 9,300',
    baseCase({ age: 19, household: { residentTax: 'taxed-under-160k' }, residence: 'facility' }),
    { copay: { category: 'general-1', monthlyCap: 9300 } },
  ],
  [
    '課税 160,000 or more in a facility at 19 (2026-11-22): the 280,000 line decides, unknown',
    baseCase({ age: 19, household: { residentTax: 'taxed-160k-or-more' }, residence: 'facility' }),
    { copay: { category: 'unknown', monthlyCap: null } },
  ],
  [
    '課税 under 160,000 at 17 (2026-11-22): the adult table does not apply, unknown',
    baseCase({ age: 17, household: { residentTax: 'taxed-under-160k' } }),
    { copay: { category: 'unknown', monthlyCap: null } },
  ],
  [
    '課税 160,000 or more at 16 (2026-11-22): unknown',
    baseCase({ age: 16, household: { residentTax: 'taxed-160k-or-more' } }),
    { copay: { category: 'unknown', monthlyCap: null } },
  ],
  ['非課税 at 17 (2026-11-22): 0 yen on both tables', baseCase({ age: 17 }), { copay: { category: 'low-income', monthlyCap: 0 } }],
  [
    '生活保護 at 16 (2026-11-22): 0 yen',
    baseCase({ age: 16, household: { publicAssistance: true } }),
    { copay: { category: 'public-assistance', monthlyCap: 0 } },
  ],
  [
    '課税 under 160,000 at 18 at home (2026-11-22): the adult table, 9,300',
    baseCase({ age: 18, household: { residentTax: 'taxed-under-160k' } }),
    { copay: { category: 'general-1', monthlyCap: 9300 } },
  ],
  [
    '課税 under 160,000 in a facility at 20 (2026-11-22): 37,200',
    baseCase({ age: 20, household: { residentTax: 'taxed-under-160k' }, residence: 'facility' }),
    { copay: { category: 'general-2', monthlyCap: 37200 } },
  ],
  [
    '課税 160,000 or more (2026-11-22): 37,200',
    baseCase({ household: { residentTax: 'taxed-160k-or-more' } }),
    { copay: { category: 'general-2', monthlyCap: 37200 } },
  ],
  [
    'tax status unknown, no pay given (2026-11-22): unknown, no cap',
    baseCase({ household: { residentTax: 'unknown' } }),
    { copay: { category: 'unknown', monthlyCap: null } },
  ],
  [
    'handbook holder paid 2,043,999 yen (2026-11-22): not taxed, 0 yen (estimate)',
    baseCase({ household: { spouse: false, residentTax: 'unknown', income: { self: 2_043_999 } } }),
    { copay: { category: 'low-income', monthlyCap: 0 } },
  ],
  [
    'handbook holder paid 2,044,000 yen at home (2026-11-22): taxed, 9,300 (estimate)',
    baseCase({ household: { spouse: false, residentTax: 'unknown', income: { self: 2_044_000 } } }),
    { copay: { category: 'general-1', monthlyCap: 9300 } },
  ],
  [
    'no handbook, paid 1,050,000 yen (2026-11-22, FY2026 lines): depends on the city, unknown',
    baseCase({ disability: { handbooks: [], designatedDisease: true }, household: { spouse: false, residentTax: 'unknown', income: { self: 1_050_000 } } }),
    { copay: { category: 'unknown', monthlyCap: null } },
  ],
  [
    'no handbook, paid 1,050,000 yen (2025-11-22, FY2025 lines): taxed, 9,300',
    at('2025-11-22', {
      disability: { handbooks: [], designatedDisease: true },
      household: { spouse: false, residentTax: 'unknown', income: { self: 1_050_000 } },
    }),
    { copay: { category: 'general-1', monthlyCap: 9300 } },
  ],
  [
    'single earner paid 5,400,000 yen (2026-11-22): near the 160,000 line, unknown',
    baseCase({ household: { spouse: false, residentTax: 'unknown', income: { self: 5_400_000 } } }),
    { copay: { category: 'unknown', monthlyCap: null } },
  ],
  [
    'single earner paid 9,000,000 yen (2026-11-22): well above the line, 37,200',
    baseCase({ household: { spouse: false, residentTax: 'unknown', income: { self: 9_000_000 } } }),
    { copay: { category: 'general-2', monthlyCap: 37200 } },
  ],
  [
    'spouse paid 3,000,000 yen, person 0 (2026-11-22): taxed household, 9,300',
    baseCase({ household: { spouse: true, residentTax: 'unknown', income: { self: 0, spouse: 3_000_000 } } }),
    { copay: { category: 'general-1', monthlyCap: 9300 } },
  ],
];

describe.each([
  ['age boundaries', AGE_ROWS],
  ['effective dates', DATE_ROWS],
  ['service rules', RULE_ROWS],
  ['copay', COPAY_ROWS],
])('%s', (_group, rows) => {
  it.each(rows)('%s', (_title, c, e) => {
    const r = evaluate(c, { asOf: c.asOf! });
    expect(mismatches(r, e), JSON.stringify(verdicts(r))).toEqual([]);
  });
});

describe('dated details', () => {
  it('refuses a date before 2024-04-01 and after 2028-03-31 rather than guess', () => {
    expect(() => evaluate(at('2024-03-31'), { asOf: '2024-03-31' })).toThrow(CoverageError);
    expect(() => evaluate(at('2028-04-01'), { asOf: '2028-04-01' })).toThrow(CoverageError);
  });

  it('uses the rules in force on asOf for the B型 assessment route (2025-09-30 vs 2025-10-01)', () => {
    const route = (asOf: string) =>
      evaluate(at(asOf, noRoute), { asOf })
        .services.find((s) => s.id === 'continuation-b')!
        .reasons.find((r) => r.rule === 'type-b.route')!;
    expect(route('2025-09-30').params?.assessment).toBe('transition-provider');
    expect(route('2025-10-01').params?.assessment).toBe('choice-provider');
  });

  it('marks 就労選択支援 as required before a new A型 only from 2027-04-01', () => {
    const req = (asOf: string) => evaluate(at(asOf), { asOf }).services.find((s) => s.id === 'employment-choice')!.requiredBefore ?? [];
    expect(req('2027-03-31')).not.toContain('continuation-a');
    expect(req('2027-04-01')).toContain('continuation-a');
    const reqFor = (history: Case['history']) => evaluate(at('2027-04-01', { history }), { asOf: '2027-04-01' }).services[0]!.requiredBefore ?? [];
    expect(reqFor({ assessed: true, assessedBy: 'choice-provider' })).not.toContain('continuation-a');
    // Only a 就労選択支援 assessment stands in for it [2.5]; one of unknown kind is not assumed to.
    expect(reqFor({ assessed: true, assessedBy: 'transition-provider' })).toContain('continuation-a');
    expect(reqFor({ assessed: true })).toContain('continuation-a');
  });

  it('requires 就労選択支援 before B型 for someone on no other route, and puts it on the timeline first', () => {
    const r = evaluate(at('2026-11-22', noRoute), { asOf: '2026-11-22' });
    expect(r.services.find((s) => s.id === 'employment-choice')!.requiredBefore).toContain('continuation-b');
    // One application for the service chosen after comparing, and it comes after 就労選択支援 (a dependency).
    const applies = r.timeline.filter((t) => t.step === 'apply' || t.step === 'apply-chosen');
    expect(applies).toHaveLength(1);
    const applyB = applies[0]!;
    expect(applyB.services).toContain('continuation-b');
    const choiceUse = r.timeline.find((t) => t.step === 'choice-use')!;
    expect(choiceUse.services).toContain('continuation-b');
    expect(applyB.from > choiceUse.from).toBe(true);
    expect(r.timeline.filter((t) => t.step === 'job-search')[0]!.from).toBe(
      r.timeline.find((t) => t.step === 'decision' && t.services.includes('employment-transition'))!.from,
    );
  });

  it('keeps 就労定着支援 open when the route into the job is unanswered and every basis question is "no" (found by the property test)', () => {
    const c = baseCase({
      disability: { handbooks: [], mentalOutpatientCertificate: false, designatedDisease: false, doctorConfirmed: false },
      work: { status: 'working', startedOn: '2026-01-01' },
    });
    const r = evaluate(c, { asOf: '2026-11-22' }).services.find((s) => s.id === 'job-retention')!;
    expect(r.verdict).toBe('possible');
    expect(r.changes).toContain('field:work.viaService');
    const none = evaluate(baseCase({ ...c, work: { ...c.work, viaService: 'none' } }), { asOf: '2026-11-22' }).services.find((s) => s.id === 'job-retention')!;
    expect(none.verdict).toBe('unlikely');
  });

  it('cites the A型 rule for an A型-only provisional decision, and keeps a 65+ A型 user out of the new-applicant steps', () => {
    // In 就労移行支援 now: A型 is the one new service with a provisional decision.
    const onlyA = evaluate(at('2026-11-22', { history: { transitionMonthsUsed: 6, current: ['employment-transition'] } }), { asOf: '2026-11-22' });
    expect(onlyA.timeline.find((t) => t.step === 'provisional')).toMatchObject({ services: ['continuation-a'], rule: 'type-a.provisional' });
    const senior = evaluate(baseCase({ age: 66, history: { grantedBefore65: ['continuation-a'] } }), { asOf: '2026-11-22' });
    expect(senior.timeline.some((t) => t.step === 'apply' && t.services.includes('continuation-a'))).toBe(false);
    expect(senior.timeline.some((t) => t.step === 'choice-rule-2027')).toBe(false);
  });

  it('puts the day before and the 65th birthday on the timeline (born 1962-03-10, asOf 2026-11-22)', () => {
    const c = baseCase({ age: undefined, birthDate: '1962-03-10' });
    const r = evaluate(c, { asOf: '2026-11-22' });
    expect(r.age).toBe(64);
    expect(r.timeline.find((t) => t.step === 'turn-65')).toMatchObject({ from: '2027-03-09', to: '2027-03-10' });
  });

  it('dates a 29 February 65th birthday on 1 March, the day before being 28 February', () => {
    const r = evaluate(baseCase({ age: undefined, birthDate: '1964-02-29', asOf: '2028-11-22' }), { asOf: '2028-03-01' });
    expect(r.age).toBe(64);
    expect(r.timeline.find((t) => t.step === 'turn-65')).toMatchObject({ from: '2029-02-28', to: '2029-03-01' });
  });

  it('derives the age from the birth date on the day before and on the 65th birthday', () => {
    const c = baseCase({ age: undefined, birthDate: '1961-11-22', history: { grantedBefore65: [] } });
    expect(evaluate(c, { asOf: '2026-11-21' }).age).toBe(64);
    expect(verdicts(evaluate(c, { asOf: '2026-11-21' }))['employment-transition']).toBe('likely');
    expect(evaluate(c, { asOf: '2026-11-22' }).age).toBe(65);
    expect(verdicts(evaluate(c, { asOf: '2026-11-22' }))['employment-transition']).toBe('unlikely');
  });

  it('schedules the July copay review after asOf (2026-06-30 → 2026-07-01; 2026-07-01 → 2027-07-01)', () => {
    expect(evaluate(at('2026-06-30'), { asOf: '2026-06-30' }).copay.reviewOn).toBe('2026-07-01');
    expect(evaluate(at('2026-07-01'), { asOf: '2026-07-01' }).copay.reviewOn).toBe('2027-07-01');
    const r = evaluate(at('2026-11-22'), { asOf: '2026-11-22' });
    expect(r.timeline.some((t) => t.step === 'copay-review' && t.from === '2027-07-01')).toBe(true);
  });

  it('dates the end of the 24-month period for someone 10 months in (2026-11-22 → 2028-01-22)', () => {
    const r = evaluate(baseCase({ history: { transitionMonthsUsed: 10, current: ['employment-transition'] } }), { asOf: '2026-11-22' });
    expect(r.timeline.find((t) => t.step === 'transition-period-end')).toMatchObject({ from: '2028-01-22', estimated: false });
  });

  it('labels a category estimated from pay as an estimate, and a known tax status as not', () => {
    expect(
      evaluate(baseCase({ household: { spouse: false, residentTax: 'unknown', income: { self: 1_000_000 } } }), { asOf: '2026-11-22' }).copay.estimated,
    ).toBe(true);
    expect(evaluate(baseCase(), { asOf: '2026-11-22' }).copay.estimated).toBe(false);
  });

  it('shows both candidate categories when the estimate lands near a boundary', () => {
    const r = evaluate(baseCase({ household: { spouse: false, residentTax: 'unknown', income: { self: 5_400_000 } } }), { asOf: '2026-11-22' });
    expect(r.copay.candidates).toEqual(['general-1', 'general-2']);
  });

  it('uses the guardian household under 18 and for 18–19 in a facility, the person and spouse otherwise', () => {
    expect(evaluate(baseCase({ age: 17 }), { asOf: '2026-11-22' }).copay.household).toBe('guardian');
    expect(evaluate(baseCase({ age: 19, residence: 'facility' }), { asOf: '2026-11-22' }).copay.household).toBe('guardian');
    expect(evaluate(baseCase({ age: 19, residence: 'home' }), { asOf: '2026-11-22' }).copay.household).toBe('self-and-spouse');
  });

  it('asks the municipality about a taxed guardian household instead of using the adult caps [7.9]', () => {
    const child = evaluate(baseCase({ age: 17, household: { residentTax: 'taxed-under-160k' } }), { asOf: '2026-11-22' }).copay;
    expect(child.possibleCaps).toEqual([]);
    expect(child.reasons.find((x) => x.rule === 'copay.guardian-caps')).toMatchObject({ status: 'ask', params: { group: 'child', line: 280000, cap: 4600 } });
    const facility = evaluate(baseCase({ age: 19, residence: 'facility', household: { residentTax: 'taxed-160k-or-more' } }), { asOf: '2026-11-22' }).copay;
    expect(facility.possibleCaps).toEqual([
      { category: 'general-1', monthlyCap: 9300 },
      { category: 'general-2', monthlyCap: 37200 },
    ]);
    expect(facility.reasons.find((x) => x.rule === 'copay.guardian-caps')).toMatchObject({ status: 'ask', params: { group: 'facility', cap: 9300 } });
    // The over-20 facility rule is not claimed for a 19-year-old.
    expect(facility.reasons.some((x) => x.rule === 'copay.residence')).toBe(false);
    const adult = evaluate(baseCase({ age: 18, household: { residentTax: 'taxed-under-160k' } }), { asOf: '2026-11-22' }).copay;
    expect(adult.reasons.some((x) => x.rule === 'copay.guardian-caps')).toBe(false);
  });

  it('lists every cap as possible when the category is not known and nothing narrows it', () => {
    const r = evaluate(baseCase({ household: { residentTax: 'unknown' } }), { asOf: '2026-11-22' }).copay;
    expect(r.possibleCaps?.map((x) => x.monthlyCap)).toEqual([0, 0, 9300, 37200]);
    expect(evaluate(baseCase(), { asOf: '2026-11-22' }).copay.possibleCaps).toBeUndefined();
  });

  it('caps the estimate for planned days at the monthly cap and flags days over the monthly limit', () => {
    const r = evaluate(baseCase({ household: { residentTax: 'taxed-under-160k' }, plan: { daysPerMonth: 25 } }), { asOf: '2026-11-22' });
    expect(r.copay.estimate).toEqual({ monthly: 9300, basis: 'cap', daysPerMonth: 25, dayLimit: 22 });
    expect(r.copay.reasons.some((x) => x.rule === 'copay.day-limit')).toBe(true);
  });
});
