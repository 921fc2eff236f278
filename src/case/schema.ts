/**
 * The case contract, version 1 (../shared/case-format.md). These schemas are the single source of the
 * case and result types: the wizard, saved state, share links, import, the CLI and the tests all parse
 * through them. zod/mini keeps the shipped bundle small.
 */
import * as z from 'zod/mini';
import { AssessedBy, Confidence, CopayCategory, Handbook, ReasonStatus, ResidentTax, Residence, ServiceId, Verdict, ViaService, WorkStatus } from './enums';

import { CASE_FORMAT, CASE_FORMAT_V1 } from './values';
import { dateProblems, MAX_AGE_YEARS } from './date-checks';
import { municipalityProblem } from '../municipalities/check';

export { CASE_FORMAT, CASE_FORMAT_V1 };

/** A real calendar date in ISO form: 2026-02-30 is refused. */
export const IsoDate = z.iso.date();

const Yen = z.int().check(z.minimum(0), z.maximum(1_000_000_000));

export const Disability = z.strictObject({
  handbooks: z.optional(z.array(Handbook)),
  mentalOutpatientCertificate: z.optional(z.boolean()),
  designatedDisease: z.optional(z.boolean()),
  doctorConfirmed: z.optional(z.boolean()),
});

export const Work = z.strictObject({
  status: z.optional(WorkStatus),
  experience: z.optional(z.boolean()),
  hardToBeEmployed: z.optional(z.boolean()),
  finalYear: z.optional(z.boolean()),
  startedOn: z.optional(IsoDate),
  viaService: z.optional(ViaService),
});

export const History = z.strictObject({
  transitionMonthsUsed: z.optional(z.int().check(z.minimum(0), z.maximum(36))),
  grantedBefore65: z.optional(z.array(ServiceId)),
  /**
   * Optional, added after version 1 (docs/case-format-additions.md): for people 65+, held a 障害福祉サービス
   * 支給決定 without a break during the 5 years before turning 65 [1.10(a), 2.2]. Not answered = unknown.
   */
  continuousBefore65: z.optional(z.boolean()),
  assessed: z.optional(z.boolean()),
  /** Optional, added after version 1: who did the assessment in `assessed` [3.1–3.3]. Not answered = unknown. */
  assessedBy: z.optional(AssessedBy),
  current: z.optional(z.array(ServiceId)),
  /** Optional: the last day of the current 支給決定 (on the 受給者証), for the renewal step. */
  decisionEnds: z.optional(IsoDate),
});

export const Household = z.strictObject({
  publicAssistance: z.optional(z.boolean()),
  spouse: z.optional(z.boolean()),
  residentTax: z.optional(ResidentTax),
  income: z.optional(z.strictObject({ self: z.optional(Yen), spouse: z.optional(Yen) })),
});

/** A fee a provider quoted, in yen: the whole fee (10割) per day, or per month for 就労定着支援. */
export const QuotedFee = z.int().check(z.minimum(1), z.maximum(1_000_000));

export const Plan = z.strictObject({
  daysPerMonth: z.optional(z.int().check(z.minimum(1), z.maximum(31))),
  /**
   * Optional, added after version 1 (docs/case-format-additions.md): the fee each provider quoted, by service,
   * for the monthly cost where no official fee table gives a range. Not answered = no figure.
   */
  quotedFee: z.optional(
    z.strictObject({
      'employment-choice': z.optional(QuotedFee),
      'employment-transition': z.optional(QuotedFee),
      'continuation-a': z.optional(QuotedFee),
      'continuation-b': z.optional(QuotedFee),
      'job-retention': z.optional(QuotedFee),
    }),
  ),
});

/**
 * Optional, added after version 1 (docs/case-format-additions.md): the person's municipality (or ward of a 指定都市)
 * as its 6-digit local-government code. A malformed, abolished or unknown code is refused by name.
 */
export const MunicipalityCode = z
  .pipe(
    // A JSON number loses the leading zero of 北海道's codes (011002 → 11002): it is read back as six digits.
    z.union([z.string(), z.int().check(z.minimum(0), z.maximum(999_999))]),
    z.transform((v) => (typeof v === 'number' ? String(v).padStart(6, '0') : v)),
  )
  .check(
    z.superRefine((code, ctx) => {
      const p = municipalityProblem(code);
      if (p) ctx.addIssue({ code: 'custom', params: { ...p.params, key: p.key }, input: code });
    }),
  );

