/**
 * The page and the browser's history, one model (src/state/navigation.ts, docs/decisions/009): every page change
 * writes its entry in the same call, Back and Forward show the entry's page, and after a reset the last person's
 * entries lead to the start page. Checked on the app state with a stand-in for the browser's history.
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tsFiles } from '../support/files';
import { caseReader } from '../../src/case/reader';
import { AppModel, type HistoryHost } from '../../src/state';
import { createStore } from '../../src/storage';
import { FLOW } from '../../src/wizard';
import * as engine from '../../src/engine';
import { memoryBackend, NOW } from '../ui/harness';

/** A session history: entries, the current index, and popstate after back()/forward() as the browser does (later). */
function fakeHistory(initial: unknown = null) {
  const entries: unknown[] = [initial];
  let at = 0;
  const listeners = new Set<(e: PopStateEvent) => void>();
  const go = (delta: number) => {
    at += delta;
    const state = entries[at];
    queueMicrotask(() => {
      for (const l of listeners) l({ state } as PopStateEvent);
    });
  };
  const host = {
    history: {
      get state() {
        return entries[at];
      },
      get length() {
        return entries.length;
      },
      pushState(s: unknown) {
        entries.splice(at + 1, Infinity, s);
        at++;
      },
      replaceState(s: unknown) {
        entries[at] = s;
      },
      back: () => go(-1),
      forward: () => go(1),
    },
    location: { hash: '', pathname: '/', search: '' },
    addEventListener: (_: string, l: (e: PopStateEvent) => void) => listeners.add(l),
    removeEventListener: (_: string, l: (e: PopStateEvent) => void) => listeners.delete(l),
  };
  return { host: host as unknown as HistoryHost, entries, at: () => at, back: () => go(-1), forward: () => go(1) };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

function model() {
  return new AppModel({ flow: FLOW, store: createStore(() => memoryBackend()), now: () => NOW, reader: caseReader, loadEngine: async () => engine });
}

describe('the page and the browser history', () => {
  it('writes the entry in the same call as the page change, so Back at once goes to the page before', async () => {
    const app = model();
    const h = fakeHistory();
    app.connectHistory(h.host);
    app.next(); // the first question
    app.answer('age', 40);
    app.next();
    expect(app.step.value).toBe('handbooks');
    // No render, no frame: the entry is already there.
    expect(h.entries.map((e) => (e as { step: string }).step)).toEqual(['start', 'age', 'handbooks']);
    h.back();
    await settle();
    expect(app.step.value).toBe('age');
    expect(h.entries).toHaveLength(3); // Back adds nothing
  });

  it("after a reset, Back into the last person's entries shows the start page and rewrites them", async () => {
    const app = model();
    const h = fakeHistory();
    app.connectHistory(h.host);
    app.next();
    app.answer('age', 40);
    app.next();
    app.open('reset');
    app.reset();
    expect(app.page.value).toEqual({ step: 'start', over: null });
    app.next();
    expect(app.step.value).toBe('age');
    h.back();
    await settle();
    expect(app.step.value).toBe('start');
    h.back();
    await settle();
    expect(app.step.value).toBe('start'); // "handbooks" of the last person
    expect((h.entries[h.at()] as { step: string }).step).toBe('start');
  });

  it('a page over the step has its own entry: close() goes back to the step, Forward opens it again', async () => {
    const app = model();
    const h = fakeHistory();
    app.connectHistory(h.host);
    app.open('tools');
    expect(app.page.value).toEqual({ step: 'start', over: 'tools' });
    app.close();
    app.close(); // a double tap goes back once
    await settle();
    expect(h.at()).toBe(0);
    expect(app.page.value).toEqual({ step: 'start', over: null });
    h.forward();
    await settle();
    expect(app.page.value).toEqual({ step: 'start', over: 'tools' });
  });

  it('a link is never opened again by Back or Forward; a case opened from it takes its entry', async () => {
    const app = model();
    const h = fakeHistory();
    app.open('link');
    app.connectHistory(h.host);
    expect(h.entries).toEqual([expect.objectContaining({ step: 'start', over: 'link' })]);
    app.replaceCase({ format: 'shuro-check/case@1', age: 40 });
    expect(h.entries).toEqual([expect.objectContaining({ step: 'results', over: null })]);
    app.goTo('check');
    h.back();
    await settle();
    expect(app.page.value).toEqual({ step: 'results', over: null });
  });

  it('starts a new generation when there are no answers at start-up (counselor mode after a reload)', async () => {
    // The tab's entries from before the reload, standing on the results.
    const h = fakeHistory({ step: 'check', over: null, gen: 'before-the-reload' });
    h.host.history.pushState({ step: 'results', over: null, gen: 'before-the-reload' }, '');
    const app = model();
    app.connectHistory(h.host);
    h.back();
    await settle();
    expect(app.page.value).toEqual({ step: 'start', over: null });
  });
});

describe('one module owns the history', () => {
  it('no other file under src/ pushes, replaces, goes back in or listens to the browser history', () => {
    const src = resolve(__dirname, '../../src');
    const touching = tsFiles(src)
      .filter((f) => /history\.(pushState|replaceState|back|forward|go)\b|['"]popstate['"]|['"]hashchange['"]/.test(readFileSync(f, 'utf8')))
      .map((f) => relative(src, f));
    // boot.tsx: a share link opened in a running tab reloads the page (no entry written, none read).
    expect(touching.sort()).toEqual(['app/boot.tsx', 'state/navigation.ts']);
  });
});
