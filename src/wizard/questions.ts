/**
 * Every question, declared once: the case field it sets, its kind, its options (from the case enums) and
 * when it is asked. The question page, the check-answers page and the flow all read this list.
 *
 * Locale keys: wizard:q.<id>.title (the h1), .label (check-answers row), .hint (or the key `hint(draft)`
 * returns), .options.<value>, .errors.required.
 *
 * isActive(draft) is true only when the answer can change the result (verdicts.md); a question whose
 * predicate turns false has its answer removed from the case, so the case never holds stale answers.
 */
import type { Case } from '../case/schema';
import { ASSESSED_BY, HANDBOOKS, RESIDENCES, RESIDENT_TAX, VIA_SERVICES, WORK_STATUSES } from '../case/values';
import { ageFrom } from '../case/dates';
// Rule values, generated from the rule modules without their citations (rules/wizard-values.ts), so the first
// page stays small.
import { valueAt } from '../rules/rule';
import { copayHousehold, transitionOver65, typeAOver65, typeBRoute } from '../rules/wizard-values';
import { taxYearOn } from '../state/tax-year';

export type Draft = Case;

export type Kind = 'radio' | 'checkbox' | 'number' | 'date' | 'yen' | 'place';

/** An option: the value stored in the case and the locale key suffix of its label. */
export interface Option {
  value: string | boolean;
  key: string;
}

interface Base {
  /** Step id and locale key. */
  id: string;
  /** Dotted case path, e.g. "work.startedOn". */
  field: string;
  kind: Kind;
  /** Asked only when this is true for the answers so far. */
  isActive(d: Draft, today: string): boolean;
  /** Optional question: shows the 任意 badge and allows leaving it empty. */
  optional?: boolean;
  /** A hint key suffix other than "hint" that depends on the answers (e.g. the guardian's household). */
  hint?(d: Draft, today: string): string;
  /** Other fields cleared when this answer changes (their answer no longer fits). */
  clears?: readonly string[];
  /** Values the title and hint interpolate on the date of the answers (e.g. which fiscal year's tax applies). */
  params?(d: Draft, today: string): Record<string, string | number>;
  /**
   * A paragraph of the hint that depends on the answered municipality (the hint's {{cityRate}}): the key suffix,
   * or none. `designated`: the municipality is a 指定都市 or one of its wards; undefined when not known.
   */
  note?(d: Draft, designated: boolean | undefined): string | undefined;
}

export interface ChoiceQuestion extends Base {
  kind: 'radio' | 'checkbox';
  options: readonly Option[];
  /** Checkbox only: an exclusive "none of these" answer (stores []). */
  none?: boolean;
  /** An exclusive "I don't know" answer: leaves the field unanswered. */
  dontKnow?: boolean;
}

export interface InputQuestion extends Base {
  /** 'place': a municipality's 6-digit code, found by name (src/wizard/place, loaded with its data when reached). */
  kind: 'number' | 'date' | 'yen' | 'place';
  /** autocomplete token (e.g. "bday"). */
  autocomplete?: string;
  /** Date questions: the date may not be after today. */
  notFuture?: boolean;
  /** Input width in characters (GOV.UK: width fits the expected answer). */
  width?: number;
}

export type Question = ChoiceQuestion | InputQuestion;

const YES_NO: readonly Option[] = [
  { value: true, key: 'yes' },
  { value: false, key: 'no' },
];

const opts = (values: readonly string[]): Option[] => values.map((v) => ({ value: v, key: v }));

/** Input widths in characters (GOV.UK: the width fits the expected answer). */
export const INPUT_WIDTH = {
  count: 3, // not law: room for an age, months or days
  long: 12, // not law: room for a date or a yen amount
} as const;

// --- derived facts the predicates share -------------------------------------------------------

/** The age on `today`, counted as the engine and state count it (case/dates.ts ageFrom). */
export function ageOf(d: Draft, today: string): number | undefined {
  return ageFrom(d, today);
}

