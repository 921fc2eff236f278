/** Reading and writing one answer of a case by its dotted path ("work.startedOn"), immutably. No zod. */
import type { Case } from './schema';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The value at `path`, or undefined. */
export function getField(c: Case, path: string): unknown {
  let cur: unknown = c;
  for (const k of path.split('.')) {
    if (!isObj(cur)) return undefined;
    cur = cur[k];
  }
  return cur;
}

/**
 * A copy of `c` with `path` set to `value`; `undefined` removes the field, and an object left empty by
 * the removal is removed too, so "not answered" is always an absent key.
 */
export function setField<T extends object>(c: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  const out: Obj = { ...(c as Obj) };
  if (rest.length === 0) {
    if (value === undefined) delete out[head!];
    else out[head!] = value;
    return out as T;
  }
  const child = isObj(out[head!]) ? (out[head!] as Obj) : {};
  const next = setField(child, rest.join('.'), value);
  if (Object.keys(next).length === 0) delete out[head!];
  else out[head!] = next;
  return out as T;
}

/** Every answered leaf as [path, value]: nested objects are walked, arrays are one value. */
export function leaves(c: object, prefix = ''): [string, unknown][] {
  return Object.entries(c).flatMap(([k, v]): [string, unknown][] => {
    const path = prefix ? `${prefix}.${k}` : k;
    return isObj(v) ? leaves(v, path) : [[path, v]];
  });
}
