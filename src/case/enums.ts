/** Enumerations of the case contract (../shared/case-format.md). Their order feeds the wizard's option lists. */
import * as z from 'zod/mini';

export const SERVICE_IDS = [
  'employment-choice',
  'employment-transition',
  'continuation-a',
  'continuation-b',
  'job-retention',
] as const;
export const ServiceId = z.enum(SERVICE_IDS);
export type ServiceId = z.infer<typeof ServiceId>;

export const HANDBOOKS = ['physical', 'intellectual', 'mental'] as const;
export const Handbook = z.enum(HANDBOOKS);
export type Handbook = z.infer<typeof Handbook>;

export const WORK_STATUSES = ['not-working', 'working', 'on-leave', 'student'] as const;
export const WorkStatus = z.enum(WORK_STATUSES);
export type WorkStatus = z.infer<typeof WorkStatus>;

/** Welfare services a person may have used before a job (就労定着支援 needs one of the first five). */
export const VIA_SERVICES = [
  'employment-transition',
  'continuation-a',
  'continuation-b',
  'life-care',
  'independence-training',
  'none',
] as const;
export const ViaService = z.enum(VIA_SERVICES);
export type ViaService = z.infer<typeof ViaService>;

export const RESIDENT_TAX = ['exempt', 'taxed-under-160k', 'taxed-160k-or-more', 'unknown'] as const;
export const ResidentTax = z.enum(RESIDENT_TAX);
export type ResidentTax = z.infer<typeof ResidentTax>;

export const RESIDENCES = ['home', 'group-home', 'facility'] as const;
export const Residence = z.enum(RESIDENCES);
export type Residence = z.infer<typeof Residence>;

export const VERDICTS = ['unlikely', 'possible', 'likely'] as const;
export const Verdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof Verdict>;

export const COPAY_CATEGORIES = ['public-assistance', 'low-income', 'general-1', 'general-2', 'unknown'] as const;
export const CopayCategory = z.enum(COPAY_CATEGORIES);
export type CopayCategory = z.infer<typeof CopayCategory>;

/**
 * How one requirement came out. met / not-met / unknown (a question not answered) decide the verdict
 * directly; "ask" means the municipality (or an assessment) decides, so at best "possible";
 * "info" explains without affecting the verdict.
 */
export const REASON_STATUSES = ['met', 'not-met', 'unknown', 'ask', 'info'] as const;
export const ReasonStatus = z.enum(REASON_STATUSES);
export type ReasonStatus = z.infer<typeof ReasonStatus>;

export const CONFIDENCE = ['high', 'medium', 'low'] as const;
export const Confidence = z.enum(CONFIDENCE);
export type Confidence = z.infer<typeof Confidence>;