const hasHandbook = (d: Draft) => (d.disability?.handbooks?.length ?? 0) > 0;
const basisMet = (d: Draft) => hasHandbook(d) || d.disability?.mentalOutpatientCertificate === true || d.disability?.designatedDisease === true;
const inWork = (d: Draft) => d.work?.status === 'working' || d.work?.status === 'on-leave';
/** Under a rule's age, or either is not known (then the question is asked). */
const under = (d: Draft, today: string, n: number | undefined) => {
  const a = ageOf(d, today);
  return a === undefined || n === undefined || a < n;
};
/** At least a rule's age, both known. */
const atLeast = (d: Draft, today: string, n: number | undefined) => {
  const a = ageOf(d, today);
  return a !== undefined && n !== undefined && a >= n;
};

// --- the rule values the questions depend on, on the date the answers describe --------------------

/** The age from which B型 is open without an assessment (route b) [3.1]. */
const typeBRouteAge = (today: string) => valueAt(typeBRoute, today)?.age;

/** The age at which 移行 and A型 need a decision held before it (the over-65 rules) [1.10, 2.2]. */
function over65(today: string): { age: number; continuousYears: number } | undefined {
  const rules = [valueAt(transitionOver65, today), valueAt(typeAOver65, today)].filter((r) => r != null);
  if (!rules.length) return undefined;
  const age = Math.min(...rules.map((r) => r.age));
  return { age, continuousYears: Math.max(...rules.map((r) => r.continuousYears)) };
}

/**
 * The age from which the birth date matters: the over-65 rules count the years of decisions held before the
 * 65th birthday, so from that many years before it the timeline dates the birthday.
 */
function birthDateFromAge(today: string): number | undefined {
  const o = over65(today);
  return o && o.age - o.continuousYears;
}

/**
 * The copay household is the guardian's for a person under 18, or 18–19 living in a facility
 * (障害者総合支援法施行令 第17条; rules/copay.ts copayHousehold). Then the spouse and pay questions,
 * which describe the person's own household, do not apply.
 */
export function guardianHousehold(d: Draft, today: string): boolean {
  const a = ageOf(d, today);
  const h = valueAt(copayHousehold, today);
  if (a === undefined || !h) return false;
  return a < h.adult || (d.residence === 'facility' && a < h.facilityAdult);
}

/**
 * True when question `id` is asked for these answers. The follow-up questions below (continuous-before-65,
 * assessed-by) build on their parent's predicate, so they follow it (and its ages, read from the rules there).
 */
const asked = (id: string, d: Draft, today: string) => BY_ID.get(id)?.isActive(d, today) === true;

/** 65+: a decision held the day before 65 for 移行 or A型 (or not known): then the 5 years before matter too. */
const heldBefore65 = (d: Draft) => {
  const g = d.history?.grantedBefore65;
  return g === undefined || g.some((id) => id === 'employment-transition' || id === 'continuation-a');
};

const noPublicAssistance = (d: Draft) => d.household?.publicAssistance !== true;
const taxUnknown = (d: Draft) => noPublicAssistance(d) && d.household?.residentTax === 'unknown';

/**
 * Which fiscal year's 住民税 sets the copay on the date of the answers, and from when last year's pay counts
 * (rules/copay-year: April–June still use the previous fiscal year's tax) [7.10]. The resident-tax answer
 * describes the tax in force on that date; the pay questions give the category from 1 July.
 */
function taxYearParams(_d: Draft, today: string): Record<string, string | number> {
  const y = taxYearOn(today);
  return { on: today, fiscalYear: y.fiscalYear, inForceSince: y.inForceSince, payYear: y.payFiscalYear - 1, payAppliesFrom: y.payAppliesFrom };
}
/** January to June: last year's pay sets the category only from 1 July; the hint says so. */
const payHint = (_d: Draft, today: string) => (taxYearOn(today).payInForce ? 'hint' : 'hintBeforeJuly');

/**
 * Whose tax the resident-tax hint names: the guardian's household (under the copay rule's ages), the person
 * alone when they said they have no spouse, else the person and their spouse (answered yes or not known).
 */
function residentTaxHint(d: Draft, today: string): string {
  if (guardianHousehold(d, today)) return 'hintGuardian';
  return d.household?.spouse === false ? 'hintNoSpouse' : 'hint';
}