/** The fields of a case without cross-field checks (the wizard's draft is a partial of this). */
export const CaseFields = z.strictObject({
  format: z.literal(CASE_FORMAT),
  asOf: z.optional(IsoDate),
  age: z.optional(z.int().check(z.minimum(0), z.maximum(MAX_AGE_YEARS))),
  birthDate: z.optional(IsoDate),
  disability: z.optional(Disability),
  pensionGrade1: z.optional(z.boolean()),
  work: z.optional(Work),
  history: z.optional(History),
  household: z.optional(Household),
  residence: z.optional(Residence),
  plan: z.optional(Plan),
  municipality: z.optional(MunicipalityCode),
});

/**
 * Cross-field rules a single field cannot express; each issue names the field it is about. The date checks
 * need a day: the case's asOf here; without asOf, parseCase runs the same checks on today's date in Japan.
 */
export const CaseSchema = CaseFields.check(
  z.superRefine((c, ctx) => {
    if (!c.asOf) return;
    for (const p of dateProblems(c, c.asOf, 'asOf')) {
      const path = p.field.split('.');
      ctx.addIssue({ code: 'custom', path, params: { ...p.params, key: p.key }, input: path.reduce<unknown>((o, k) => (o as Record<string, unknown>)[k], c) });
    }
  }),
);
export type Case = z.infer<typeof CaseSchema>;

/** A cited source, shown behind the 根拠 disclosure. */
export const SourceRef = z.object({
  id: z.string(),
  /** The page's own title where known (titleFromPage), otherwise a plain description of what it covers. */
  title: z.string(),
  url: z.optional(z.string()),
  /** Optional for results written before 2026-12 (src/rules/sources.ts has them for every source). */
  publisher: z.optional(z.string()),
  /** The article, note or table row that states the rule. */
  section: z.optional(z.string()),
  /** official: law, ministry, prefecture or municipality; secondary: a private page; calculation: our own arithmetic. */
  kind: z.optional(z.enum(['official', 'secondary', 'calculation'])),
  authority: z.optional(z.enum(['law', 'ministry', 'prefecture', 'municipality'])),
  titleFromPage: z.optional(z.boolean()),
});
export type SourceRef = z.infer<typeof SourceRef>;

export const Reason = z.object({
  /** Stable rule id, the same string in src/rules, the engine and locales/{lang}/reasons.json. */
  rule: z.string(),
  status: ReasonStatus,
  /** Human-readable citation of the rule's sources (titles and URLs). */
  source: z.string(),
  sources: z.array(SourceRef),
  /** Fact numbers in ../shared/rules/reference.md. */
  refs: z.array(z.string()),
  confidence: Confidence,
  /** Values the explanation text interpolates (dates, ages, months, yen). */
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number(), z.boolean()]))),
  /**
   * Which wording of the status text applies, where the engine found more than one (e.g. "on-leave" for the
   * in-work rule, "later" for a rule not yet in force): the text is `<status>_<variant>`. Decided by the
   * engine so the views never switch on rule ids.
   */
  variant: z.optional(z.string()),
  /**
   * Where a copay reason belongs, decided by the engine so the views never list rule ids: "category" (the cap's
   * category itself), "why" (what decided it), "outside" (what is paid outside the cap); absent: things to know.
   */
  topic: z.optional(z.enum(['category', 'why', 'outside'])),
});
export type Reason = z.infer<typeof Reason>;

const YenRange = z.object({ min: z.number(), max: z.number() });

/**
 * One service's monthly cost (目安), docs/case-format-additions.md. basis "table": a 1割 range from the official
 * fee tables (none has been read yet, so no result has it today); "quoted": from the fee the person entered;
 * "none": no official table and no fee entered, so no figure.
 */
