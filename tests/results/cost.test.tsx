/**
 * Issue 15, item 4: the monthly cost panel and its quoted-fee field, with real results from the engine. The
 * harness keeps a case and re-evaluates it on every answer, checking it with the case schema as the app does
 * (whatIf + adopt), so what the field sends is what the engine sees.
 */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { useState } from 'preact/hooks';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseCase } from '../../src/case/parse';
import { setField } from '../../src/case/paths';
import type { Case } from '../../src/case/schema';
import { evaluate } from '../../src/engine';
import type { AnswerOutcome } from '../../src/state';
import { CostPanel } from '../../src/results/CostPanel';
import { AS_OF, useLanguage } from './support';

afterEach(() => cleanup());

const BASE: Case = {
  format: 'shuro-check/case@1',
  asOf: AS_OF,
  age: 35,
  disability: { handbooks: ['mental'] },
  work: { status: 'not-working', experience: true },
  household: { publicAssistance: false, spouse: false, residentTax: 'taxed-under-160k' },
  residence: 'home',
  plan: { daysPerMonth: 20 },
};

function Harness({ start, sent, onChangeAnswer }: { start: Case; sent: unknown[][]; onChangeAnswer: (f: string) => void }) {
  const [c, setC] = useState(start);
  const onSetAnswer = (field: string, value: unknown): AnswerOutcome => {
    sent.push([field, value]);
    const parsed = parseCase(setField(c, field, value));
    if (!parsed.ok) return { ok: false, problems: parsed.problems };
    setC(parsed.case);
    return { ok: true };
  };
  return <CostPanel result={evaluate(c, { asOf: AS_OF })} onChangeAnswer={onChangeAnswer} onSetAnswer={onSetAnswer} />;
}

async function show(start: Case = BASE, lang = 'ja') {
  await useLanguage(lang);
  const sent: unknown[][] = [];
  const onChangeAnswer = vi.fn();
  render(<Harness start={start} sent={sent} onChangeAnswer={onChangeAnswer} />);
  return { sent, onChangeAnswer };
}

const panel = () => screen.getByRole('region', { name: /1か月の費用の目安|Monthly cost/ });
const item = (service: string) => within(panel()).getByRole('heading', { name: service, level: 3 }).closest('.cost__item') as HTMLElement;
const field = (service: string) => within(item(service)).getByRole('textbox') as HTMLInputElement;
const submit = (service: string) => fireEvent.submit(field(service).closest('form')!);

describe('the monthly cost panel', () => {
  it('gives no range where no official table exists, and offers the quoted-fee field, labelled and numeric', async () => {
    await show();
    expect(item('就労移行支援').textContent).toContain('範囲は出しません');
    expect(item('就労移行支援').textContent).not.toMatch(/1割の額：/);
    // Why, with its sources, said once for all the services it applies to.
    expect(within(panel()).getAllByText('公的な料金表（報酬）', { selector: '.reason__title' })).toHaveLength(1);
    const input = screen.getByLabelText(/事業所に聞いた1日あたりの料金（全額）（就労移行支援）/) as HTMLInputElement;
    expect(input.getAttribute('inputmode')).toBe('numeric');
    expect(input.getAttribute('aria-describedby')).toContain('hint');
    // Services unlikely to fit get no cost.
    expect(within(panel()).queryByRole('heading', { name: '就労定着支援', level: 3 })).toBeNull();
  });

  it('takes a fee typed in 全角 with a comma and 円, and shows the 1割 and the payment at the cap, labelled 目安', async () => {
    const { sent } = await show();
    fireEvent.input(field('就労移行支援'), { target: { value: '８，０００円' } });
    submit('就労移行支援');
    expect(sent).toEqual([['plan.quotedFee.employment-transition', 8000]]);
    // 8,000 × 20 = 160,000 → 16,000; 一般1 cap 9,300.
    const text = item('就労移行支援').textContent!;
    expect(text).toContain('1割の額：16,000円');
    expect(text).toContain('1か月に払う額：9,300円');
    expect(text).toContain('目安');
    expect(text).toContain('入れた料金から計算しました');
    // And one line in view above the fold, with its 目安 label.
    const line = within(panel())
      .getAllByRole('listitem')
      .find((li) => li.textContent!.includes('就労移行支援：1か月に払う額 9,300円'));
    expect(line?.textContent).toContain('目安');
    // The figure cites its rule's sources behind 根拠.
    expect(within(item('就労移行支援')).getByText('事業所に聞いた費用からの計算')).toBeTruthy();
  });

  it("keeps what was typed and names the service in the error, in the user's language", async () => {
    const { sent } = await show();
    fireEvent.input(field('就労移行支援'), { target: { value: '8千' } });
    submit('就労移行支援');
    expect(sent).toEqual([]);
    expect(item('就労移行支援').textContent).toContain('就労移行支援の料金は、数字で入れてください（例：8000）。');
    expect(field('就労移行支援').value).toBe('8千');
    expect(field('就労移行支援').getAttribute('aria-invalid')).toBe('true');
    expect(field('就労移行支援').getAttribute('aria-describedby')).toContain('error');
  });

  it('refuses a fee the case schema refuses, with the limit from the schema', async () => {
    await show();
    fireEvent.input(field('就労継続支援B型'), { target: { value: '2,000,000' } });
    submit('就労継続支援B型');
    expect(item('就労継続支援B型').textContent).toContain('就労継続支援B型の料金は、1000000円以下で入れてください。');
    expect(field('就労継続支援B型').value).toBe('2,000,000');
    expect(item('就労継続支援B型').textContent).not.toMatch(/1割の額：/);
  });

  it('says it in English too', async () => {
    await show(BASE, 'en');
    const input = screen.getByLabelText(/Daily fee the provider quoted \(the whole fee\)/, { selector: '#cost-fee-employment-transition' }) as HTMLInputElement;
    fireEvent.input(input, { target: { value: 'abc' } });
    fireEvent.submit(input.closest('form')!);
    expect(input.closest('form')!.textContent).toContain('Enter the fee for');
    expect(input.value).toBe('abc');
  });

  it('removes the figure with the clear button, and an empty field removes it too', async () => {
    const { sent } = await show({ ...BASE, plan: { daysPerMonth: 20, quotedFee: { 'employment-transition': 8000 } } });
    expect(field('就労移行支援').value).toBe('8000');
    fireEvent.click(within(item('就労移行支援')).getByRole('button', { name: /入れた料金を消す/ }));
    expect(sent).toEqual([['plan.quotedFee.employment-transition', undefined]]);
    expect(item('就労移行支援').textContent).not.toMatch(/1割の額：/);
    expect(field('就労移行支援').value).toBe('');
  });

  it('asks for the days when a daily fee is there but not the days', async () => {
    const { onChangeAnswer } = await show({ ...BASE, plan: { quotedFee: { 'employment-transition': 8000 } } });
    fireEvent.click(within(item('就労移行支援')).getByRole('button', { name: '1か月に使う日数を答える' }));
    expect(onChangeAnswer).toHaveBeenCalledWith('plan.daysPerMonth');
  });
});
