/** Two tabs (./src/app/tabs.ts): another tab's different answers stop this tab's saves until the person chooses. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchOtherTabs } from '../../src/app/tabs';
import { STATE_KEY, createStore } from '../../src/storage';

const state = (c: Record<string, unknown>, step: string, visited: string[]) =>
  JSON.stringify({ v: 1, case: { format: 'shuro-check/case@1', ...c }, step, visited, savedAt: '' });
/** What another tab does: writes the key, and this tab gets the event. */
function otherTabWrites(value: string | null) {
  if (value === null) localStorage.removeItem(STATE_KEY);
  else localStorage.setItem(STATE_KEY, value);
  dispatchEvent(new StorageEvent('storage', { key: STATE_KEY, newValue: value }));
}
const mine = (age: number, step = 'handbook') => ({ case: { format: 'shuro-check/case@1', age } as never, step, visited: ['age'] });

afterEach(() => localStorage.clear());

describe('watchOtherTabs', () => {
  it('another tab\'s different answers raise the question and hold this tab\'s saves; "keep mine" saves them', () => {
    const { store, tabs } = watchOtherTabs(createStore());
    expect(store.save(mine(30))).toBe(true);
    otherTabWrites(state({ age: 40 }, 'handbook', ['age']));
    expect(tabs.conflict.value).toBe(true);
    store.save(mine(31));
    expect(JSON.parse(localStorage.getItem(STATE_KEY)!).case.age).toBe(40);
    tabs.keepMine();
    expect(tabs.conflict.value).toBe(false);
    expect(JSON.parse(localStorage.getItem(STATE_KEY)!).case.age).toBe(31);
  });

  it('"use the other tab\'s" reloads (the saved answers are then restored) and writes nothing', () => {
    const reload = vi.fn();
    const { store, tabs } = watchOtherTabs(createStore(), reload);
    store.save(mine(30));
    otherTabWrites(state({ age: 40 }, 'handbook', ['age']));
    store.save(mine(31));
    tabs.loadOthers();
    expect(reload).toHaveBeenCalledTimes(1);
    expect(JSON.parse(localStorage.getItem(STATE_KEY)!).case.age).toBe(40);
  });

  it('the same answers on another page, or with their keys in another order, are not a conflict', () => {
    const { store, tabs } = watchOtherTabs(createStore());
    store.save(mine(30));
    otherTabWrites(JSON.stringify({ savedAt: 'x', visited: ['age'], step: 'age', case: { age: 30, format: 'shuro-check/case@1' }, v: 1 }));
    expect(tabs.conflict.value).toBe(false);
    expect(store.save(mine(30, 'pension'))).toBe(true);
    expect(JSON.parse(localStorage.getItem(STATE_KEY)!).step).toBe('pension');
  });

  it('a write whose event has not arrived yet is found just before saving', () => {
    const { store, tabs } = watchOtherTabs(createStore());
    store.save(mine(30));
    localStorage.setItem(STATE_KEY, state({ age: 50 }, 'handbook', ['age'])); // no event (yet)
    store.save(mine(31));
    expect(tabs.conflict.value).toBe(true);
    expect(JSON.parse(localStorage.getItem(STATE_KEY)!).case.age).toBe(50);
  });

  it('in counselor mode (held in memory) nothing is watched', () => {
    const { store, tabs } = watchOtherTabs(createStore());
    store.hold(true);
    otherTabWrites(state({ age: 40 }, 'handbook', ['age']));
    expect(tabs.conflict.value).toBe(false);
  });
});
