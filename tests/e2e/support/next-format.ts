/**
 * A rehearsal of the next case-format change, applied to a copy of the sources to make build "b" of
 * format-update.spec.ts. It does what a real change must (src/case/values.ts says so): a new CASE_FORMAT, an
 * upgrade step from the format before, and a new SAVED_STATE_VERSION. Case format 2 adds nothing: the
 * contract lets a later version add optional fields, and an upgrade that only renames the format is the
 * smallest such version.
 */
import type { SourceEdit } from './two-builds';

export const NEXT_CASE_FORMAT = 'shuro-check/case@2';

export const NEXT_FORMAT_EDITS: SourceEdit[] = [
  {
    file: 'src/case/values.ts',
    find: 'export const CASE_FORMAT = CASE_FORMAT_V1;',
    replace: `export const CASE_FORMAT_V2 = '${NEXT_CASE_FORMAT}';\nexport const CASE_FORMAT = CASE_FORMAT_V2;`,
  },
  {
    file: 'src/case/parse.ts',
    find: '  // For example: [CASE_FORMAT_V1]: (raw) => ({ ...raw, format: CASE_FORMAT_V2 }),',
    replace: '  [CASE_FORMAT_V1]: (raw) => ({ ...raw, format: CASE_FORMAT_V2 }),',
  },
  {
    file: 'src/case/parse.ts',
    find: "import { dateProblems } from './date-checks';",
    replace: "import { dateProblems } from './date-checks';\nimport { CASE_FORMAT_V1, CASE_FORMAT_V2 } from './values';",
  },
  {
    file: 'src/storage/index.ts',
    find: 'export const SAVED_STATE_VERSION = 1;',
    replace: 'export const SAVED_STATE_VERSION = 2;',
  },
];
