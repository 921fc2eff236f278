/** Shared by the plan tests: evaluate a case on a date and pick entries. */
import type { Case, Result, TimelineEntry } from '../../../src/case/schema';
import { evaluate } from '../../../src/engine';
import { baseCase } from '../../support/cases';

export function planOf(over: Partial<Case>, asOf = over.asOf ?? '2026-12-01'): Result['timeline'] {
  return evaluate(baseCase({ ...over, asOf }), { asOf }).timeline;
}

export function only(t: readonly TimelineEntry[], step: string): TimelineEntry {
  const found = t.filter((e) => e.step === step);
  if (found.length !== 1) throw new Error(`expected one "${step}", found ${found.length}: ${t.map((e) => e.step).join(', ')}`);
  return found[0]!;
}

export const steps = (t: readonly TimelineEntry[]) => t.map((e) => e.step);
