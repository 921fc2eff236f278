/** The app state: validated answers, the flow, autosave, and the engine's result. */
import { caseReader } from '../../src/case/reader';
import { describe, expect, it, vi } from 'vitest';
import { AppModel, todayInJapan, type EngineApi } from '../../src/state';
import { createStore, STATE_KEY } from '../../src/storage';
import { FLOW } from '../../src/wizard';
import * as engine from '../../src/engine';
import { memoryBackend, NOW } from '../ui/harness';
import { respondent, setRespondent } from '../../src/state/respondent';

function model(opts: { engine?: EngineApi; backend?: ReturnType<typeof memoryBackend> } = {}) {
  const backend = opts.backend ?? memoryBackend();
  const app = new AppModel({
    flow: FLOW,
    store: createStore(() => backend),
    now: () => NOW,
    reader: caseReader,
    loadEngine: async () => opts.engine ?? engine,
  });
  return { app, backend };
}

describe('today in Japan', () => {
  it('uses Asia/Tokyo whatever the device time zone', () => {
    expect(todayInJapan(new Date('2026-11-21T15:30:00Z'))).toBe('2026-11-22');
    expect(todayInJapan(new Date('2026-11-21T14:59:59Z'))).toBe('2026-11-21');
  });
});

describe('answers', () => {
  it('are validated by the case schema before they are stored', () => {
    const { app } = model();
    expect(app.answer('age', 200)).toEqual({ ok: false, problems: [expect.objectContaining({ field: 'age', key: 'too-big' })] });
    expect(app.answer('age', 34.5)).toMatchObject({ ok: false });
    expect(app.draft.value.age).toBeUndefined();
    expect(app.answer('age', 34)).toEqual({ ok: true });
    expect(app.draft.value).toEqual({ format: 'shuro-check/case@1', age: 34 });
  });

  it('refuse a start date after today (the date the answers describe)', () => {
    const { app } = model();
    app.answer('work-status', 'working');
    expect(app.answer('started-on', '2026-11-23')).toMatchObject({ ok: false, problems: [{ field: 'work.startedOn', key: 'after-as-of' }] });
    expect(app.answer('started-on', '2026-11-22')).toEqual({ ok: true });
  });

  it('refuse a birth date that does not match the age', () => {
    const { app } = model();
    app.answer('age', 62);
    expect(app.answer('birth-date', '1970-01-01')).toMatchObject({
      ok: false,
      problems: [{ field: 'age', key: 'age-mismatch', params: { got: 62, expected: 56 } }],
    });
    expect(app.answer('birth-date', '1964-01-01')).toEqual({ ok: true });
  });

  it('a changed age clears the birth date (which no longer fits)', () => {
    const { app } = model();
    app.answer('age', 62);
    app.answer('birth-date', '1964-01-01');
    app.answer('age', 62);
    expect(app.draft.value.birthDate).toBe('1964-01-01');
    app.answer('age', 63);
    expect(app.draft.value.birthDate).toBeUndefined();
  });

  it('"I don\'t know" leaves the field unanswered but remembers the question was visited', () => {
    const { app } = model();
    app.answer('handbooks', []);
    expect(app.answer('certificate', undefined)).toEqual({ ok: true });
    expect(app.draft.value.disability).toEqual({ handbooks: [] });
    expect('mentalOutpatientCertificate' in (app.draft.value.disability ?? {})).toBe(false);
    expect(app.visited.value).toEqual(['handbooks', 'certificate']);
  });

  it('answers to questions that no longer apply are removed (the draft stays a clean case)', () => {
    const { app } = model();
    app.answer('age', 30);
    app.answer('work-status', 'working');
    app.answer('started-on', '2026-03-01');
    app.answer('via-service', 'employment-transition');
    app.answer('work-status', 'not-working');
    expect(app.draft.value.work).toEqual({ status: 'not-working' });
    expect(app.visited.value).toEqual(['age', 'work-status']);
  });
});

describe('the flow', () => {
  it('next and back walk the active questions; progress counts them', () => {
    const { app } = model();
    app.next();
    expect(app.step.value).toBe('age');
    expect(app.progress.value).toEqual({ index: 1, total: app.active.value.length });
    app.answer('age', 30);
    app.next();
    expect(app.step.value).toBe('handbooks');
    app.answer('handbooks', ['mental']);
    app.next();
    expect(app.step.value).toBe('pension'); // the other disability questions are skipped
    app.back();
    expect(app.step.value).toBe('handbooks');
    app.back();
    app.back();
    expect(app.step.value).toBe('start');
  });

  it('the total shrinks when answers skip questions', () => {
    const { app } = model();
    const before = app.active.value.length;
    app.answer('age', 30);
    app.answer('handbooks', ['mental']);
    expect(app.active.value.length).toBe(before - 3);
  });

  it('goTo an inactive question lands on the first open question instead', () => {
    const { app } = model();
    app.answer('age', 30);
    app.goTo('granted-before-65');
    expect(app.step.value).toBe('handbooks');
  });
});

