/**
 * The results side of the state, loaded with the engine (the app state's loadEngine()) so the first question
 * does not carry it: what the answers come to (the engine's result, on the date they describe), a what-if's
 * answers checked and tidied as answers are, and adopting them.
 */
import type { Case, Result } from '../case/schema';
import type { CaseProblem } from '../case/issues';
import { getField, setField } from '../case/paths';
import type { Answers, FlowStep } from './answers';

/** The engine's API (src/engine/index.ts), loaded lazily so the start page does not wait for it. */
export interface EngineApi {
  evaluate(c: Case, opts: { asOf: string }): Result;
  checkCoverage(asOf: string): null | { from: string; to: string };
}

export type ResultState =
  | { status: 'loading' }
  | { status: 'out-of-coverage'; asOf: string; from: string; to: string }
  | { status: 'invalid'; problems: CaseProblem[] }
  | { status: 'error' }
  | { status: 'ready'; result: Result };

export type WhatIfOutcome = { ok: true; case: Case } | { ok: false; problems: CaseProblem[] };

// Not imported from ./answers.ts: this module would then share a chunk with it instead of the state's own.
const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export function createResults(e: EngineApi, flow: readonly FlowStep[], answers: Answers) {
  const { today, draft, visited, reader, prune, reconcileAge } = answers;
  return {
    /** The engine's answer for a set of answers, on their asOf or today (reads the today and reader signals). */
    resultFor(d: Case): ResultState {
      const on = d.asOf ?? today.value;
      const gap = e.checkCoverage(on);
      if (gap) return { status: 'out-of-coverage', asOf: on, from: gap.from, to: gap.to };
      const r = reader.value;
      if (!r) return { status: 'loading' };
      const parsed = r.parse(d, { today: on });
      if (!parsed.ok) return { status: 'invalid', problems: parsed.problems };
      try {
        return { status: 'ready', result: e.evaluate(parsed.case, { asOf: on }) };
      } catch {
        return { status: 'error' };
      }
    },

    /**
     * A what-if: the current answers with some changed (case path → value; undefined = not answered), checked
     * and tidied as answer() does (answers to questions that no longer apply are removed). Never saved.
     */
    whatIf(changes: Readonly<Record<string, unknown>>): WhatIfOutcome {
      const base = draft.peek();
      let next = base;
      for (const [field, value] of Object.entries(changes)) {
        next = setField(next, field, value);
        const q = flow.find((s) => s.field === field);
        if (q && !sameValue(getField(base, field), value)) for (const f of q.clears ?? []) if (!(f in changes)) next = setField(next, f, undefined);
      }
      const r = reader.peek()!; // there: loadEngine() waits for it
      const fieldProblems = r.fieldProblems(next);
      if (fieldProblems) return { ok: false, problems: fieldProblems };
      // Another date moves the age with the birth date, unless the age itself is being tried out.
      if (!('age' in changes)) next = reconcileAge(next);
      const cross = r.parse({ ...next, asOf: next.asOf ?? today.peek() });
      if (!cross.ok) return { ok: false, problems: cross.problems };
      return { ok: true, case: prune(next, [])[0] };
    },

    /** Makes a what-if's answers the answers (saved as usual); questions it answered count as visited. */
    adopt(c: Case): void {
      const before = draft.peek();
      const answered = flow.filter((s) => getField(c, s.field) !== undefined && !sameValue(getField(before, s.field), getField(c, s.field))).map((s) => s.id);
      answers.replace(c, [...new Set([...visited.peek(), ...answered])]);
    },
  };
}

export type Results = ReturnType<typeof createResults>;
