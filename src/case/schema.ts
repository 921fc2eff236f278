/**
 * The case contract, version 1 (../shared/case-format.md). These schemas are the single source of the
 * case and result types: the wizard, saved state, share links, import, the CLI and the tests all parse
 * through them. zod/mini keeps the shipped bundle small.
 */
import * as z from 'zod/mini';
import {
  Confidence,
  CopayCategory,
  Handbook,
  ReasonStatus,
  ResidentTax,
  Residence,
  ServiceId,
  Verdict,
  ViaService,
  WorkStatus,
} from './enums';

import { CASE_FORMAT, CASE_FORMAT_V1 } from './values';

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
  assessed: z.optional(z.boolean()),
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

export const Plan = z.strictObject({
  daysPerMonth: z.optional(z.int().check(z.minimum(1), z.maximum(31))),
});

/** The fields of a case without cross-field checks (the wizard's draft is a partial of this). */
export const CaseFields = z.strictObject({
  format: z.literal(CASE_FORMAT),
  asOf: z.optional(IsoDate),
  age: z.optional(z.int().check(z.minimum(0), z.maximum(120))),
  birthDate: z.optional(IsoDate),
  disability: z.optional(Disability),
  pensionGrade1: z.optional(z.boolean()),
  work: z.optional(Work),
  history: z.optional(History),
  household: z.optional(Household),
  residence: z.optional(Residence),
  plan: z.optional(Plan),
});

/** Cross-field rules a single field cannot express; each issue names the field it is about. */
export const CaseSchema = CaseFields.check(
  z.superRefine((c, ctx) => {
    if (c.birthDate && c.asOf && c.birthDate > c.asOf) {
      ctx.addIssue({ code: 'custom', path: ['birthDate'], params: { key: 'after-as-of' }, input: c.birthDate });
    }
    if (c.work?.startedOn && c.asOf && c.work.startedOn > c.asOf) {
      ctx.addIssue({ code: 'custom', path: ['work', 'startedOn'], params: { key: 'after-as-of' }, input: c.work.startedOn });
    }
  }),
);
export type Case = z.infer<typeof CaseSchema>;

/** A cited source, shown behind the 根拠 disclosure. */
export const SourceRef = z.object({
  id: z.string(),
  title: z.string(),
  url: z.optional(z.string()),
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
});
export type Reason = z.infer<typeof Reason>;

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
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

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
});
export type Result = z.infer<typeof Result>;
