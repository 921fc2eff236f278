/**
 * Which wording of a reason's text applies. Some rules read differently with the answers (working or on
 * leave), the date (a rule in force or still coming) or the route taken; the engine knows which, so it says so
 * in `Reason.variant` and the views only look up `<rule>.<status>_<variant>` (results/format.ts).
 * Keyed by the rule records themselves, never by id strings, so a renamed id cannot silently drop a variant.
 */
import type { Reason } from '../case/schema';
import type { ReasonStatus } from '../case/enums';
import { choice, copay, fees, help, retention, transition, typeA, typeB, type Rule } from '../rules';

type Params = NonNullable<Reason['params']>;
type Pick = (status: ReasonStatus, p: Params) => string | undefined;

const str = (v: unknown) => (typeof v === 'string' ? v : undefined);

/** The value of one param names the variant (e.g. the copay category). */
const byParam =
  (name: string): Pick =>
  (_, p) =>
    str(p[name]);
/** Working vs on leave: only the "ask" text differs. */
const workSituation: Pick = (status, p) => (status === 'ask' ? str(p.status) : undefined);
/** A fee per month rather than per day of use. */
const perMonth: Pick = (_, p) => (p.per === 'month' ? 'month' : undefined);
/** A dated change: "now" once in force, "later" before. */
const inForce: Pick = (_, p) => (p.inForce === true ? 'now' : p.inForce === false ? 'later' : undefined);

const VARIANTS = new Map<Rule, Pick>([
  [transition.transitionWork, workSituation],
  [typeA.typeAWork, workSituation],
  [typeB.typeBWork, workSituation],
  [choice.choiceWork, workSituation],
  // Not in work: studying and not working read differently.
  [retention.retentionWork, (status, p) => (status === 'not-met' ? str(p.status) : undefined)],
  // The months used were not answered, so the text says it assumed none.
  [transition.transitionPeriod, (_, p) => (p.assumed === true ? 'assumed' : undefined)],
  [transition.transitionExtensionChoice, inForce],
  [typeA.typeAChoiceFirst, inForce],
  // The route that opened B型, or for the assessment route who assesses (by date).
  [typeB.typeBRoute, (_, p) => (p.route === 'assessment' ? str(p.assessment) : str(p.route))],
  // Asked either because the person is below the adult age (the 特別支援学校 route) or at the senior age.
  [
    choice.choiceAge,
    (status, p) => {
      if (status !== 'ask' || typeof p.age !== 'number') return undefined;
      return typeof p.senior === 'number' && p.age >= p.senior ? 'senior' : 'youth';
    },
  ],
  [retention.retentionWindow, (_, p) => (p.open === true ? 'open' : p.open === false ? 'later' : undefined)],
  [copay.copayHousehold, byParam('household')],
  [copay.copayCaps, byParam('category')],
  [copay.copayResidence, byParam('residence')],
  [copay.copayGuardianCaps, byParam('group')],
  // A fee per month (就労定着支援) reads differently from the plain per-day text.
  [fees.feeTables, perMonth],
  [fees.feeQuoted, perMonth],
  // With the case's municipality: a 指定都市 (judged at 6%) or another one (no 指定都市 wording) [7.8].
  [copay.copayTaxBasis, byParam('city')],
  // Other help: the situation that made the answers call for it (rules/help.ts).
  [help.helpHelloWork, byParam('situation')],
  [help.helpNakapotsu, byParam('situation')],
  [help.helpVocationalCenter, byParam('situation')],
]);

/** The wording for this rule, status and params, or undefined for the rule's plain status text. */
export function variantOf(rule: Rule, status: ReasonStatus, params: Params): string | undefined {
  return (VARIANTS.get(rule) as Pick | undefined)?.(status, params);
}
