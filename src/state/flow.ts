/**
 * The flow: which questions are asked for the current answers, which comes next or before, and the person
 * changing one answer (who comes back where the change started). Every move is shown through the navigation
 * (./navigation.ts), which keeps the browser's history with the page; the flow hands on its functions. Its
 * actions are called through the app state's (./model.ts), each a batch.
 */
import { computed, signal, type ReadonlySignal } from '@preact/signals';
import type { Answers, FlowStep } from './answers';
import { CHECK, RESULTS, START, createNavigation } from './navigation';

export type ReturnTo = typeof CHECK | typeof RESULTS | null;

export function createFlow(flow: readonly FlowStep[], answers: Answers) {
  const { draft, visited, today } = answers;
  const order = flow.map((s) => s.id);
  const returnTo = signal<ReturnTo>(null);
  /** While changing an answer: questions the change newly opened, asked before returning. */
  const opened = signal<readonly string[]>([]);
  /** Ends an answer change under way (a step shown, Back or Forward, a reset). */
  const endChange = () => {
    returnTo.value = null;
    opened.value = [];
  };

  /** Ids of the questions asked for the current answers, in order. */
  const active = computed(() => {
    const d = draft.value;
    const on = d.asOf ?? today.value;
    return flow.filter((s) => s.isActive(d, on)).map((s) => s.id);
  });

  const firstOpenQuestion = () => active.peek().find((id) => !visited.peek().includes(id)) ?? CHECK;

  /** A step that exists for these answers: an inactive or unknown question falls back to the next open one. */
  const validStep = (s: string): string => (s === START || s === CHECK || s === RESULTS || active.peek().includes(s) ? s : firstOpenQuestion());

  const nav = createNavigation(validStep, endChange);
  const step = computed(() => nav.page.value.step);

  /** Shows a step (by default with a new history entry) and ends any answer change. */
  function showStep(s: string, write?: 'push' | 'replace'): void {
    endChange();
    nav.show({ step: s, over: null }, write);
  }

  return {
    ...nav,
    step,
    returnTo: returnTo as ReadonlySignal<ReturnTo>,
    active,
    validStep,
    showStep,

    /** After a reset: the start page, and the entries made so far lead there too. */
    startOver(): void {
      endChange();
      nav.restart();
    },

    /** "Question N of about M" for the current step; null outside the questions. */
    progress: computed(() => {
      const i = active.value.indexOf(step.value);
      return i < 0 ? null : { index: i + 1, total: active.value.length };
    }),

    /** After an answer: while changing one, the questions it newly opened (`before`: those asked before it). */
    answered(before: readonly string[]): void {
      if (!returnTo.peek()) return;
      const now = active.peek();
      const fresh = now.filter((q) => !before.includes(q) && !visited.peek().includes(q));
      opened.value = [...opened.peek().filter((q) => now.includes(q)), ...fresh];
    },

    /** Shows a step. With `returnTo`, the person is changing one answer and comes back there after it. */
    goTo(target: string, opts: { returnTo?: ReturnTo } = {}): void {
      const s = validStep(target);
      showStep(s);
      if (s !== START && s !== CHECK && s !== RESULTS) returnTo.value = opts.returnTo ?? null;
    },

    /** After a question is answered: the next question, or back to where the change started. */
    next(): void {
      const act = active.peek();
      const cur = step.peek();
      if (cur === START) return showStep(visited.peek().length ? firstOpenQuestion() : (act[0] ?? CHECK));
      const after = (id: string) => order.indexOf(id) > order.indexOf(cur);
      const back = returnTo.peek();
      if (back) {
        // Changing an answer can open new questions (e.g. "working" asks the start date): ask those first.
        const pending = act.find((id) => after(id) && opened.peek().includes(id) && !visited.peek().includes(id));
        if (pending) nav.show({ step: pending, over: null });
        else showStep(back);
        return;
      }
      showStep(act.find(after) ?? CHECK);
    },

    /** The back link: the previous question, or where an answer change started. */
    back(): void {
      const act = active.peek();
      const cur = step.peek();
      const i = act.indexOf(cur);
      if (cur === RESULTS) showStep(CHECK);
      else if (cur === CHECK) showStep(act[act.length - 1] ?? START);
      else showStep(returnTo.peek() ?? (i > 0 ? act[i - 1]! : START));
    },
  };
}

export type Flow = ReturnType<typeof createFlow>;
