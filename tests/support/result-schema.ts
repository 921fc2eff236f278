/** Validates a result against the Result schema; returns readable problems (empty = valid). */
import { Result } from '../../src/case/schema';

export function ResultSchemaCheck(r: unknown): string[] {
  const p = Result.safeParse(r);
  return p.success ? [] : p.error.issues.map((i) => `${i.path.join('.')}: ${i.code}`);
}
