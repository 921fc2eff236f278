/** The saved state: never throws, never drops a damaged save silently, keeps what still validates. */
import { describe, expect, it } from 'vitest';
import { createStore, STATE_KEY, UNREADABLE_KEY } from '../../src/storage';
import { caseReader } from '../../src/case/reader';
import { salvageCase } from '../../src/case/salvage';
import { memoryBackend, savedState } from '../ui/harness';

describe('the store', () => {
  it('round-trips a saved state', () => {
    const backend = memoryBackend();
    const store = createStore(() => backend);
    expect(store.persistent).toBe(true);
    const c = { format: 'shuro-check/case@1' as const, age: 34, work: { status: 'working' as const, startedOn: '2026-03-01' } };
    expect(store.save({ case: c, step: 'via-service', visited: ['age'] }, '2026-11-22T00:00:00.000Z')).toBe(true);
    expect(createStore(() => backend).load(caseReader)).toEqual({
      kind: 'ok',
      state: { v: 1, case: c, step: 'via-service', visited: ['age'], savedAt: '2026-11-22T00:00:00.000Z' },
    });
  });

  it('reports an empty store as empty', () => {
    expect(createStore(() => memoryBackend()).load(caseReader)).toEqual({ kind: 'empty' });
  });

  it('reports corrupted JSON, keeps the raw text under a separate key, and starts empty', () => {
    const raw = '{"v":1,"case":{"format":"shuro-check/case@1","age":3';
    const backend = memoryBackend({ [STATE_KEY]: raw });
    const result = createStore(() => backend).load(caseReader);
    expect(result).toMatchObject({ kind: 'repaired', problem: 'unreadable', rawKept: true, state: { case: { format: 'shuro-check/case@1' }, step: 'start' } });
    expect(backend.map.get(UNREADABLE_KEY)).toBe(raw);
    // Reported once: the next visit starts clean, with the text still kept aside.
    expect(createStore(() => backend).load(caseReader)).toEqual({ kind: 'empty' });
    expect(backend.map.get(UNREADABLE_KEY)).toBe(raw);
  });

  it('keeps the fields that still validate and names the ones that do not', () => {
    const raw = savedState(
      {
        age: 34,
        work: { status: 'sometimes', startedOn: '2026-02-30', experience: true },
        household: { residentTax: 'exempt', income: { self: -5 } },
        extra: 1,
      },
      'assessed',
      ['age', 'work-status'],
    );
    const backend = memoryBackend({ [STATE_KEY]: raw });
    const result = createStore(() => backend).load(caseReader);
    if (result.kind !== 'repaired') throw new Error('expected a repaired state');
    expect(result.problem).toBe('fields');
    expect(result.state.case).toEqual({ format: 'shuro-check/case@1', age: 34, work: { experience: true }, household: { residentTax: 'exempt' } });
    expect(result.dropped.sort()).toEqual(['extra', 'household.income.self', 'work.startedOn', 'work.status']);
    expect(result.state.step).toBe('assessed');
    expect(backend.map.get(UNREADABLE_KEY)).toBe(raw);
  });

  it('drops an answer that breaks a cross-field rule (age not matching the birth date)', () => {
    const { case: c, dropped } = salvageCase({ format: 'shuro-check/case@1', asOf: '2026-11-22', age: 50, birthDate: '1960-01-01' });
    expect(dropped).toEqual(['age']);
    expect(c).toEqual({ format: 'shuro-check/case@1', asOf: '2026-11-22', birthDate: '1960-01-01' });
  });

  it('clear() (start again) removes the answers and any kept damaged save, but not the language', () => {
    const backend = memoryBackend({ [STATE_KEY]: '{}', [UNREADABLE_KEY]: 'x', 'shuro-check:lang': 'en' });
    createStore(() => backend).clear();
    expect([...backend.map.keys()]).toEqual(['shuro-check:lang']);
  });

  it('does not read a state saved by a newer version, and keeps it', () => {
    const raw = JSON.stringify({ v: 2, case: {}, step: 'x', visited: [] });
    const backend = memoryBackend({ [STATE_KEY]: raw });
    expect(createStore(() => backend).load(caseReader)).toMatchObject({ kind: 'repaired', problem: 'newer', rawKept: true });
    expect(backend.map.get(UNREADABLE_KEY)).toBe(raw);
  });

  it.each([0, -1, 1.5, '1', null])('a state whose version is %j is unreadable, and kept', (v) => {
    const raw = JSON.stringify({ v, case: { format: 'shuro-check/case@1', age: 30 }, step: 'age', visited: [] });
    const backend = memoryBackend({ [STATE_KEY]: raw });
    expect(createStore(() => backend).load(caseReader)).toMatchObject({ kind: 'repaired', problem: 'unreadable', rawKept: true });
    expect(backend.map.get(UNREADABLE_KEY)).toBe(raw);
  });

  it('a full quota makes save() return false instead of throwing', () => {
    const backend = memoryBackend();
    const store = createStore(() => backend);
    backend.setItem = (k: string) => {
      if (k === STATE_KEY) throw new DOMException('quota', 'QuotaExceededError');
    };
    expect(() => store.save({ case: { format: 'shuro-check/case@1' }, step: 'age', visited: [] })).not.toThrow();
    expect(store.save({ case: { format: 'shuro-check/case@1' }, step: 'age', visited: [] })).toBe(false);
  });

  it('disabled storage (the getter throws) falls back to memory for this visit', () => {
    const store = createStore(() => {
      throw new DOMException('denied', 'SecurityError');
    });
    expect(store.persistent).toBe(false);
    expect(store.save({ case: { format: 'shuro-check/case@1', age: 3 }, step: 'age', visited: [] })).toBe(true);
    expect(store.load(caseReader)).toMatchObject({ kind: 'ok', state: { case: { age: 3 } } });
  });

  it('storage whose every call throws (private mode) is not persistent and never throws', () => {
    const throwing = {
      getItem: () => {
        throw new Error('no');
      },
      setItem: () => {
        throw new Error('no');
      },
      removeItem: () => {
        throw new Error('no');
      },
    };
    const store = createStore(() => throwing);
    expect(store.persistent).toBe(false);
    expect(() => {
      store.load(caseReader);
      store.clear();
      store.setLanguage('en');
      store.setFlag('x');
    }).not.toThrow();
  });
});
