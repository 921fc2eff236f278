/**
 * Which page is showing, and the browser's history: one model (docs/decisions/009-navigation-model.md).
 *
 * The page is a step of the flow (the start page, a question, the check page, the results), with perhaps a page
 * over it (the what-if, the handout, the tools, "start again?", the counselor's "next client?", a share link
 * being opened). Every change of page goes through show(), which writes the browser's history in the same call:
 * the entry is there the moment the page is, so Back pressed as soon as a page appears goes to the page before
 * it. Back and Forward (popstate) show the entry's page and never add one. The URL does not change (a share
 * link's fragment is left alone until forgetLink()). Nothing else in the app touches `history`.
 *
 * A reset starts a new generation: entries made before it belong to the last person, and Back into one of them
 * shows the start page, never their steps with no answers behind them. The generation lives in the entries
 * (history.state survives a reload), never in storage.
 */
import { batch, signal, type ReadonlySignal } from '@preact/signals';

export const START = 'start';
export const CHECK = 'check';
export const RESULTS = 'results';

/** A page over a step: closing it shows the step again. */
export type Over = 'whatif' | 'handout' | 'tools' | 'reset' | 'next-client' | 'link';

export interface Page {
  /** START, a question id, CHECK or RESULTS: where the person is in the flow (saved with the answers). */
  readonly step: string;
  readonly over: Over | null;
}

/** What the module needs of the browser: `window`, or a stand-in. */
export type HistoryHost = Pick<Window, 'history' | 'location' | 'addEventListener' | 'removeEventListener'>;

/** An entry's state, as show() writes it. */
type Entry = { step?: unknown; over?: Over | null; gen?: unknown } | null;

const newGeneration = () => String(Math.random());
const START_PAGE: Page = { step: START, over: null };

/**
 * @param validStep a step that exists for the current answers (an old entry's question may not apply now).
 * @param popped called as Back or Forward shows an entry (the flow then forgets an answer change under way).
 */
export function createNavigation(validStep: (step: string) => string, popped: () => void) {
  const page = signal<Page>(START_PAGE);
  let host: HistoryHost | null = null;
  let generation = '';
  /** A close() waiting for its popstate: a second one (a double tap) must not go back twice. */
  let closing = false;

  /** Shows a page; 'push' adds a history entry for it (none when it is the page already showing). */
  function show(p: Page, write: 'push' | 'replace' = 'push'): void {
    const was = page.peek();
    page.value = p;
    if (!host || (write === 'push' && was.step === p.step && was.over === p.over)) return;
    const entry = { step: p.step, over: p.over, gen: generation };
    if (write === 'push') host.history.pushState(entry, '');
    else host.history.replaceState(entry, '');
  }

  function onPop(e: PopStateEvent): void {
    const entry = e.state as Entry;
    const was = entry?.step;
    closing = false;
    if (typeof was !== 'string') return; // not the app's entry
    batch(() => {
      popped();
      // The last person's page: this entry now means the start page.
      if (entry!.gen !== generation) return show(START_PAGE, 'replace');
      // The entry's page, as it can be shown now: a question that no longer applies gives way to the next open
      // one, and a link is opened once only.
      const over = entry!.over;
      show({ step: validStep(was), over: over === 'link' ? null : (over ?? null) }, 'replace');
    });
  }

  return {
    page: page as ReadonlySignal<Page>,
    show,

    /** Opens a page over the current step, with its own entry: Back closes it. */
    open(over: Over): void {
      show({ step: page.peek().step, over });
    },

    /**
     * Closes the page over the step. One that open() gave an entry is closed by going back to the step's entry
     * (so Forward opens it again); the page then changes on popstate, like any Back.
     */
    close(): void {
      const { step, over } = page.peek();
      if (!over || closing) return;
      const entry = host?.history.state as Entry;
      if (over !== 'link' && entry?.over === over && entry.gen === generation) {
        closing = true;
        host!.history.back();
      } else show({ step, over: null }, 'replace');
    },

    /** After a reset: the entries made so far lead to the start page, which replaces the current entry. */
    restart(): void {
      generation = newGeneration();
      show(START_PAGE, 'replace');
    },

    /** Removes a share link's fragment from the address (no new entry), so a reload does not open it again. */
    forgetLink(): void {
      if (host?.location.hash) host.history.replaceState(host.history.state, '', host.location.pathname + host.location.search);
    },

    /**
     * Binds the page to the browser's history; returns the unbinding. The generation is the current entry's
     * (a reload), unless `fresh` (no answers: earlier entries, e.g. from before a reload in counselor mode,
     * have nothing behind them).
     */
    connect(h: HistoryHost, fresh: boolean): () => void {
      host = h;
      const g = (h.history.state as Entry)?.gen;
      generation ||= !fresh && typeof g === 'string' ? g : newGeneration();
      show(page.peek(), 'replace');
      h.addEventListener('popstate', onPop);
      return () => {
        h.removeEventListener('popstate', onPop);
        host = null;
      };
    },
  };
}
