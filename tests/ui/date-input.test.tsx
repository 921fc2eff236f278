/** Date and money fields accept what people type, refuse impossible values, and never lose the text. */
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDate, parseWholeNumber, parseYen } from '../../src/wizard/parse-input';
import { savedState, setup } from './harness';

afterEach(() => cleanup());

const STARTED = '今の仕事を始めた日はいつですか';
const working = () => savedState({ age: 30, work: { status: 'working' } }, 'started-on', ['age', 'work-status']);

function typeAndContinue(text: string) {
  fireEvent.input(screen.getByRole('textbox', { name: STARTED }), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: '次へ' }));
}

describe('the date question', () => {
  it('accepts ２０２６/3/1 (full-width digits) and stores 2026-03-01', async () => {
    const { app } = await setup({ saved: working() });
    typeAndContinue('２０２６/3/1');
    expect(app.draft.value.work?.startedOn).toBe('2026-03-01');
    expect(app.step.value).toBe('via-service');
  });

  it('refuses 2026-02-30 with a message that says how to fix it, and keeps the raw text', async () => {
    const { app } = await setup({ saved: working() });
    typeAndContinue('2026-02-30');
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('link').textContent).toBe('「2026-02-30」という日はありません。カレンダーにある日付を入れてください（例：2026/4/1）。');
    expect((screen.getByRole('textbox', { name: STARTED }) as HTMLInputElement).value).toBe('2026-02-30');
    expect(app.draft.value.work?.startedOn).toBeUndefined();
    expect(app.step.value).toBe('started-on');
  });

  it('refuses text that is not a date, and a date after today', async () => {
    const { app } = await setup({ saved: working() });
    typeAndContinue('来週');
    expect(screen.getByRole('alert').textContent).toContain('年・月・日の順に');
    typeAndContinue('2027/1/1');
    expect(screen.getByRole('alert').textContent).toContain('まだ来ていない日は入れられません');
    expect((screen.getByRole('textbox', { name: STARTED }) as HTMLInputElement).value).toBe('2027/1/1');
    expect(app.draft.value.work?.startedOn).toBeUndefined();
  });

  it('"I don\'t know – skip" leaves the date unanswered but visited', async () => {
    const { app } = await setup({ saved: working() });
    fireEvent.click(screen.getByRole('button', { name: 'わからないので次へ' }));
    expect(app.draft.value.work?.startedOn).toBeUndefined();
    expect(app.visited.value).toContain('started-on');
    expect(app.step.value).toBe('via-service');
  });
});

describe('parsing what people type', () => {
  it.each([
    ['2026/3/1', '2026-03-01'],
    ['2026-3-1', '2026-03-01'],
    ['２０２６－０３－０１', '2026-03-01'],
    ['2026年3月1日', '2026-03-01'],
    ['2026年3月1', '2026-03-01'],
    ['20260301', '2026-03-01'],
    ['2026.3.1', '2026-03-01'],
    [' 2026 / 3 / 1 ', '2026-03-01'],
    ['令和8年3月1日', '2026-03-01'],
    ['R8.3.1', '2026-03-01'],
    ['令和元年5月1日', '2019-05-01'],
    ['平成31年4月30日', '2019-04-30'],
    ['昭和37年4月1日', '1962-04-01'],
    ['S37/4/1', '1962-04-01'],
  ])('date %s → %s', (typed, iso) => {
    expect(parseDate(typed)).toEqual({ ok: true, value: iso });
  });

  it.each(['', '3/1', '1/3/2026', '2026/3', 'March 1', '2026-03-01T00:00'])('date %j is a format problem', (typed) => {
    expect(parseDate(typed)).toEqual({ ok: false, key: 'format' });
  });

  it.each([
    ['1,800,000', 1_800_000],
    ['１８０００００', 1_800_000],
    ['1800000円', 1_800_000],
    ['¥1,800,000', 1_800_000],
    ['180万', 1_800_000],
    ['180万5000', 1_805_000],
    ['1.8万', 18_000],
    ['0', 0],
  ])('yen %s → %d', (typed, n) => {
    expect(parseYen(typed)).toEqual({ ok: true, value: n });
  });

  it.each([
    ['-5', 'negative'],
    ['1.5', 'decimal'],
    ['百万', 'format'],
    ['abc', 'format'],
  ])('yen %s is refused (%s)', (typed, key) => {
    expect(parseYen(typed)).toEqual({ ok: false, key });
  });

  it.each([
    ['34', 34],
    ['３４', 34],
    ['34歳', 34],
    ['12か月', 12],
    ['20日', 20],
    ['1,000', 1000],
  ])('number %s → %d', (typed, n) => {
    expect(parseWholeNumber(typed)).toEqual({ ok: true, value: n });
  });
});

describe('the pay question', () => {
  it('accepts 180万 and shows it back with commas', async () => {
    const { app } = await setup({
      saved: savedState({ age: 30, household: { publicAssistance: false, spouse: false, residentTax: 'unknown' } }, 'income-self', ['age']),
    });
    const name = '去年（2025年）1年間の、あなたの給料はいくらでしたか 任意';
    fireEvent.input(screen.getByRole('textbox', { name }), { target: { value: '180万' } });
    fireEvent.click(screen.getByRole('button', { name: '次へ' }));
    expect(app.draft.value.household?.income?.self).toBe(1_800_000);
    fireEvent.click(screen.getByRole('button', { name: '戻る' }));
    expect((screen.getByRole('textbox', { name }) as HTMLInputElement).value).toBe('1,800,000');
  });
});
