/**
 * Saved answers are never lost without a word: every unreadable save is kept aside under a key of its own
 * (several, none written over another), a save too deeply nested to read is kept rather than dropped, and a
 * read that throws or a keep-aside that fails stops every write over the saved answers.
 */
import { describe, expect, it } from 'vitest';
import { caseReader } from '../../src/case/reader';
import { createStore, keptSaveKey, MAX_KEPT_SAVES, STATE_KEY, UNREADABLE_KEY } from '../../src/storage';
import { AppModel } from '../../src/state';
import { FLOW } from '../../src/wizard';
import { memoryBackend, NOW, savedState } from '../ui/harness';

const V1 = 'shuro-check/case@1';
/** A save whose case nests 50,000 levels deep: enough to overflow a recursive reader. */
const DEEP = `{"v":1,"case":{"format":"${V1}","age":30,"x":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}},"step":"age","visited":[]}`;

const model = (backend: ReturnType<typeof memoryBackend>) =>
  new AppModel({ flow: FLOW, store: createStore(() => backend), now: () => NOW, reader: caseReader });

describe('unreadable saves are kept aside, each under its own key', () => {
  it('a second unreadable save does not overwrite the first; both can be read back, oldest first', () => {
    const backend = memoryBackend({ [STATE_KEY]: 'first damaged' });
    createStore(() => backend).load(caseReader);
    backend.setItem(STATE_KEY, 'second damaged');
    const store = createStore(() => backend);
    expect(store.load(caseReader)).toMatchObject({ kind: 'repaired', problem: 'unreadable', rawKept: true });
    expect(backend.map.get(UNREADABLE_KEY)).toBe('first damaged');
    expect(backend.map.get(keptSaveKey(2))).toBe('second damaged');
    expect(store.keptSaves()).toEqual(['first damaged', 'second damaged']);
  });

  it(`keeps at most ${MAX_KEPT_SAVES}; the sixth makes the oldest go, and says so`, () => {
    const backend = memoryBackend();
    for (let i = 1; i <= MAX_KEPT_SAVES; i++) {
      backend.setItem(STATE_KEY, `damaged ${i}`);
      const r = createStore(() => backend).load(caseReader);
      expect(r).toMatchObject({ rawKept: true });
      expect(r).not.toHaveProperty('droppedOldest');
    }
    backend.setItem(STATE_KEY, 'damaged 6');
    const store = createStore(() => backend);
    expect(store.load(caseReader)).toMatchObject({ kind: 'repaired', rawKept: true, droppedOldest: true });
    expect(store.keptSaves()).toEqual(['damaged 2', 'damaged 3', 'damaged 4', 'damaged 5', 'damaged 6']);
  });

  it('discardKeptSaves() removes them all, and nothing else', () => {
    const backend = memoryBackend({ [UNREADABLE_KEY]: 'a', [keptSaveKey(2)]: 'b', 'shuro-check:lang': 'en' });
    createStore(() => backend).discardKeptSaves();
    expect([...backend.map.keys()]).toEqual(['shuro-check:lang']);
  });
});

describe('a save nested too deeply to read', () => {
  it('is kept aside, never thrown or dropped', () => {
    const backend = memoryBackend({ [STATE_KEY]: DEEP });
    const store = createStore(() => backend);
    expect(() => store.load(caseReader)).not.toThrow();
    expect(store.keptSaves()).toEqual([DEEP]);
  });

  it('is still there after the next answer is saved', () => {
    const backend = memoryBackend({ [STATE_KEY]: DEEP });
    const app = model(backend);
    expect(app.restoreProblem.value).toMatchObject({ problem: 'unreadable', rawKept: true });
    expect(app.answer('age', 40)).toEqual({ ok: true });
    expect(JSON.parse(backend.map.get(STATE_KEY)!).case.age).toBe(40);
    expect(backend.map.get(UNREADABLE_KEY)).toBe(DEEP);
  });
});

describe('a read that fails is never followed by a write over the saved answers', () => {
  const failingReads = (saved: string) => {
    const backend = memoryBackend({ [STATE_KEY]: saved });
    const getItem = backend.getItem;
    backend.getItem = (k: string) => {
      if (k === STATE_KEY) throw new DOMException('denied', 'SecurityError');
      return getItem(k);
    };
    return backend;
  };

  it('the store: hasSaved() says there may be something, load() says it failed, save() refuses', () => {
    const saved = savedState({ age: 34 }, 'handbooks', ['age']);
    const backend = failingReads(saved);
    const store = createStore(() => backend);
    expect(store.hasSaved()).toBe(true);
    expect(store.load(caseReader)).toEqual({ kind: 'read-failed' });
    expect(store.blocked).toBe(true);
    expect(store.save({ case: { format: V1, age: 50 }, step: 'age', visited: ['age'] })).toBe(false);
    expect(backend.map.get(STATE_KEY)).toBe(saved);
  });

  it('the app: says so, keeps working in memory, and the saved answers stay', () => {
    const saved = savedState({ age: 34 }, 'handbooks', ['age']);
    const backend = failingReads(saved);
    const app = model(backend);
    expect(app.storageProblem.value).toBe('read-failed');
    app.goTo('age');
    expect(app.answer('age', 50)).toEqual({ ok: true });
    expect(app.draft.value.age).toBe(50);
    expect(backend.map.get(STATE_KEY)).toBe(saved);
  });

  it('when the damaged save cannot be kept aside (quota), it stays where it is and nothing is saved over it', () => {
    const backend = memoryBackend({ [STATE_KEY]: 'damaged' });
    const setItem = backend.setItem;
    backend.setItem = (k: string, v: string) => {
      if (k.startsWith(UNREADABLE_KEY)) throw new DOMException('quota', 'QuotaExceededError');
      setItem(k, v);
    };
    const app = model(backend);
    expect(app.restoreProblem.value).toMatchObject({ problem: 'unreadable', rawKept: false });
    expect(app.storageProblem.value).toBe('read-failed');
    app.goTo('age');
    app.answer('age', 50);
    expect(backend.map.get(STATE_KEY)).toBe('damaged');
  });
});
