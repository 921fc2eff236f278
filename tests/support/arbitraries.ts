/** fast-check generators for valid cases (every optional field may be missing, i.e. not answered). */
import fc from 'fast-check';
import { CASE_FORMAT_V1, type Case } from '../../src/case/schema';
import { ASSESSED_BY, HANDBOOKS, RESIDENCES, RESIDENT_TAX, SERVICE_IDS, VIA_SERVICES, WORK_STATUSES } from '../../src/case/enums';
import { COVERAGE } from '../../src/rules';
import { addDays, addYears } from '../../src/case/dates';

const DAY = 86_400_000;
const toIso = (t: number) => new Date(t).toISOString().slice(0, 10);
const ms = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

export const isoBetween = (from: string, to: string) => fc.integer({ min: ms(from) / DAY, max: ms(to) / DAY }).map((d) => toIso(d * DAY));

const opt = { requiredKeys: [] as never[] };

export const arbCase: fc.Arbitrary<Case> = isoBetween(COVERAGE.from, COVERAGE.to).chain((asOf) =>
  fc
    .record(
      {
        age: fc.integer({ min: 0, max: 120 }),
        // At most MAX_AGE_YEARS (120) before asOf: an older birth date is refused as a data error.
        birthDate: isoBetween(addDays(addYears(asOf, -121), 1), asOf),
        disability: fc.record(
          {
            handbooks: fc.uniqueArray(fc.constantFrom(...HANDBOOKS)),
            mentalOutpatientCertificate: fc.boolean(),
            designatedDisease: fc.boolean(),
            doctorConfirmed: fc.boolean(),
          },
          opt,
        ),
        pensionGrade1: fc.boolean(),
        work: fc.record(
          {
            status: fc.constantFrom(...WORK_STATUSES),
            experience: fc.boolean(),
            hardToBeEmployed: fc.boolean(),
            finalYear: fc.boolean(),
            startedOn: isoBetween('2018-01-01', asOf),
            viaService: fc.constantFrom(...VIA_SERVICES),
          },
          opt,
        ),
        history: fc.record(
          {
            transitionMonthsUsed: fc.integer({ min: 0, max: 36 }),
            grantedBefore65: fc.uniqueArray(fc.constantFrom(...SERVICE_IDS)),
            continuousBefore65: fc.boolean(),
            assessed: fc.boolean(),
            assessedBy: fc.constantFrom(...ASSESSED_BY),
            current: fc.uniqueArray(fc.constantFrom(...SERVICE_IDS)),
          },
          opt,
        ),
        household: fc.record(
          {
            publicAssistance: fc.boolean(),
            spouse: fc.boolean(),
            residentTax: fc.constantFrom(...RESIDENT_TAX),
            income: fc.record({ self: fc.integer({ min: 0, max: 20_000_000 }), spouse: fc.integer({ min: 0, max: 20_000_000 }) }, opt),
          },
          opt,
        ),
        residence: fc.constantFrom(...RESIDENCES),
        plan: fc.record({ daysPerMonth: fc.integer({ min: 1, max: 31 }) }, opt),
      },
      opt,
    )
    .map((fields) => {
      const c = { format: CASE_FORMAT_V1, asOf, ...fields } as Case;
      // With both given, the case contract requires them to agree: keep the birth date, derive nothing here.
      if (c.birthDate !== undefined) delete c.age;
      return c;
    }),
);

/** Every answered leaf path of a case (arrays count as one answer), except the format and the date. */
export function answeredPaths(c: Case): string[][] {
  const out: string[][] = [];
  const walk = (v: unknown, path: string[]) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) for (const [k, x] of Object.entries(v)) walk(x, [...path, k]);
    else if (v !== undefined) out.push(path);
  };
  walk(c, []);
  return out.filter((p) => p[0] !== 'format' && p[0] !== 'asOf');
}

export function without(c: Case, path: string[]): Case {
  const copy = structuredClone(c) as Record<string, unknown>;
  let o = copy;
  for (const k of path.slice(0, -1)) o = o[k] as Record<string, unknown>;
  delete o[path[path.length - 1]!];
  return copy as Case;
}
