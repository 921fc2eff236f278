/**
 * The answers kept on this device: read back once (when the case reader is there), then every change of the
 * answers or the step written at once, never a state with nothing in it. When saved answers cannot be read,
 * nothing is written over them; what went wrong is said (storageProblem, restoreProblem, kept saves).
 */
import { batch, effect, signal, type ReadonlySignal } from '@preact/signals';
import type { CaseReader } from '../case/reader';
import type { LoadResult, Store } from '../storage';
import type { Answers, FlowStep } from './answers';

/**
 * Why answers may not be kept: storage unavailable from the start, a save that failed, or saved answers that
 * could not be read (then nothing is written over them).
 */
export type StorageProblem = null | 'unavailable' | 'save-failed' | 'read-failed';

type Repaired = Extract<LoadResult, { kind: 'repaired' }>;

/** @param showStep shows the saved step, in place of the page at start-up (no new history entry). */
export function createSaved(store: Store, flow: readonly FlowStep[], answers: Answers, step: ReadonlySignal<string>, showStep: (s: string) => void) {
  const storageProblem = signal<StorageProblem>(store.persistent ? null : 'unavailable');
  const restoreProblem = signal<Repaired | null>(null);
  /** How many unreadable saves are kept aside on this device (offered as a file to download). */
  const keptSaves = signal(store.keptSaves().length);
  /** False while saved answers wait for the reader: nothing is written over them until they are read. */
  let restored = !store.hasSaved();

  // Every change of the answers or the step is written at once.
  effect(() => {
    const state = { case: answers.draft.value, step: step.value, visited: [...answers.visited.value] };
    // No answer and no question visited: nothing to keep, whatever the step (a reset clears the store itself).
    if (answers.isEmpty() || !restored) return; // nothing to keep yet, or the saved answers not read yet
    const ok = store.save(state);
    if (!ok && storageProblem.peek() === null) storageProblem.value = 'save-failed';
  });

  return {
    storageProblem: storageProblem as ReadonlySignal<StorageProblem>,
    restoreProblem: restoreProblem as ReadonlySignal<Repaired | null>,
    keptSaves: keptSaves as ReadonlySignal<number>,

    /**
     * Restores what was saved on this device (once, when the reader is there). Nothing is written until this has
     * read the saved answers; when they could not be read or kept aside, saving stays off for this visit.
     */
    restore(r: CaseReader): void {
      if (restored) return;
      let loaded: LoadResult;
      try {
        loaded = store.load(r, answers.today.peek());
      } catch {
        loaded = { kind: 'read-failed' }; // the store never throws; if it did, the saved answers stay untouched
      }
      restored = true;
      keptSaves.value = store.keptSaves().length;
      if (loaded.kind === 'read-failed' || store.blocked) storageProblem.value = 'read-failed';
      if (loaded.kind === 'empty' || loaded.kind === 'read-failed') return;
      const saved = loaded.state;
      let vis = saved.visited.filter((id) => flow.some((s) => s.id === id));
      if (loaded.kind === 'repaired') {
        const droppedIds = flow.filter((s) => loaded.dropped.some((f) => f === s.field || f.startsWith(`${s.field}.`))).map((s) => s.id);
        vis = vis.filter((id) => !droppedIds.includes(id));
        restoreProblem.value = loaded;
      }
      batch(() => {
        answers.replace(saved.case, vis);
        showStep(saved.step);
      });
    },

    /** The kept unreadable saves' texts, oldest first (for the download). */
    keptSaveTexts: (): string[] => store.keptSaves(),
    /** Removes the kept unreadable saves, once the person has them or chooses to let them go. */
    discardKeptSaves(): void {
      store.discardKeptSaves();
      keptSaves.value = store.keptSaves().length;
    },
    /** Hides the "could not restore" notice. */
    dismissRestoreProblem(): void {
      restoreProblem.value = null;
    },

    /** A reset: nothing of the last person stays on the device. */
    forget(): void {
      store.clear();
      keptSaves.value = 0;
      restoreProblem.value = null;
      if (storageProblem.peek() === 'read-failed') storageProblem.value = null;
    },
  };
}
