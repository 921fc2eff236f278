/** Repairing a damaged case: what still validates is kept, and what does not is named. */
import { CaseFields, type Case } from './schema';
import { parseCase, upgradeCase, type ParseOptions } from './parse';
import { leaves, setField } from './paths';
import { CASE_FORMAT } from './values';

/**
 * Keeps every answer that validates on its own, then drops answers that break a cross-field rule.
 * Returns the repaired case and the paths that were dropped.
 */
export function salvageCase(raw: unknown, opts: ParseOptions = {}): { case: Case; dropped: string[] } {
  let acc: Case = { format: CASE_FORMAT };
  const dropped: string[] = [];
  const object = typeof raw === 'object' && raw !== null && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  // An older format is upgraded first, so a renamed answer is kept under its new name.
  const source = upgradeCase(object) ?? object;
  for (const [path, value] of leaves(source)) {
    if (path === 'format') continue;
    const candidate = setField(acc, path, value);
    if (CaseFields.safeParse(candidate).success) acc = candidate;
    else dropped.push(path);
  }
  // Cross-field rules (birth date after asOf or today, age not matching the birth date) name a field: drop it.
  for (let i = 0; i < 5; i++) {
    const parsed = parseCase(acc, opts);
    if (parsed.ok) break;
    const fields = parsed.problems.map((p) => p.field).filter((f) => f !== '');
    if (fields.length === 0) break;
    for (const f of fields) {
      acc = setField(acc, f, undefined);
      dropped.push(f);
    }
  }
  return { case: acc, dropped };
}
