/** The what-if view by role and accessible name: the form, the side-by-side comparison, errors and adopting. */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WhatIfView } from '../../src/whatif/WhatIfView';
import { AT_HOME, AT_HOME_VISITED, appWith, renderWith } from './support';

afterEach(() => cleanup());

async function open(c: Record<string, unknown> = AT_HOME, lang = 'ja', visited = AT_HOME_VISITED) {
  const { app, saved } = await appWith(c, lang, visited);
  const onClose = vi.fn();
  const onAdopted = vi.fn();
  renderWith(app, <WhatIfView onClose={onClose} onAdopted={onAdopted} />);
  return { app, saved, onClose, onAdopted };
}

const topic = (name: string) => fireEvent.click(screen.getByRole('checkbox', { name }));
const compare = () => fireEvent.click(screen.getByRole('button', { name: '比べる' }));
const table = (name: string) => screen.getByRole('table', { name });
const cellsOf = (tableName: string, row: RegExp) => within(within(table(tableName)).getByRole('row', { name: row })).getAllByRole('cell');
const MONEY = '1か月に払うお金の上限（負担上限月額）';

describe('the what-if form', () => {
  it('offers what to change as a labelled group, and shows the answers of a chosen topic, set to the current answers', async () => {
    await open();
    const topics = screen.getByRole('group', { name: '何を変えてみますか' });
    expect(
      within(topics)
        .getAllByRole('checkbox')
        .map((c) => c.getAttribute('value')),
    ).toEqual(['residence', 'money', 'work', 'age']);
    expect(screen.queryByRole('group', { name: '住まい' })).toBeNull();
    topic('住まい（自宅・グループホーム・入所施設）');
    const residence = screen.getByRole('group', { name: '住まい' });
    expect((within(residence).getByRole('radio', { name: '自宅' }) as HTMLInputElement).checked).toBe(true);
  });

  it('asks for the pay only when the tax status is "I don\'t know", as the wizard does', async () => {
    await open();
    topic('世帯の住民税・配偶者・給料');
    expect(screen.queryByRole('textbox', { name: '去年の給料（あなた）' })).toBeNull();
    fireEvent.click(within(screen.getByRole('group', { name: '世帯の住民税' })).getByRole('radio', { name: 'わからない' }));
    expect(screen.getByRole('textbox', { name: '去年の給料（あなた）' })).toBeTruthy();
    expect(screen.queryByRole('textbox', { name: '去年の給料（配偶者）' })).toBeNull();
    fireEvent.click(within(screen.getByRole('group', { name: '配偶者' })).getByRole('radio', { name: 'はい' }));
    expect(screen.getByRole('textbox', { name: '去年の給料（配偶者）' })).toBeTruthy();
  });

  it('says to choose something first, then that the answers are the same as now', async () => {
    await open();
    compare();
    expect(screen.getByRole('link', { name: '何を変えてみるか、1つ以上選んでください。' })).toBeTruthy();
    topic('住まい（自宅・グループホーム・入所施設）');
    compare();
    expect(screen.getByRole('link', { name: /答えが、いまの答えと同じです/ })).toBeTruthy();
    expect(screen.queryByRole('region', { name: '比べた結果' })).toBeNull();
  });

  it("refuses a pay it cannot read with the wizard's message, keeping what was typed", async () => {
    await open();
    topic('世帯の住民税・配偶者・給料');
    fireEvent.click(within(screen.getByRole('group', { name: '世帯の住民税' })).getByRole('radio', { name: 'わからない' }));
    const pay = screen.getByRole('textbox', { name: '去年の給料（あなた）' }) as HTMLInputElement;
    fireEvent.input(pay, { target: { value: 'たくさん' } });
    compare();
    expect(screen.getAllByText(/金額は数字で入れてください/).length).toBeGreaterThan(0);
    expect(pay.value).toBe('たくさん');
    expect(pay.getAttribute('aria-invalid')).toBe('true');
  });

  it('refuses a date outside the rules with the covered period', async () => {
    await open();
    topic('年齢・答えの日付');
    fireEvent.input(screen.getByRole('textbox', { name: '答えの日付（いつの時点で考えるか）' }), { target: { value: '2023/4/1' } });
    compare();
    expect(screen.getByRole('link', { name: /2023年4月1日は、このアプリのルールが使える期間（2024年4月1日から2028年3月31日まで）の外です/ })).toBeTruthy();
  });
});