export const ServiceCost = z.object({
  basis: z.enum(['table', 'quoted', 'none']),
  /** The fee is per day of use, or per month (就労定着支援). */
  per: z.enum(['day', 'month']),
  /** With basis "quoted": the fee entered (yen per day or per month). */
  quotedFee: z.optional(z.number()),
  /** Days counted: the planned days, at most the usual monthly limit. Absent per month, or when not answered. */
  days: z.optional(z.number()),
  /** True when more days were planned than the usual limit, and the limit was counted. */
  daysLimited: z.optional(z.boolean()),
  /** The 1割 for the month (yen): a range from the tables; one figure (min = max) from a quoted fee. */
  share: z.optional(YenRange),
  /** What is paid in the month: the smaller of the 1割 and the cap (over the caps it could be, when unknown). */
  payment: z.optional(YenRange),
  /** "known": the cap in force; "possible": the caps the category could have; "unknown": none known (at most the 1割). */
  cap: z.optional(z.enum(['known', 'possible', 'unknown'])),
  /** With basis "table": the municipality's 地域区分 was known, or the national range was used. */
  region: z.optional(z.enum(['grade', 'national'])),
  /** What is still missing for a figure. */
  needs: z.optional(z.array(z.enum(['days']))),
  /** The cited rules behind it: the table (or its absence), the 1割 of a quoted fee, and what is outside the cap. */
  reasons: z.array(Reason),
});
export type ServiceCost = z.infer<typeof ServiceCost>;

export const ServiceResult = z.object({
  id: ServiceId,
  verdict: Verdict,
  reasons: z.array(Reason),
  /**
   * What would change the verdict, as ids: `field:<case path>` for an answer (the wizard links back to
   * that question) or `fact:<name>` for something only the municipality or an assessment can settle.
   */
  changes: z.array(z.string()),
  /** The date from which the service can start, where it opens later (e.g. 就労定着支援). */
  opensOn: z.optional(IsoDate),
  /** The service is required before another (e.g. 就労選択支援 before a new B型 user). */
  requiredBefore: z.optional(z.array(ServiceId)),
  /** Optional, added after version 1: the monthly cost (目安), for a service that may fit (likely or possible). */
  cost: z.optional(ServiceCost),
});
export type ServiceResult = z.infer<typeof ServiceResult>;

export const CopayEstimate = z.object({
  /** The most the person pays per month for the planned use (yen). */
  monthly: z.number(),
  /** "cap": fee levels are too weakly sourced to say less than the cap; "zero": the cap is 0. */
  basis: z.enum(['zero', 'cap']),
  daysPerMonth: z.number(),
  /** Calendar days of asOf's month minus 8 (原則の日数), the usual monthly day limit. */
  dayLimit: z.number(),
});

export const Copay = z.object({
  category: CopayCategory,
  monthlyCap: z.nullable(z.number()),
  /** True when the category was estimated from pay (目安), not from a known tax status. */
  estimated: z.boolean(),
  /** With category "unknown" after an estimate: the categories the household could fall in. */
  candidates: z.optional(z.array(CopayCategory)),
  /** With category "unknown": each cap it could be, from the rules in force; empty when no table applies [7.9]. */
  possibleCaps: z.optional(z.array(z.object({ category: CopayCategory, monthlyCap: z.number() }))),
  /** Whose tax status counts: the person and spouse, or (under 18, or 18–19 in a facility) the guardian's household. */
  household: z.enum(['self-and-spouse', 'guardian']),
  reasons: z.array(Reason),
  estimate: z.optional(CopayEstimate),
  /** The next 1 July, when the category is re-determined on the new tax year. */
  reviewOn: IsoDate,
  /**
   * With category "unknown", why: the guardian's household is not on the adult table; the estimate from pay
   * is too close to call; January to June, when last year's pay only sets the category from 1 July; or the
   * tax status was not answered.
   */
  unknownBecause: z.optional(z.enum(['guardian', 'estimate', 'before-july', 'not-answered'])),
  /** The fiscal year (年度) whose 市町村民税 sets the category in force: April–June use the previous one [7.10]. */
  taxYear: z.optional(z.int()),
  /**
   * 食事提供体制加算 [7.14]: it follows the 所得割 line (生活保護, 非課税, 所得割 under 160,000), not the cap category,
   * so a group-home resident in 一般2 can have it. eligible null: not known; until null: after the date it is
   * confirmed for.
   */
  meals: z.optional(z.object({ eligible: z.nullable(z.boolean()), until: z.nullable(IsoDate) })),
  /**
   * The category expected from the next 1 July when only an estimate from last year's pay says it (asOf from
   * January to June: that pay sets the tax from July; the category in force is then not known) [7.10].
   */
  fromJuly: z.optional(
    z.object({
      on: IsoDate,
      category: CopayCategory,
      monthlyCap: z.nullable(z.number()),
      estimated: z.boolean(),
      candidates: z.optional(z.array(CopayCategory)),
      possibleCaps: z.optional(z.array(z.object({ category: CopayCategory, monthlyCap: z.number() }))),
      meals: z.nullable(z.boolean()),
    }),
  ),
});
export type Copay = z.infer<typeof Copay>;

