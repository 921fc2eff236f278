/** Check your answers: a change link per answer, and back to the check page after the change. */
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { savedState, setup } from './harness';
import { AT_HOME, AT_HOME_VISITED } from '../fixtures/person-at-home';

afterEach(() => cleanup());

const answered = () => savedState(AT_HOME, 'check', AT_HOME_VISITED);

/** The change button's name: "変更" plus the hidden question label (name computation may add a space). */
const change = (label: string) => new RegExp(`^変更\\s?（${label}）$`);

function row(label: string): HTMLElement {
  const dt = screen.getAllByRole('term').find((el) => el.textContent === label);
  if (!dt) throw new Error(`no row "${label}"`);
  return dt.parentElement!;
}

describe('check your answers', () => {
  it('lists each asked question with its answer, in words', async () => {
    await setup({ saved: answered() });
    expect(screen.getByRole('heading', { level: 1, name: '答えを確かめてください' })).toBeTruthy();
    expect(within(row('年齢')).getByText('34歳')).toBeTruthy();
    expect(within(row('障害者手帳')).getByText('精神障害者保健福祉手帳')).toBeTruthy();
    expect(within(row('今使っているサービス')).getByText('どれも使っていない')).toBeTruthy();
    expect(within(row('世帯の住民税')).getByText('非課税（住民税がかからない）')).toBeTruthy();
    expect(within(row('1か月に通う日数')).getByText('まだ答えていません')).toBeTruthy();
    // Not asked for this person, so not listed.
    expect(screen.getAllByRole('term').map((t) => t.textContent)).not.toContain('生年月日');
  });

  it('a change link opens the question and continuing returns straight to the check page', async () => {
    const { app } = await setup({ saved: answered() });
    fireEvent.click(within(row('年齢')).getByRole('button', { name: change('年齢') }));
    const input = screen.getByRole('textbox', { name: '年齢を教えてください' }) as HTMLInputElement;
    expect(input.value).toBe('34');
    fireEvent.input(input, { target: { value: '35' } });
    fireEvent.click(screen.getByRole('button', { name: '次へ' }));
    expect(app.step.value).toBe('check');
    expect(within(row('年齢')).getByText('35歳')).toBeTruthy();
  });

  it('a change that opens new questions asks them, then returns to the check page', async () => {
    const { app } = await setup({ saved: answered() });
    fireEvent.click(within(row('今の働き方')).getByRole('button', { name: change('今の働き方') }));
    fireEvent.click(screen.getByRole('radio', { name: '会社などで働いている' }));
    fireEvent.click(screen.getByRole('button', { name: '次へ' }));
    expect(app.step.value).toBe('started-on');
    fireEvent.input(screen.getByRole('textbox', { name: '今の仕事を始めた日はいつですか' }), { target: { value: '2026/6/1' } });
    fireEvent.click(screen.getByRole('button', { name: '次へ' }));
    expect(app.step.value).toBe('via-service');
    fireEvent.click(screen.getByRole('radio', { name: '就労移行支援' }));
    fireEvent.click(screen.getByRole('button', { name: '次へ' }));
    expect(app.step.value).toBe('check');
    // Questions that no longer apply are gone, with their answers.
    expect(app.draft.value.work).toEqual({ status: 'working', startedOn: '2026-06-01', viaService: 'employment-transition' });
    expect(screen.getAllByRole('term').map((t) => t.textContent)).not.toContain('働いたことがあるか');
  });

  it('the back link from a change goes back to the check page without changing anything', async () => {
    const { app } = await setup({ saved: answered() });
    const before = app.draft.value;
    fireEvent.click(within(row('住まい')).getByRole('button', { name: change('住まい') }));
    fireEvent.click(screen.getByRole('radio', { name: 'グループホーム' }));
    fireEvent.click(screen.getByRole('button', { name: '戻る' }));
    expect(app.step.value).toBe('check');
    expect(app.draft.value).toEqual(before);
  });

  it('"see my results" shows the results with the engine\'s verdicts, and a result\'s change link returns to the results', async () => {
    const { app } = await setup({ saved: answered() });
    fireEvent.click(screen.getByRole('button', { name: 'この答えで結果を見る' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Fake results' })).toBeTruthy();
    expect(screen.getByText('employment-transition: likely')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'change work status' }));
    expect(app.step.value).toBe('work-status');
    expect(app.returnTo.value).toBe('results');
    fireEvent.click(screen.getByRole('button', { name: '次へ' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Fake results' })).toBeTruthy();
  });

  it('start again asks first, then clears every answer', async () => {
    const { app, backend } = await setup({ saved: answered() });
    fireEvent.click(screen.getByRole('button', { name: '最初からやり直す' }));
    expect(screen.getByRole('heading', { level: 1, name: '最初からやり直しますか' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'いいえ、戻る' }));
    expect(app.draft.value.age).toBe(34);
    fireEvent.click(screen.getByRole('button', { name: '最初からやり直す' }));
    fireEvent.click(screen.getByRole('button', { name: 'はい、答えを消して最初から' }));
    expect(app.draft.value).toEqual({ format: 'shuro-check/case@1' });
    expect(app.step.value).toBe('start');
    expect(backend.map.has('shuro-check:state')).toBe(false);
    expect(screen.getByRole('button', { name: 'はじめる' })).toBeTruthy();
  });
});
