/** The shape every rule record must have (checked by tests/rules on the data itself). */
import * as z from 'zod/mini';
import { Confidence } from '../case/enums';
import { SOURCES, type Cite, type SourceId } from './sources';

export const RULE_KINDS = ['requirement', 'discretion', 'parameter', 'info'] as const;

export interface Rule<T = unknown, Id extends string = string> {
  /** Stable id: the same string in the result's reasons[].rule, the engine and locales/{lang}/reasons.json. */
  id: Id;
  /** requirement: firm; discretion: left to the municipality (verdict at best "possible"); parameter: a value; info: explains. */
  kind: (typeof RULE_KINDS)[number];
  /**
   * What the rule decides, in plain words for a policy reviewer (docs/rules.md is generated from it).
   * Optional in the type so a new rule still compiles; tests/rules/data.test.ts requires it on every rule.
   */
  decides?: string;
  /** Effective date (ISO) → value in force from that date; null means repealed or no longer known. */
  values: Record<string, T | null>;
  /** Cited for every value. A rule shown to users cites at least one official source (tests/rules/citations.test.ts). */
  sources: Cite[];
  /** Effective date (a key of `values`) → sources cited only while that value is in force (e.g. a 2027-04-01 notice). */
  valueSources?: Record<string, Cite[]>;
  /** Fact numbers in ../shared/rules/reference.md. */
  refs: string[];
  confidence: z.infer<typeof Confidence>;
  note?: string;
}

const SourceIdSchema = z.enum(Object.keys(SOURCES) as [SourceId, ...SourceId[]]);
const CiteSchema = z.union([SourceIdSchema, z.strictObject({ id: SourceIdSchema, section: z.string().check(z.minLength(1)) })]);

export const RuleSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9-]+\.[a-z0-9.-]+$/)),
  kind: z.enum(RULE_KINDS),
  decides: z.string().check(z.minLength(10)),
  values: z.record(z.iso.date(), z.unknown()),
  sources: z.array(CiteSchema).check(z.minLength(1)),
  valueSources: z.optional(z.record(z.iso.date(), z.array(CiteSchema).check(z.minLength(1)))),
  refs: z.array(z.string().check(z.regex(/^\d+\.\d+$/))).check(z.minLength(1)),
  confidence: Confidence,
  note: z.optional(z.string()),
});

/** Declares a rule (in rule.ts, which rule modules import so that they do not load zod). */
export { rule } from './rule';