export const CONTACTS = [
  'municipality',
  'consultation-support',
  'provider',
  'choice-provider',
  'hello-work',
  'nakapotsu',
  'vocational-center',
  'employer-and-doctor',
] as const;
export const Contact = z.enum(CONTACTS);
export type Contact = z.infer<typeof Contact>;

export const TimelineEntry = z.object({
  /** Step id; the locale key timeline.steps.<step>. */
  step: z.string(),
  from: IsoDate,
  to: IsoDate,
  /** "step": something to do; "deadline": a date that matters; "window": a period; "review": the July copay review. */
  kind: z.enum(['step', 'deadline', 'window', 'review']),
  contact: Contact,
  /** Document ids to bring (locale key timeline.documents.<id>). */
  documents: z.array(z.string()),
  /** Question ids to ask at the office (locale key timeline.questions.<id>). */
  questions: z.array(z.string()),
  services: z.array(ServiceId),
  /** Dates derived from estimated durations rather than from the answers. */
  estimated: z.boolean(),
  rule: z.string(),
  /**
   * Optional, added after version 1: where the contact is the municipality and the case names it, which office
   * and how to name it, from the open data (never a phone number or a department name) [11.1].
   */
  office: z.optional(
    z.object({
      /**
       * "municipality": its own 障害福祉 counter; "ward-office": a 指定都市 answered as a whole, so the ward office
       * (区役所) of the ward the person lives in; "ward": the office of the ward answered (札幌市中央区役所).
       */
      counter: z.enum(['municipality', 'ward-office', 'ward']),
      /** The full name (横浜市, 札幌市中央区) and its reading in hiragana. */
      name: z.string(),
      kana: z.string(),
      /** For a ward: its city's name and reading (what its 障害福祉 pages are found under). */
      city: z.optional(z.object({ name: z.string(), kana: z.string() })),
      officialSite: z.string(),
      /** The date of the data the name and site come from (a site can move). */
      dataDate: IsoDate,
      /** The rule that says which counter (timeline.office). */
      rule: z.string(),
    }),
  ),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;
export type TimelineOffice = NonNullable<TimelineEntry['office']>;

/** The municipality the case names (optional `municipality`), from the open data: never a phone or a department. */
export const ResultMunicipality = z.object({
  code: z.string(),
  /** The full name, e.g. 横浜市 or 札幌市中央区. */
  name: z.string(),
  prefecture: z.string(),
  /** Optional (added with the plan's office names): the readings in hiragana, for furigana in やさしい日本語. */
  kana: z.optional(z.string()),
  prefectureKana: z.optional(z.string()),
  officialSite: z.string(),
  /** A 指定都市 or one of its wards: the ward office (区役所) is the counter; 所得割 judged at 6% [7.8]. */
  designatedCity: z.boolean(),
  /** For a ward: its city. */
  city: z.optional(z.object({ code: z.string(), name: z.string(), officialSite: z.string() })),
  /** The date of the data the name and site come from (a site can move). */
  dataDate: IsoDate,
});
export type ResultMunicipality = z.infer<typeof ResultMunicipality>;

export const Result = z.object({
  asOf: IsoDate,
  rulesVersion: IsoDate,
  /** The age the engine used (derived from birthDate when given); null when not answered. */
  age: z.nullable(z.number()),
  services: z.array(ServiceResult),
  copay: Copay,
  timeline: z.array(TimelineEntry),
  /** Always true: the final decision is the municipality's. */
  municipalityDecides: z.literal(true),
  /** Present when the case names its municipality. */
  municipality: z.optional(ResultMunicipality),
  /**
   * Optional, added after version 1: the other offices the answers call for besides the municipality
   * (ハローワーク, 障害者就業・生活支援センター, 地域障害者職業センター), each a cited info reason whose rule
   * (help.*) says when it is named; `variant` is the situation's wording. Absent when none applies [11.3–11.5].
   */
  otherHelp: z.optional(z.array(Reason)),
});
export type Result = z.infer<typeof Result>;
