/** Enumerations of the case contract (../shared/case-format.md). Their order feeds the wizard's option lists. */
import * as z from 'zod/mini';
import {
  SERVICE_IDS,
  HANDBOOKS,
  WORK_STATUSES,
  VIA_SERVICES,
  RESIDENT_TAX,
  RESIDENCES,
  VERDICTS,
  COPAY_CATEGORIES,
  REASON_STATUSES,
  CONFIDENCE,
  ASSESSED_BY,
} from './values';

export { SERVICE_IDS, HANDBOOKS, WORK_STATUSES, VIA_SERVICES, RESIDENT_TAX, RESIDENCES, VERDICTS, COPAY_CATEGORIES, REASON_STATUSES, CONFIDENCE, ASSESSED_BY };

export const ServiceId = z.enum(SERVICE_IDS);
export type ServiceId = z.infer<typeof ServiceId>;

export const Handbook = z.enum(HANDBOOKS);
export type Handbook = z.infer<typeof Handbook>;

export const WorkStatus = z.enum(WORK_STATUSES);
export type WorkStatus = z.infer<typeof WorkStatus>;

/** Welfare services a person may have used before a job (就労定着支援 needs one of the first five). */
export const ViaService = z.enum(VIA_SERVICES);
export type ViaService = z.infer<typeof ViaService>;

export const ResidentTax = z.enum(RESIDENT_TAX);
export type ResidentTax = z.infer<typeof ResidentTax>;

export const Residence = z.enum(RESIDENCES);
export type Residence = z.infer<typeof Residence>;

/** Who did the work assessment: a 就労選択支援 provider, or a 就労移行支援 provider etc. (就労アセスメント) [3.1–3.3]. */
export const AssessedBy = z.enum(ASSESSED_BY);
export type AssessedBy = z.infer<typeof AssessedBy>;

export const Verdict = z.enum(VERDICTS);
export type Verdict = z.infer<typeof Verdict>;

export const CopayCategory = z.enum(COPAY_CATEGORIES);
export type CopayCategory = z.infer<typeof CopayCategory>;

/**
 * How one requirement came out. met / not-met / unknown (a question not answered) decide the verdict
 * directly; "ask" means the municipality (or an assessment) decides, so at best "possible";
 * "info" explains without affecting the verdict.
 */
export const ReasonStatus = z.enum(REASON_STATUSES);
export type ReasonStatus = z.infer<typeof ReasonStatus>;

export const Confidence = z.enum(CONFIDENCE);
export type Confidence = z.infer<typeof Confidence>;
