/** A question page: h1 / legend, hint, progress, the error summary and inline error, and the page title. */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { savedState, setup } from './harness';

afterEach(() => cleanup());

describe('a question page', () => {
  it('shows a number question as an h1 label for its field, with hint and honest progress', async () => {
    const { app } = await setup();
    fireEvent.click(screen.getByRole('button', { name: 'はじめる' }));
    const h1 = screen.getByRole('heading', { level: 1, name: '年齢を教えてください' });
    const input = screen.getByRole('textbox', { name: '年齢を教えてください' });
    expect(h1.contains(input)).toBe(false);
    expect(input.getAttribute('aria-describedby')).toBe('f-age-hint');
    expect(document.getElementById('f-age-hint')?.textContent).toContain('今日の年齢');
    expect(screen.getByText(`質問 1（全部で約${app.active.value.length}問）`)).toBeTruthy();
    expect(document.activeElement).toBe(h1);
    expect(document.title).toBe('年齢を教えてください – 就労支援セルフチェック');
  });

  it('shows a yes/no question as a fieldset whose legend is the h1, with "わからない" after an "or"', async () => {
    await setup({ saved: savedState({ age: 30, disability: { handbooks: [] } }, 'certificate', ['age', 'handbooks']) });
    const group = screen.getByRole('group', { name: '「自立支援医療受給者証（精神通院）」を持っていますか' });
    const legend = group.querySelector('legend')!;
    expect(within(legend).getByRole('heading', { level: 1 })).toBeTruthy();
    const radios = within(group)
      .getAllByRole('radio')
      .map((r) => (r as HTMLInputElement).labels?.[0]?.textContent);
    expect(radios).toEqual(['はい', 'いいえ', 'わからない']);
    expect(within(group).getByText('または')).toBeTruthy();
  });

  it('continuing without an answer shows a focused error summary linking to the field, and an inline error', async () => {
    await setup({ saved: savedState({}, 'age', []) });
    fireEvent.click(screen.getByRole('button', { name: '次へ' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading', { name: '入力を確かめてください' })).toBeTruthy();
    expect(document.activeElement).toBe(summary.parentElement);
    const link = within(summary).getByRole('link', { name: '年齢を入れてください。' });
    expect(link.getAttribute('href')).toBe('#f-age');

    const input = screen.getByRole('textbox', { name: '年齢を教えてください' });
    const describedBy = input.getAttribute('aria-describedby')!.split(' ');
    expect(describedBy).toEqual(['f-age-hint', 'f-age-error']);
    expect(document.getElementById('f-age-error')?.textContent).toBe('エラー：年齢を入れてください。');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.title).toBe('エラー：年齢を教えてください – 就労支援セルフチェック');

    fireEvent.click(link);
    expect(document.activeElement).toBe(input);
  });

  it('refuses an impossible age and keeps what was typed', async () => {
    const { app } = await setup({ saved: savedState({}, 'age', []) });
    const input = screen.getByRole('textbox', { name: '年齢を教えてください' }) as HTMLInputElement;
    for (const [typed, message] of [
      ['200', '年齢は 0 から 120 までの数で入れてください。'],
      ['-3', '年齢は 0 から 120 までの数で入れてください。'],
      ['三十', '年齢は数字で入れてください（例：34）。'],
      ['34.5', '年齢は整数で入れてください（例：34）。'],
    ]) {
      fireEvent.input(input, { target: { value: typed } });
      fireEvent.click(screen.getByRole('button', { name: '次へ' }));
      expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe(message);
      expect((screen.getByRole('textbox', { name: '年齢を教えてください' }) as HTMLInputElement).value).toBe(typed);
      expect(app.draft.value.age).toBeUndefined();
      expect(app.step.value).toBe('age');
    }
  });

  it('accepts full-width digits and a unit, then moves to the next question', async () => {
    const { app } = await setup({ saved: savedState({}, 'age', []) });
    fireEvent.input(screen.getByRole('textbox', { name: '年齢を教えてください' }), { target: { value: '３４歳' } });
    fireEvent.click(screen.getByRole('button', { name: '次へ' }));
    expect(app.draft.value.age).toBe(34);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('障害者手帳を持っていますか'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('checkbox "none" and "I don\'t know" are exclusive, and "none" stores an empty list', async () => {
    const { app } = await setup({ saved: savedState({ age: 30 }, 'handbooks', ['age']) });
    const mental = screen.getByRole('checkbox', { name: '精神障害者保健福祉手帳' }) as HTMLInputElement;
    const none = screen.getByRole('checkbox', { name: '手帳は持っていない' }) as HTMLInputElement;
    fireEvent.click(mental);
    fireEvent.click(none);
    expect(mental.checked).toBe(false);
    expect(none.checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: '次へ' }));
    expect(app.draft.value.disability?.handbooks).toEqual([]);
    expect(app.step.value).toBe('certificate');
  });

  it('the back link returns to the previous question with its answer shown', async () => {
    await setup({ saved: savedState({ age: 42 }, 'handbooks', ['age']) });
    fireEvent.click(screen.getByRole('button', { name: '戻る' }));
    expect((screen.getByRole('textbox', { name: '年齢を教えてください' }) as HTMLInputElement).value).toBe('42');
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 1 }));
  });
});
