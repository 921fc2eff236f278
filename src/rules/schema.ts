/** The shape every rule record must have (checked by tests/rules on the data itself). */
import * as z from 'zod/mini';
import { Confidence } from '../case/enums';
import { SOURCES, type SourceId } from './sources';

export const RULE_KINDS = ['requirement', 'discretion', 'parameter', 'info'] as const;

export interface Rule<T = unknown, Id extends string = string> {
  /** Stable id: the same string in the result's reasons[].rule, the engine and locales/{lang}/reasons.json. */
  id: Id;
  /** requirement: firm; discretion: left to the municipality (verdict at best "possible"); parameter: a value; info: explains. */
  kind: (typeof RULE_KINDS)[number];
  /** Effective date (ISO) → value in force from that date; null means repealed or no longer known. */
  values: Record<string, T | null>;
  sources: SourceId[];
  /** Fact numbers in ../shared/rules/reference.md. */
  refs: string[];
  confidence: z.infer<typeof Confidence>;
  note?: string;
}

export const RuleSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+\.[a-z0-9.-]+$/)),
  kind: z.enum(RULE_KINDS),
  values: z.record(z.iso.date(), z.unknown()),
  sources: z.array(z.enum(Object.keys(SOURCES) as [SourceId, ...SourceId[]])).check(z.minLength(1)),
  refs: z.array(z.string().check(z.regex(/^\d+\.\d+$/))).check(z.minLength(1)),
  confidence: Confidence,
  note: z.optional(z.string()),
});

/** Declares a rule (in rule.ts, which rule modules import so that they do not load zod). */
export { rule } from './rule';
