/**
 * The 地域区分 of a municipality, for the yen per unit of a fee (fees.ts). Not a rule module (it is not in
 * index.ts's MODULES): a function over data.
 *
 * No official list of the 地域区分 of adult services (障害者サービス) for 2024–2026 was read on 2026-12-01: the one
 * official page seen (MHLW's 2024-01-22 地域区分 paper, page 9, through a text mirror) lists the areas of
 * children's services. Until the list is read and encoded here with its source, every municipality gets
 * undefined and a fee range (when a table exists) stays the national one, labelled 地域によって違います.
 */
import type { Grade } from './fees';

/** The grade of a municipality by its 6-digit 地方公共団体コード; undefined while no official list is encoded. */
export function gradeFor(code: string): Grade | undefined {
  return GRADE_BY_CODE[code];
}

/** Municipality code → grade, from the official list only. Empty: none was read. */
const GRADE_BY_CODE: Readonly<Record<string, Grade>> = {};
