/**
 * The contract's enumerations as plain lists, with no zod: the first page imports these (the wizard's option
 * lists) without loading the schema library. src/case/enums.ts builds the zod enums from them.
 */
export const CASE_FORMAT_V1 = 'shuro-check/case@1';
/**
 * The format this version writes. Changing it takes three things: an upgrade step in parse.ts from the format
 * before, a new SAVED_STATE_VERSION (so an older build keeps a newer save aside), and saved-state fixtures
 * captured from the release before (tests/fixtures/saved-states).
 */
export const CASE_FORMAT = CASE_FORMAT_V1;

export const SERVICE_IDS = ['employment-choice', 'employment-transition', 'continuation-a', 'continuation-b', 'job-retention'] as const;
export const HANDBOOKS = ['physical', 'intellectual', 'mental'] as const;
export const WORK_STATUSES = ['not-working', 'working', 'on-leave', 'student'] as const;
export const VIA_SERVICES = ['employment-transition', 'continuation-a', 'continuation-b', 'life-care', 'independence-training', 'none'] as const;
export const RESIDENT_TAX = ['exempt', 'taxed-under-160k', 'taxed-160k-or-more', 'unknown'] as const;
export const RESIDENCES = ['home', 'group-home', 'facility'] as const;
/**
 * Who did the work assessment (history.assessedBy, optional, added after version 1): a 就労選択支援 provider
 * (from 2025-10-01), or a 就労移行支援 provider etc. (the older 就労アセスメント).
 */
export const ASSESSED_BY = ['choice-provider', 'transition-provider'] as const;
export const VERDICTS = ['unlikely', 'possible', 'likely'] as const;
export const COPAY_CATEGORIES = ['public-assistance', 'low-income', 'general-1', 'general-2', 'unknown'] as const;
export const REASON_STATUSES = ['met', 'not-met', 'unknown', 'ask', 'info'] as const;
export const CONFIDENCE = ['high', 'medium', 'low'] as const;