describe('autosave', () => {
  it('saves every answer and step at once; a new model resumes there', () => {
    const backend = memoryBackend();
    const { app } = model({ backend });
    app.next();
    app.answer('age', 41);
    app.next();
    const saved = JSON.parse(backend.map.get(STATE_KEY)!);
    expect(saved).toMatchObject({ v: 1, case: { format: 'shuro-check/case@1', age: 41 }, step: 'handbooks', visited: ['age'] });
    const again = model({ backend }).app;
    expect(again.step.value).toBe('handbooks');
    expect(again.draft.value.age).toBe(41);
  });

  it('reset forgets everything on the device', () => {
    const backend = memoryBackend();
    const { app } = model({ backend });
    app.answer('age', 41);
    app.reset();
    expect(backend.map.has(STATE_KEY)).toBe(false);
    expect(app.draft.value).toEqual({ format: 'shuro-check/case@1' });
  });

  it('reset also forgets who was answering (家族 / 支援者), which belongs to the last person', () => {
    const { app } = model({ backend: memoryBackend() });
    setRespondent('family', false);
    app.reset();
    expect(respondent.value).toBeNull();
  });

  it('each model is independent (no module singleton)', () => {
    const a = model().app;
    const b = model().app;
    a.answer('age', 20);
    expect(b.draft.value.age).toBeUndefined();
  });
});

describe('the result', () => {
  it('is computed by the engine for today in Japan once the engine is loaded', async () => {
    const { app } = model();
    expect(app.result.value).toEqual({ status: 'loading' });
    app.answer('age', 34);
    await app.loadEngine();
    const r = app.result.value;
    if (r.status !== 'ready') throw new Error(`expected a result, got ${r.status}`);
    expect(r.result.asOf).toBe('2026-11-22');
    expect(r.result.services).toHaveLength(5);
    // Updates when an answer changes.
    app.answer('age', 10);
    const r2 = app.result.value;
    expect(r2.status === 'ready' && r2.result.services.find((s) => s.id === 'employment-transition')?.verdict).toBe('unlikely');
  });

  it("outside the rules' dates, says so and does not call the engine", async () => {
    const evaluate = vi.fn(engine.evaluate);
    const { app } = model({
      engine: { evaluate, checkCoverage: engine.checkCoverage },
      backend: memoryBackend({
        [STATE_KEY]: JSON.stringify({
          v: 1,
          case: { format: 'shuro-check/case@1', asOf: '2031-04-01', age: 30 },
          step: 'check',
          visited: ['age'],
          savedAt: '',
        }),
      }),
    });
    await app.loadEngine();
    expect(app.result.value).toEqual({ status: 'out-of-coverage', asOf: '2031-04-01', ...engine.checkCoverage('2031-04-01')! });
    expect(evaluate).not.toHaveBeenCalled();
  });
});

describe('a birthday that passes between visits', () => {
  it('moves the age on with the birth date, and later answers are not blocked', () => {
    const backend = memoryBackend({
      [STATE_KEY]: JSON.stringify({
        v: 1,
        case: { format: 'shuro-check/case@1', age: 64, birthDate: '1961-11-20' },
        step: 'handbooks',
        visited: ['age', 'birth-date'],
        savedAt: '',
      }),
    });
    // Saved when 64; today (2026-11-22) the birth date makes the person 65.
    const { app } = model({ backend });
    expect(app.draft.value.age).toBe(65);
    expect(app.active.value).toContain('granted-before-65');
    expect(app.answer('handbooks', ['physical'])).toEqual({ ok: true });
  });
});

describe('the case reader, loaded after the first page', () => {
  const lazyModel = (backend = memoryBackend()) => {
    const loadReader = vi.fn(async () => caseReader);
    const app = new AppModel({ flow: FLOW, store: createStore(() => backend), now: () => NOW, loadReader, loadEngine: async () => engine });
    return { app, backend, loadReader };
  };

  it('is not loaded until asked; an answer before that is refused, not lost silently', async () => {
    const { app, loadReader } = lazyModel();
    expect(loadReader).not.toHaveBeenCalled();
    expect(app.isReady.value).toBe(false);
    expect(app.answer('age', 34)).toMatchObject({ ok: false, problems: [{ key: 'not-ready' }] });
    await app.ready();
    expect(loadReader).toHaveBeenCalledTimes(1);
    expect(app.answer('age', 34)).toEqual({ ok: true });
    await app.ready();
    expect(loadReader).toHaveBeenCalledTimes(1);
  });

  it('restores saved answers on ready(), and writes nothing over them before that', async () => {
    const saved = JSON.stringify({ v: 1, case: { format: 'shuro-check/case@1', age: 41 }, step: 'handbooks', visited: ['age'], savedAt: '' });
    const backend = memoryBackend({ [STATE_KEY]: saved });
    const { app } = lazyModel(backend);
    expect(app.draft.value.age).toBeUndefined();
    app.goTo('age');
    expect(backend.map.get(STATE_KEY)).toBe(saved);
    await app.ready();
    expect(app.draft.value.age).toBe(41);
    expect(app.step.value).toBe('handbooks');
  });

  it('the result waits for the reader as well as the engine', async () => {
    const { app } = lazyModel();
    expect(app.result.value.status).toBe('loading');
    await app.loadEngine();
    expect(app.result.value.status).not.toBe('loading');
  });
});
