/**
 * Service fees (報酬) for a monthly cost: reference.md §9 and §7.1. Data only.
 *
 * A 1割 range needs two official tables: the units (単位) of each service's basic fee (報酬算定構造 /
 * 介護給付費等単位数表) and the yen per unit by 地域区分 (the 一単位の単価 告示). Searched for on 2026-12-01
 * (the search tool's stored pages, documentation and GitHub files): neither table was read in an official text.
 * The unit prices of 就労継続支援 were seen only as quoted by a GitHub document (G1), the units only on private
 * pages and GitHub files; a page of MHLW's 2024-01-22 地域区分 paper (via a text mirror) lists the areas for
 * children's services only, with no yen per unit. So `fees.tables` holds no figure: every service is left
 * without a range, and the person may enter the fee the provider quoted instead (`fees.quoted`). A figure may be
 * added here only with the official text it comes from; tests/rules/fees.test.ts and the engine refuse a range
 * from a table with no official source. What was searched and found: docs/fee-tables.md.
 */
import type { ServiceId } from '../case/enums';
import { rule } from './rule';

/** The units of one service's basic fee: its lowest and highest tier (per day, or per month where `per` says so). */
export interface UnitRange {
  min: number;
  max: number;
}

/** 地域区分 of the 報酬 (not the 生活保護 級地 of the tax lines in copay.ts). */
export type Grade = '1' | '2' | '3' | '4' | '5' | '6' | '7' | 'other';

/**
 * Yen per unit in 銭 (hundredths of a yen: 10.00 yen is 1000), so the arithmetic stays in whole numbers: the
 * lowest and highest over all 地域区分 (the national range) and, where the official list is encoded, per grade.
 */
export interface SenPerUnit {
  min: number;
  max: number;
  byGrade?: Partial<Record<Grade, number>>;
}

export interface FeeTables {
  /** Services with an official unit table; a service not listed has none. */
  units: Partial<Record<ServiceId, UnitRange>>;
  /** Services with an official yen-per-unit table; a service not listed has none. */
  senPerUnit: Partial<Record<ServiceId, SenPerUnit>>;
  /** Services whose fee is per month (就労定着支援); the others are per day of use. */
  perMonth: readonly ServiceId[];
}

/** No official table read: no service has units or a unit price [9]. */
const NO_OFFICIAL_TABLE: FeeTables = { units: {}, senPerUnit: {}, perMonth: ['job-retention'] };

export const feeTables = rule({
  id: 'fees.tables',
  decides:
    'The official fee tables for a 1割 range: units per day (per month for 就労定着支援) and yen per unit by 地域区分. None was read in an official text, so no service gets a range; the fee the provider quotes can be entered instead.',
  kind: 'parameter',
  values: { '2024-04-01': NO_OFFICIAL_TABLE },
  sources: [
    { id: 'G1', section: '地域区分単価の表（就労継続支援の一単位の単価を、厚生労働省の告示の値として引用。告示そのものは読めていない）' },
    { id: 'G2', section: '就労継続支援B型の基本報酬の単位（民間のページの引用）' },
  ],
  refs: ['9.1', '9.2', '9.4', '9.6', '9.7', '9.8', '9.9'],
  confidence: 'low',
  note: 'Empty on purpose: a unit or a unit price enters only with its official source (告示 or MHLW 報酬算定構造).',
});

/**
 * The person's 1割 from a fee they were quoted: the share of the fee (1割 [7.1]) × the days counted, then at
 * most the monthly cap. The arithmetic is ours (rounded up to the yen, so an estimate never shows less).
 */
export const feeQuoted = rule({
  id: 'fees.quoted',
  decides:
    'The cost from the fee the provider quoted (the whole fee, 10割): 1割 of it for each day counted (or for the month for 就労定着支援), then at most the monthly cap.',
  kind: 'parameter',
  values: { '2024-04-01': { shareNumerator: 1, shareDenominator: 10 } },
  sources: [
    { id: 'A9', section: '「原則としてかかった費用の1割の自己負担となり…自己負担上限月額が設定されます」' },
    { id: 'S7', section: '負担上限月額の表' },
    'calc',
  ],
  refs: ['7.1', '7.2'],
  confidence: 'medium',
});
