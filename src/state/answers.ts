/**
 * The case being answered: the answers (a case draft), which questions were visited, and the date they describe.
 * An answer is checked by the case reader before it is kept, and answers to questions that no longer apply are
 * removed, so the draft is always a clean case. Which question comes next is the flow's (./flow.ts); keeping
 * the answers on the device is ./saved.ts. Its actions are called through the app state's (./model.ts), each a
 * batch: effects see an answer's change whole.
 */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Case } from '../case/schema';
import type { CaseProblem } from '../case/issues';
import type { CaseReader } from '../case/reader';
import { ageFrom } from '../case/dates';
import { emptyCase, getField, setField } from '../storage';
import { todayInJapan } from './today';

/** One question of the flow, as state needs it (the wizard's questions satisfy this). */
export interface FlowStep {
  id: string;
  field: string;
  isActive(d: Case, today: string): boolean;
  /** Fields cleared when this answer changes. */
  clears?: readonly string[];
}

export type AnswerOutcome = { ok: true } | { ok: false; problems: CaseProblem[] };

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
/** The answer to a check asked for before the case reader (or the engine, for a what-if) is there. */
export const notReady = (): { ok: false; problems: CaseProblem[] } => ({ ok: false, problems: [{ field: '', key: 'not-ready', params: {} }] });

export function createAnswers(flow: readonly FlowStep[], now: () => Date) {
  const byId = new Map(flow.map((s) => [s.id, s]));
  const today = signal(todayInJapan(now()));
  const draft = signal<Case>(emptyCase());
  const visited = signal<readonly string[]>([]);
  /** The case reader (zod), loaded off the first page's path; answers are checked with it. */
  const reader = signal<CaseReader | null>(null);

  /** The date the answers describe: the case's asOf, else today in Japan. */
  const asOf = computed(() => draft.value.asOf ?? today.value);

  /** Removes answers (and visits) of questions that no longer apply, until nothing changes. */
  function prune(d: Case, v: readonly string[]): [Case, string[]] {
    let out = d;
    let vis = [...v];
    for (let changed = true, guard = 0; changed && guard < flow.length + 1; guard++) {
      changed = false;
      for (const s of flow) {
        if (s.isActive(out, out.asOf ?? today.peek())) continue;
        if (getField(out, s.field) !== undefined) {
          out = setField(out, s.field, undefined);
          changed = true;
        }
        if (vis.includes(s.id)) vis = vis.filter((x) => x !== s.id);
      }
    }
    return [out, vis];
  }

  /**
   * With a birth date, the age follows it (as in the engine): a birthday that passed since the answers
   * were saved must not leave the case contradicting itself.
   */
  function reconcileAge(d: Case): Case {
    const age = ageFrom(d, d.asOf ?? today.peek());
    return d.age === age ? d : { ...d, age };
  }

  /** New answers and visits, tidied (a saved or shared case may hold answers to questions that do not apply). */
  function replace(d: Case, vis: readonly string[]): void {
    [draft.value, visited.value] = prune(reconcileAge(d), vis);
  }

  return {
    today: today as ReadonlySignal<string>,
    draft: draft as ReadonlySignal<Case>,
    visited: visited as ReadonlySignal<readonly string[]>,
    /** The case reader (zod), set once loaded (the app state's ready()). */
    reader,
    asOf,
    prune,
    reconcileAge,
    replace,

    /** True while nothing is answered and no question visited (a reset's state). */
    isEmpty: () => Object.keys(draft.peek()).length === 1 && visited.peek().length === 0,

    /**
     * Validates and stores the answer to one question (undefined = "I don't know": the field stays
     * unanswered but the question counts as visited). Returns the problems when the value is refused.
     */
    answer(id: string, value: unknown): AnswerOutcome {
      const q = byId.get(id);
      if (!q) return { ok: false, problems: [{ field: '', key: 'unknown-question', params: { id } }] };
      const r = reader.peek();
      // Callers wait for ready() first; this only guards against a wrong call order.
      if (!r) return notReady();
      const before = draft.peek();
      let next = setField(before, q.field, value);
      if (!sameValue(getField(before, q.field), value)) for (const f of q.clears ?? []) next = setField(next, f, undefined);
      const fieldProblems = r.fieldProblems(next);
      if (fieldProblems) return { ok: false, problems: fieldProblems };
      // Cross-field rules need a date: check against the date the answers describe.
      // Only problems this answer causes count: the age check belongs to the age and birth-date questions.
      const cross = r.parse({ ...next, asOf: next.asOf ?? asOf.peek() });
      if (!cross.ok) {
        const mine = cross.problems.filter((p) => p.field === q.field || (p.key === 'age-mismatch' && (q.field === 'age' || q.field === 'birthDate')));
        if (mine.length) return { ok: false, problems: mine };
      }
      [draft.value, visited.value] = prune(next, visited.peek().includes(id) ? visited.peek() : [...visited.peek(), id]);
      return { ok: true };
    },

    /** A whole case in place of the answers: each question it applies to counts as answered. */
    replaceCase(c: Case): void {
      const d = reconcileAge(c);
      replace(
        d,
        flow.filter((s) => s.isActive(d, d.asOf ?? today.peek())).map((s) => s.id),
      );
    },

    /** Re-reads today's date (e.g. when the app comes back to the foreground on another day). */
    refreshToday(): void {
      today.value = todayInJapan(now());
      draft.value = reconcileAge(draft.peek());
    },
  };
}

export type Answers = ReturnType<typeof createAnswers>;
