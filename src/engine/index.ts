/**
 * The rules engine: a pure function from a case and a date to a result. No DOM, no i18n, no clock:
 * the caller passes asOf, so the same case and date give the same result anywhere.
 */
import type { Case, Result } from '../case/schema';
import { COVERAGE, rulesVersion } from '../rules';
import { makeCtx, resultMunicipality } from './context';
import { evaluateChoice } from './eligibility/employment-choice';
import { evaluateTransition } from './eligibility/employment-transition';
import { evaluateTypeA } from './eligibility/continuation-a';
import { evaluateTypeB } from './eligibility/continuation-b';
import { evaluateRetention } from './eligibility/job-retention';
import { evaluateCopay } from './copay';
import { buildPlan } from './plan';
import { evaluateCost } from './cost';
import { otherHelp } from './help';
import { citeOn } from './reasons';

export { COVERAGE };
export { copayChart, type CopayChart, type ChartStep, type ChartOptions, type DependsOn } from './copay/chart';

/** Thrown for a date the rules do not cover; carries what the message needs. */
export class CoverageError extends Error {
  constructor(
    readonly asOf: string,
    readonly from: string,
    readonly to: string,
  ) {
    super(`asOf ${asOf} is outside the covered range ${from}..${to}`);
    this.name = 'CoverageError';
  }
}

/** null when the rules cover `asOf`; otherwise the covered range, for the message. */
export function checkCoverage(asOf: string): null | { from: string; to: string } {
  return asOf < COVERAGE.from || asOf > COVERAGE.to ? { from: COVERAGE.from, to: COVERAGE.to } : null;
}

export function evaluate(c: Case, opts: { asOf: string }): Result {
  const { asOf } = opts;
  if (checkCoverage(asOf)) throw new CoverageError(asOf, COVERAGE.from, COVERAGE.to);
  const ctx = makeCtx(c, asOf);
  // citeOn: each reason cites the sources of the rule's value in force on asOf (e.g. a 2027-04-01 notice).
  const judged = [evaluateChoice(ctx), evaluateTransition(ctx), evaluateTypeA(ctx), evaluateTypeB(ctx), evaluateRetention(ctx)].map((s) => ({
    ...s,
    reasons: citeOn(s.reasons, asOf),
  }));
  const rawCopay = evaluateCopay(ctx);
  const copay = { ...rawCopay, reasons: citeOn(rawCopay.reasons, asOf) };
  // The monthly cost of each service that may fit, against the cap (its reasons are cited for asOf already).
  const services = evaluateCost(ctx, judged, copay);
  const help = citeOn(otherHelp(ctx, services), asOf);
  return {
    asOf,
    rulesVersion: rulesVersion(asOf),
    age: ctx.age ?? null,
    services,
    copay,
    timeline: buildPlan(ctx, services, copay),
    municipalityDecides: true,
    ...(ctx.place ? { municipality: resultMunicipality(ctx.place) } : {}),
    ...(help.length ? { otherHelp: help } : {}),
  };
}
