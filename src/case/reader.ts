/**
 * Everything that reads or checks a case with zod, in one module. The app loads it lazily (the first question
 * does not need it); the engine, the CLI and the tests import the parts directly.
 */
import { CaseFields, type Case } from './schema';
import { parseCase, type ParseOptions, type ParseOutcome } from './parse';
import { toProblemList, type CaseProblem } from './issues';
import { salvageCase } from './salvage';
import { lookupMunicipality } from '../municipalities/lookup';

export interface CaseReader {
  /** The whole case against the contract, with migration of older formats. */
  parse(input: unknown, opts?: ParseOptions): ParseOutcome;
  /** A damaged case: every answer that still validates, and the paths dropped. */
  salvage(raw: unknown, opts?: ParseOptions): { case: Case; dropped: string[] };
  /** Field-level problems of a draft (no cross-field rules), or null when there are none. */
  fieldProblems(draft: unknown): CaseProblem[] | null;
  /** Whether a municipality code names a 指定都市 or one of its wards; undefined for a code that names none. */
  designatedCity(code: string): boolean | undefined;
}

export const caseReader: CaseReader = {
  parse: parseCase,
  salvage: salvageCase,
  fieldProblems(draft) {
    const r = CaseFields.safeParse(draft);
    return r.success ? null : toProblemList(r.error.issues);
  },
  designatedCity(code) {
    const found = lookupMunicipality(code);
    return found.kind === 'found' ? found.place.designatedCity : undefined;
  },
};