describe('the comparison', () => {
  it('a group-home variant shows both caps side by side, the difference in yen, and "changed" in words', async () => {
    const { app, saved } = await open();
    const before = saved();
    topic('住まい（自宅・グループホーム・入所施設）');
    fireEvent.click(within(screen.getByRole('group', { name: '住まい' })).getByRole('radio', { name: 'グループホーム' }));
    compare();

    const result = screen.getByRole('region', { name: '比べた結果' });
    await waitFor(() => expect(document.activeElement).toBe(within(result).getByRole('heading', { name: '比べた結果' })));
    const heads = within(table(MONEY))
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(heads).toEqual(['項目', 'いまの答え', 'もしも（変えた答え）']);
    const [now, after] = cellsOf(MONEY, /上限額/);
    expect(now!.textContent).toContain('9,300円');
    expect(now!.textContent).not.toContain('変わります');
    expect(after!.textContent).toContain('37,200円');
    expect(after!.textContent).toContain('変わります');
    expect(result.textContent).toContain('27,900円高くなります');
    expect(cellsOf(MONEY, /区分/)[1]!.textContent).toContain('一般2');
    // The marking is explained to screen readers too.
    expect(table(MONEY).getAttribute('aria-describedby')).toBe('whatif-mark-note');
    expect(document.getElementById('whatif-mark-note')!.textContent).toContain('「変わります」の印がある行は');
    // Verdicts that stay the same are not marked.
    expect(cellsOf('サービスが使えそうか', /就労移行支援/)[1]!.textContent).not.toContain('変わります');
    expect(cellsOf('変えた答え', /住まい/).map((c) => c.textContent)).toEqual([expect.stringContaining('自宅'), expect.stringContaining('グループホーム')]);

    // The person's answers are untouched.
    expect(app.draft.value.residence).toBe('home');
    expect(saved()).toBe(before);
  });

  it('a later date compares the plan on that date', async () => {
    await open();
    topic('年齢・答えの日付');
    fireEvent.input(screen.getByRole('textbox', { name: '答えの日付（いつの時点で考えるか）' }), { target: { value: '2027年8月1日' } });
    compare();
    expect(cellsOf('変えた答え', /答えの日付/).map((c) => c.textContent)).toEqual([
      expect.stringContaining('2026年11月22日'),
      expect.stringContaining('2027年8月1日'),
    ]);
    expect(cellsOf(MONEY, /次の見直し/).map((c) => c.textContent)).toEqual([expect.stringContaining('2027年7月1日'), expect.stringContaining('2028年7月1日')]);
  });

  it('adopting replaces the answers; closing does not', async () => {
    const { app, onAdopted, onClose } = await open();
    topic('住まい（自宅・グループホーム・入所施設）');
    fireEvent.click(within(screen.getByRole('group', { name: '住まい' })).getByRole('radio', { name: 'グループホーム' }));
    compare();
    fireEvent.click(screen.getByRole('button', { name: '比べるのをやめて結果に戻る' }));
    expect(onClose).toHaveBeenCalled();
    expect(app.draft.value.residence).toBe('home');
    fireEvent.click(screen.getByRole('button', { name: 'この答えにする' }));
    expect(onAdopted).toHaveBeenCalled();
    expect(app.draft.value.residence).toBe('group-home');
  });

  it('is complete in English', async () => {
    await open(AT_HOME, 'en');
    expect(screen.getByRole('heading', { level: 1, name: 'What if the answers change?' })).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Where the person lives (home, group home, residential facility)' }));
    fireEvent.click(within(screen.getByRole('group', { name: 'Where you live' })).getByRole('radio', { name: 'In a group home (グループホーム)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Compare' }));
    const [, after] = cellsOf('The most paid per month (monthly copay cap)', /Monthly cap/);
    expect(after!.textContent).toContain('¥37,200');
    expect(after!.textContent).toContain('Changed');
    expect(screen.getByRole('region', { name: 'Comparison' }).textContent).toContain('¥27,900 more');
  });

  it('a date across 2027-04-01 shows that 就労選択支援 is then needed before A型, and the A型 rule text that changes', async () => {
    await open();
    topic('年齢・答えの日付');
    fireEvent.input(screen.getByRole('textbox', { name: '答えの日付（いつの時点で考えるか）' }), { target: { value: '2027/4/1' } });
    compare();
    const requirements = '先に必要なことと決まり';
    const [now, after] = cellsOf(requirements, /就労選択支援を先に使う必要がある：就労継続支援A型/);
    expect(now!.textContent).toContain('なし');
    expect(now!.textContent).not.toContain('変わります');
    expect(after!.textContent).toContain('あり');
    expect(after!.textContent).toContain('変わります');
    const [was, is] = cellsOf(requirements, /就労継続支援A型：2027年4月からの決まり/);
    expect(was!.textContent).toContain('からは、A型を新しく使う人は');
    expect(is!.textContent).toContain('先に就労選択支援を使うのが原則です');
    const summary = screen.getByRole('heading', { name: '変わること' }).parentElement!;
    expect(summary.textContent).toContain('就労選択支援を先に使う必要がある：就労継続支援A型 — 前：なし → 後：あり');
  });

  it('changing the tax answer from "I don\'t know" marks only the tax as changed; the pay is shown as no longer used', async () => {
    const unknownTax = { ...AT_HOME, household: { publicAssistance: false, spouse: false, residentTax: 'unknown', income: { self: 1_500_000 } } };
    await open(unknownTax, 'ja', [...AT_HOME_VISITED, 'income-self']);
    topic('世帯の住民税・配偶者・給料');
    fireEvent.click(within(screen.getByRole('group', { name: '世帯の住民税' })).getByRole('radio', { name: /非課税/ }));
    compare();
    const [taxBefore, taxAfter] = cellsOf('変えた答え', /世帯の住民税/);
    expect(taxBefore!.textContent).toContain('わからない');
    expect(taxAfter!.textContent).toContain('変わります');
    const [payBefore, payAfter] = cellsOf('変えた答え', /去年の給料（あなた）/);
    expect(payBefore!.textContent).toContain('1,500,000円');
    expect(payAfter!.textContent).toContain('使わなくなります');
    expect(payAfter!.textContent).not.toContain('変わります');
    const marked = within(table('変えた答え'))
      .getAllByRole('row')
      .filter((r) => r.classList.contains('compare__row--changed'));
    expect(marked.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['世帯の住民税']);
  });
});