/**
 * 7.8: in a 指定都市 the 160,000-yen test uses 所得割 recomputed at 6%. Said in general until a municipality is
 * answered; then for a 指定都市 only (not a word of it elsewhere).
 */
const cityRateNote = (d: Draft, designated: boolean | undefined) =>
  d.municipality === undefined || designated === undefined ? 'cityRate' : designated ? 'cityRateDesignated' : undefined;

/** The B型 route questions matter only while no route is already open (by age, 障害基礎年金1級). */
const bRouteOpen = (d: Draft, today: string) => atLeast(d, today, typeBRouteAge(today)) || d.pensionGrade1 === true;

export const QUESTIONS: readonly Question[] = [
  { id: 'age', field: 'age', kind: 'number', width: INPUT_WIDTH.count, isActive: () => true, clears: ['birthDate'] },
  {
    id: 'birth-date',
    field: 'birthDate',
    kind: 'date',
    optional: true,
    autocomplete: 'bday',
    notFuture: true,
    width: INPUT_WIDTH.long,
    // Offered from the years before 65 that the over-65 rules count, so the 65th birthday can be dated.
    // The answered age, not the one from the birth date: answering must not make the question disappear.
    isActive: (d, today) => {
      const from = birthDateFromAge(today);
      return d.age !== undefined && from !== undefined && d.age >= from;
    },
  },
  {
    id: 'granted-before-65',
    field: 'history.grantedBefore65',
    kind: 'checkbox',
    options: opts(['employment-transition', 'continuation-a']),
    none: true,
    dontKnow: true,
    isActive: (d, today) => atLeast(d, today, over65(today)?.age),
  },
  {
    // 1.10(a) / 2.2: decisions without a break during the 5 years before 65 (optional field, after version 1).
    id: 'continuous-before-65',
    field: 'history.continuousBefore65',
    kind: 'radio',
    options: YES_NO,
    dontKnow: true,
    isActive: (d, today) => asked('granted-before-65', d, today) && heldBefore65(d),
  },
  {
    id: 'handbooks',
    field: 'disability.handbooks',
    kind: 'checkbox',
    options: opts(HANDBOOKS),
    none: true,
    dontKnow: true,
    isActive: () => true,
  },
  {
    id: 'certificate',
    field: 'disability.mentalOutpatientCertificate',
    kind: 'radio',
    options: YES_NO,
    dontKnow: true,
    isActive: (d) => !hasHandbook(d),
  },
  {
    id: 'designated-disease',
    field: 'disability.designatedDisease',
    kind: 'radio',
    options: YES_NO,
    dontKnow: true,
    isActive: (d) => !hasHandbook(d) && d.disability?.mentalOutpatientCertificate !== true,
  },
  {
    id: 'doctor',
    field: 'disability.doctorConfirmed',
    kind: 'radio',
    options: YES_NO,
    dontKnow: true,
    isActive: (d) => !basisMet(d),
  },
  {
    id: 'pension',
    field: 'pensionGrade1',
    kind: 'radio',
    options: YES_NO,
    dontKnow: true,
    // From the route's age, B型 is open by age anyway.
    isActive: (d, today) => under(d, today, typeBRouteAge(today)),
  },
  { id: 'work-status', field: 'work.status', kind: 'radio', options: opts(WORK_STATUSES), isActive: () => true },
  {
    id: 'final-year',
    field: 'work.finalYear',
    kind: 'radio',
    options: YES_NO,
    dontKnow: true,
    isActive: (d) => d.work?.status === 'student',
  },
  {
    id: 'started-on',
    field: 'work.startedOn',
    kind: 'date',
    notFuture: true,
    width: INPUT_WIDTH.long,
    isActive: (d) => inWork(d),
  },
  {
    id: 'via-service',
    field: 'work.viaService',
    kind: 'radio',
    options: opts(VIA_SERVICES),
    dontKnow: true,
    isActive: (d) => inWork(d),
  },
  {
    id: 'experience',
    field: 'work.experience',
    kind: 'radio',
    options: YES_NO,
    dontKnow: true,
    // Someone in a job has work experience; from 50 or with 年金1級 the B型 route is open already.
    isActive: (d, today) => !inWork(d) && !bRouteOpen(d, today),
  },
  {
    id: 'hard-to-be-employed',
    field: 'work.hardToBeEmployed',
    kind: 'radio',
    options: YES_NO,
    dontKnow: true,
    isActive: (d, today) => d.work?.experience === true && !inWork(d) && !bRouteOpen(d, today),
  },
  {
    id: 'transition-months',
    field: 'history.transitionMonthsUsed',
    kind: 'number',
    width: INPUT_WIDTH.count,
    isActive: () => true,
  },
  {
    id: 'current-services',
    field: 'history.current',
    kind: 'checkbox',
    options: opts(['employment-transition', 'continuation-a', 'continuation-b', 'job-retention', 'employment-choice']),
    none: true,
    dontKnow: true,
    isActive: () => true,
  },
  {
    id: 'assessed',
    field: 'history.assessed',
    kind: 'radio',
    options: YES_NO,
    dontKnow: true,
    isActive: () => true,
  },
  {
    // 3.1–3.3: after 2025-10-01 only a 就労選択支援 assessment opens B型 directly (optional field, after version 1).
    id: 'assessed-by',
    field: 'history.assessedBy',
    kind: 'radio',
    options: opts(ASSESSED_BY),
    dontKnow: true,
    isActive: (d, today) => asked('assessed', d, today) && d.history?.assessed === true,
  },
  {
    id: 'residence',
    field: 'residence',
    kind: 'radio',
    options: opts(RESIDENCES),
    isActive: () => true,
  },
  // Optional, after version 1: where the person lives (a 指定都市's ward office is the counter; its plan names the site).
  { id: 'municipality', field: 'municipality', kind: 'place', optional: true, isActive: () => true },
  {
    id: 'public-assistance',
    field: 'household.publicAssistance',
    kind: 'radio',
    options: YES_NO,
    dontKnow: true,
    isActive: () => true,
  },
  {
    id: 'spouse',
    field: 'household.spouse',
    kind: 'radio',
    options: YES_NO,
    dontKnow: true,
    isActive: (d, today) => noPublicAssistance(d) && !guardianHousehold(d, today),
  },
  {
    id: 'resident-tax',
    field: 'household.residentTax',
    kind: 'radio',
    options: opts(RESIDENT_TAX),
    isActive: (d) => noPublicAssistance(d),
    hint: residentTaxHint,
    params: taxYearParams,
    note: cityRateNote,
  },
  {
    id: 'income-self',
    field: 'household.income.self',
    kind: 'yen',
    optional: true,
    width: INPUT_WIDTH.long,
    isActive: (d, today) => taxUnknown(d) && !guardianHousehold(d, today),
    hint: payHint,
    params: taxYearParams,
  },
  {
    id: 'income-spouse',
    field: 'household.income.spouse',
    kind: 'yen',
    optional: true,
    width: INPUT_WIDTH.long,
    isActive: (d, today) => taxUnknown(d) && d.household?.spouse === true && !guardianHousehold(d, today),
    hint: payHint,
    params: taxYearParams,
  },
  {
    id: 'days-per-month',
    field: 'plan.daysPerMonth',
    kind: 'number',
    optional: true,
    width: INPUT_WIDTH.count,
    isActive: () => true,
  },
];

const BY_ID = new Map(QUESTIONS.map((q) => [q.id, q]));
const BY_FIELD = new Map(QUESTIONS.map((q) => [q.field, q]));

export function questionById(id: string): Question | undefined {
  return BY_ID.get(id);
}

/** The question that sets a case path ("work.startedOn" → started-on); undefined for e.g. "asOf". */
export function questionForField(field: string): Question | undefined {
  return BY_FIELD.get(field.replace(/^field:/, ''));
}

/** The hint's locale key for this question and these answers. */
export function hintKey(q: Question, d: Draft, today: string): string {
  return `wizard:q.${q.id}.${q.hint ? q.hint(d, today) : 'hint'}`;
}
