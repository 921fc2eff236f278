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
import { HANDBOOKS, RESIDENCES, RESIDENT_TAX, VIA_SERVICES, WORK_STATUSES } from '../case/values';
import { ageOn } from '../case/dates';
import { taxYearOn } from '../state/tax-year';

export type Draft = Case;

export type Kind = 'radio' | 'checkbox' | 'number' | 'date' | 'yen';

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
  kind: 'number' | 'date' | 'yen';
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

// --- derived facts the predicates share -------------------------------------------------------

/** The age on `today`: from the birth date when given (the engine does the same), else the answer. */
export function ageOf(d: Draft, today: string): number | undefined {
  if (d.birthDate && d.birthDate <= today) return ageOn(d.birthDate, today);
  return d.age;
}

const hasHandbook = (d: Draft) => (d.disability?.handbooks?.length ?? 0) > 0;
const basisMet = (d: Draft) =>
  hasHandbook(d) || d.disability?.mentalOutpatientCertificate === true || d.disability?.designatedDisease === true;
const inWork = (d: Draft) => d.work?.status === 'working' || d.work?.status === 'on-leave';
const under = (d: Draft, today: string, n: number) => {
  const a = ageOf(d, today);
  return a === undefined || a < n;
};
const atLeast = (d: Draft, today: string, n: number) => {
  const a = ageOf(d, today);
  return a !== undefined && a >= n;
};

/**
 * The copay household is the guardian's for a person under 18, or 18–19 living in a facility
 * (障害者総合支援法施行令 第17条; rules/copay.ts copayHousehold). Then the spouse and pay questions,
 * which describe the person's own household, do not apply.
 */
export function guardianHousehold(d: Draft, today: string): boolean {
  const a = ageOf(d, today);
  if (a === undefined) return false;
  return a < 18 || (d.residence === 'facility' && a < 20);
}

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

/** The B型 route questions matter only while no route is already open (50+, 障害基礎年金1級). */
const bRouteOpen = (d: Draft, today: string) => atLeast(d, today, 50) || d.pensionGrade1 === true;

export const QUESTIONS: readonly Question[] = [
  { id: 'age', field: 'age', kind: 'number', width: 3, isActive: () => true, clears: ['birthDate'] },
  {
    id: 'birth-date',
    field: 'birthDate',
    kind: 'date',
    optional: true,
    autocomplete: 'bday',
    notFuture: true,
    width: 12,
    // Offered from 60 so the 65th birthday can be dated on the timeline.
    isActive: (d) => d.age !== undefined && d.age >= 60,
  },
  {
    id: 'granted-before-65',
    field: 'history.grantedBefore65',
    kind: 'checkbox',
    options: opts(['employment-transition', 'continuation-a']),
    none: true,
    dontKnow: true,
    isActive: (d, today) => atLeast(d, today, 65),
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
    // From 50, B型 is open by age anyway.
    isActive: (d, today) => under(d, today, 50),
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
    width: 12,
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
    width: 3,
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
    id: 'residence',
    field: 'residence',
    kind: 'radio',
    options: opts(RESIDENCES),
    isActive: () => true,
  },
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
    hint: (d, today) => (guardianHousehold(d, today) ? 'hintGuardian' : 'hint'),
    params: taxYearParams,
  },
  {
    id: 'income-self',
    field: 'household.income.self',
    kind: 'yen',
    optional: true,
    width: 12,
    isActive: (d, today) => taxUnknown(d) && !guardianHousehold(d, today),
    hint: payHint,
    params: taxYearParams,
  },
  {
    id: 'income-spouse',
    field: 'household.income.spouse',
    kind: 'yen',
    optional: true,
    width: 12,
    isActive: (d, today) => taxUnknown(d) && d.household?.spouse === true && !guardianHousehold(d, today),
    hint: payHint,
    params: taxYearParams,
  },
  {
    id: 'days-per-month',
    field: 'plan.daysPerMonth',
    kind: 'number',
    optional: true,
    width: 3,
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
