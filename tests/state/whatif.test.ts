/** The state's what-if actions: a what-if is checked and tidied like answers, evaluated by the engine, never saved until adopted. */
import { describe, expect, it } from 'vitest';
import { AppModel } from '../../src/state';
import { createStore, STATE_KEY } from '../../src/storage';
import { FLOW } from '../../src/wizard';
import * as engine from '../../src/engine';
import { caseReader } from '../../src/case/reader';
import { memoryBackend, NOW, savedState } from '../ui/harness';

const GROUP_HOME_TAXED = {
  age: 35,
  disability: { handbooks: ['mental'] },
  work: { status: 'not-working', experience: true },
  household: { publicAssistance: false, spouse: false, residentTax: 'taxed-under-160k' },
  residence: 'home',
};
const VISITED = ['age', 'handbooks', 'work-status', 'experience', 'residence', 'public-assistance', 'spouse', 'resident-tax'];

async function model(c: Record<string, unknown> = GROUP_HOME_TAXED) {
  const backend = memoryBackend({ [STATE_KEY]: savedState(c, 'results', VISITED) });
  const app = new AppModel({ flow: FLOW, store: createStore(() => backend), now: () => NOW, reader: caseReader, loadEngine: async () => engine });
  await app.loadEngine();
  return { app, backend, saved: () => backend.getItem(STATE_KEY) };
}

const ready = (s: ReturnType<Awaited<ReturnType<typeof model>>['app']['evaluateCase']>) => {
  if (s.status !== 'ready') throw new Error(`not ready: ${s.status}`);
  return s.result;
};

describe('whatIf', () => {
  it('changes nothing the person answered and saves nothing', async () => {
    const { app, saved } = await model();
    const before = saved();
    const draft = app.draft.value;
    const w = app.whatIf({ residence: 'group-home' });
    expect(w).toMatchObject({ ok: true, case: { residence: 'group-home' } });
    expect(app.draft.value).toBe(draft);
    expect(saved()).toBe(before);
  });

  it('is evaluated by the same engine: a group home puts the cap from 9,300 to 37,200 yen', async () => {
    const { app } = await model();
    const w = app.whatIf({ residence: 'group-home' });
    if (!w.ok) throw new Error('refused');
    expect(ready(app.result.value).copay.monthlyCap).toBe(9300);
    expect(ready(app.evaluateCase(w.case)).copay.monthlyCap).toBe(37200);
    expect(ready(app.evaluateCase(w.case))).toEqual(engine.evaluate({ ...w.case }, { asOf: '2026-11-22' }));
  });

  it('removes answers the wizard would no longer ask (public assistance: no tax question)', async () => {
    const { app } = await model();
    const w = app.whatIf({ 'household.publicAssistance': true });
    expect(w.ok && w.case.household).toEqual({ publicAssistance: true });
  });

  it('clears the birth date when the age changes, as the wizard does', async () => {
    const { app } = await model({ ...GROUP_HOME_TAXED, age: 62, birthDate: '1964-05-01' });
    const w = app.whatIf({ age: 40 });
    expect(w.ok && [w.case.age, w.case.birthDate]).toEqual([40, undefined]);
  });

  it('follows the birth date to another date: the age on that day', async () => {
    const { app } = await model({ ...GROUP_HOME_TAXED, age: 62, birthDate: '1964-05-01' });
    const w = app.whatIf({ asOf: '2027-06-01' });
    expect(w.ok && [w.case.asOf, w.case.age]).toEqual(['2027-06-01', 63]);
  });

  it('refuses a value the case schema refuses, naming the field', async () => {
    const { app } = await model();
    expect(app.whatIf({ age: 500 })).toMatchObject({ ok: false, problems: [{ field: 'age', key: 'too-big' }] });
    expect(app.whatIf({ asOf: '2027-02-30' })).toMatchObject({ ok: false, problems: [{ field: 'asOf', key: 'date' }] });
  });

  it('says when a date is outside the rules, rather than guessing', async () => {
    const { app } = await model();
    const w = app.whatIf({ asOf: '2030-04-01' });
    if (!w.ok) throw new Error('refused');
    expect(app.evaluateCase(w.case)).toEqual({ status: 'out-of-coverage', asOf: '2030-04-01', from: '2024-04-01', to: '2028-03-31' });
  });
});

describe('adopt', () => {
  it('replaces the answers with the what-if and saves them; the changed questions count as answered', async () => {
    const { app, saved } = await model({ ...GROUP_HOME_TAXED, household: { publicAssistance: false, spouse: false } });
    const w = app.whatIf({ residence: 'group-home', 'household.residentTax': 'taxed-under-160k' });
    if (!w.ok) throw new Error('refused');
    app.adopt(w.case);
    expect(app.draft.value.residence).toBe('group-home');
    expect(ready(app.result.value).copay.monthlyCap).toBe(37200);
    const s = JSON.parse(saved()!) as { case: Record<string, unknown>; visited: string[] };
    expect(s.case.residence).toBe('group-home');
    expect(s.visited).toContain('resident-tax');
  });
});
