/**
 * Which fiscal year's 住民税 sets the copay on a date, for the wizard's tax questions. The engine's small
 * zod-free helper, passed through state (the wizard may not import the engine or the rules).
 */
export { taxYearOn, type TaxYear } from '../engine/copay/year';
