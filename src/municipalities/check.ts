/** Why a case's municipality code cannot be used, as a message key under errors.case.* and its values. */
import { isWellFormedCode } from './code';
import { lookupMunicipality } from './lookup';

export type MunicipalityProblem =
  | { key: 'municipality-format'; params: Record<string, never> }
  | { key: 'municipality-abolished'; params: { name: string; on: string; successors: string } }
  | { key: 'municipality-unknown'; params: Record<string, never> };

/** null when the code names a municipality or ward that exists today. */
export function municipalityProblem(code: string): MunicipalityProblem | null {
  if (!isWellFormedCode(code)) return { key: 'municipality-format', params: {} };
  const found = lookupMunicipality(code);
  if (found.kind === 'found') return null;
  if (found.kind === 'abolished') {
    const { name, on } = found.abolished;
    // The successors' names and codes, so the message can say which code to use now (e.g. 浜松市中央区 221384).
    return { key: 'municipality-abolished', params: { name, on, successors: found.successors.map((p) => `${p.name} ${p.code}`).join(', ') } };
  }
  return { key: 'municipality-unknown', params: {} };
}
