/**
 * The cap-against-pay chart as a component: one image named by its heading and described by its summary, a
 * table that says every step the engine computed (and only those), the person marked in words, the family
 * member's wording, no kanji inside the drawing in やさしい日本語; and the fold that holds it shows up only
 * where the engine gives a chart.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Case } from '../../src/case/schema';
import { caseReader } from '../../src/case/reader';
import * as engine from '../../src/engine';
import { copayChart } from '../../src/engine';
import { formatYen } from '../../src/i18n';
import { PayChart, amountText, rangeText } from '../../src/results/PayChart';
import { PayChartSection } from '../../src/results/PayChartSection';
import { AppModel, AppStateContext } from '../../src/state';
import { setRespondent } from '../../src/state/respondent';
import { createStore } from '../../src/storage';
import { FLOW } from '../../src/wizard';
import { baseCase } from '../support/cases';
import { memoryBackend, NOW } from '../ui/harness';
import { useLanguage } from './support';

const AS_OF = '2026-11-22';
/** No 手帳 (not a tax 障害者), single, at home, tax status not known, paid 1,500,000 yen. */
const SINGLE = baseCase({
  disability: { handbooks: [], designatedDisease: true },
  household: { publicAssistance: false, spouse: false, residentTax: 'unknown', income: { self: 1_500_000 } },
});
const chartOf = (c: Case) => copayChart(c, { asOf: AS_OF })!;
const named = (text: string) => (name: string) => name.replace(/\s+/g, '') === text.replace(/\s+/g, '');

afterEach(async () => {
  cleanup();
  setRespondent(null, false);
  await useLanguage('ja');
});

describe('PayChart', () => {
  it('is one image named by the visible heading and described by the visible summary', async () => {
    await useLanguage('ja');
    render(<PayChart chart={chartOf(SINGLE)} idBase="t" />);
    const img = screen.getByRole('img', { name: '去年の給料と、1か月の上限（目安）' });
    expect(img.tagName.toLowerCase()).toBe('svg');
    expect(img.getAttribute('aria-labelledby')).toBe('t-title');
    const desc = document.getElementById(img.getAttribute('aria-describedby')!)!;
    expect(desc.textContent).toContain('あなたの2025年の給料は150万円で、上限は9,300円です（目安）。');
    expect(desc.textContent).toContain('給料が上がると、上限は0円、9,300円、37,200円と上がります。');
    expect(desc.textContent).toContain('2025年の給料で、2026年7月1日からの上限が決まります。');
    // Visible, not hidden away: the same words are on the page for everyone.
    expect(screen.getByRole('heading', { level: 3, name: '去年の給料と、1か月の上限（目安）' }).id).toBe('t-title');
  });

  it('has a text equivalent: one row per step of the engine, in order, with its range and its cap', async () => {
    await useLanguage('ja');
    const chart = chartOf(SINGLE);
    render(<PayChart chart={chart} idBase="t" />);
    const table = screen.getByRole('table', { name: '給料ごとの1か月の上限（目安）' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(chart.steps.length);
    expect(rows.map((r) => r.textContent)).toEqual([
      '103万円まで0円（低所得（市町村民税非課税））',
      '103万円を超えて110万円まで0円か9,300円（市区町村に確認：住んでいる市区町村や家族の人数で変わります）',
      '110万円を超えて482.6万円まであなたはここ9,300円（一般1）',
      '482.6万円を超えて605.6万円まで9,300円か37,200円（市区町村に確認：所得割の境目の近くで、この計算では決められません）',
      '605.6万円を超える37,200円（一般2）',
    ]);
    chart.steps.forEach((s, i) => {
      expect(rows[i]!.textContent).toBe(`${rangeText(chart.steps, i)}${chart.person?.step === i ? 'あなたはここ' : ''}${amountText(s)}`);
      for (const cap of s.caps) expect(rows[i]!.textContent).toContain(formatYen(cap));
    });
    // The drawing has one "?" per band and the person's dot with its label.
    const svg = screen.getByRole('img');
    expect(svg.querySelectorAll('.paychart__ask')).toHaveLength(chart.steps.filter((s) => s.kind === 'depends').length);
    expect(svg.querySelector('.paychart__you-label')!.textContent).toBe('あなた');
  });

  it("a couple: the spouse's pay is said, and the wider band up to the line with one dependant", async () => {
    await useLanguage('ja');
    const c = baseCase({
      disability: { handbooks: [], designatedDisease: true },
      household: { publicAssistance: false, spouse: true, residentTax: 'unknown', income: { spouse: 0 } },
    });
    render(<PayChart chart={chartOf(c)} idBase="t" />);
    expect(document.getElementById('t-desc')!.textContent).toContain('配偶者の給料（0万円）は、今のままとして計算しています。');
    expect(screen.getAllByRole('row')[2]!.textContent).toMatch(/^103万円を超えて166万円まで0円か9,300円/);
    expect(document.querySelector('.paychart__you-label')).toBeNull();
  });

  it('speaks of "ご本人" when a family member answers', async () => {
    await useLanguage('ja');
    setRespondent('family', false);
    render(<PayChart chart={chartOf(SINGLE)} idBase="t" />);
    expect(document.getElementById('t-desc')!.textContent).toContain('ご本人の2025年の給料は150万円');
    expect(document.querySelector('.paychart__you-label')!.textContent).toBe('ご本人');
    expect(screen.getByText('ご本人はここ')).toBeTruthy();
  });

  it('in やさしい日本語: readings around the drawing, none needed inside it (no kanji there)', async () => {
    await useLanguage('ja-easy');
    render(<PayChart chart={chartOf(SINGLE)} idBase="t" />);
    const svg = screen.getByRole('img', { name: named('去年の 給料と、1か月の 上限（だいたいの 金額）') });
    expect(svg.textContent).not.toMatch(/\p{Script=Han}/u);
    expect(svg.querySelector('span, ruby')).toBeNull();
    expect(svg.textContent).toContain('9,300えん');
    expect(document.querySelector('.paychart__title rt')).toBeTruthy();
    expect(document.body.textContent).not.toMatch(/\{[^{}]*\|/);
  });

  it('in English: pay in millions of yen', async () => {
    await useLanguage('en');
    render(<PayChart chart={chartOf(SINGLE)} idBase="t" />);
    expect(screen.getByRole('img', { name: "Last year's pay and the monthly cap (estimate)" })).toBeTruthy();
    expect(screen.getAllByRole('row')[1]!.textContent).toBe('up to ¥1.03 million¥0 (Low income (市町村民税非課税: exempt from municipal resident tax))');
  });
});

describe('PayChartSection', () => {
  async function renderSection(c: Partial<Case>) {
    await useLanguage('ja');
    const backend = memoryBackend();
    const store = createStore(() => backend);
    const app = new AppModel({ flow: FLOW, store, reader: caseReader, now: () => NOW, loadEngine: async () => engine });
    await app.loadEngine();
    render(
      <AppStateContext.Provider value={app}>
        <div data-testid="slot">
          <PayChartSection of={{ format: 'shuro-check/case@1', ...c } as Case} />
        </div>
      </AppStateContext.Provider>,
    );
    return screen.getByTestId('slot');
  }

  it('shows the chart folded, for the answers given', async () => {
    const slot = await renderSection({ ...SINGLE, asOf: undefined });
    await waitFor(() => expect(slot.querySelector('details.paychart-fold')).toBeTruthy());
    const fold = slot.querySelector('details')!;
    expect(fold.open).toBe(false);
    expect(fold.querySelector('summary')!.textContent).toBe('グラフ：給料が変わると上限は？');
    expect(within(fold).getByRole('img', { hidden: true }).getAttribute('aria-labelledby')).toBe('paychart-title');
  });

  it("shows nothing for 生活保護, a guardian's household, or answers the engine does not take", async () => {
    for (const c of [
      { ...SINGLE, asOf: undefined, household: { publicAssistance: true } },
      { ...SINGLE, asOf: undefined, age: 16 },
      { ...SINGLE, asOf: undefined, age: -3 },
    ]) {
      const slot = await renderSection(c);
      // Give the chunk time to arrive: the fold stays away.
      await new Promise((r) => setTimeout(r, 50));
      expect(slot.innerHTML, JSON.stringify(c.household)).toBe('');
      cleanup();
    }
    // Control: the same wait, answers that have a chart.
    const slot = await renderSection({ ...SINGLE, asOf: undefined });
    await new Promise((r) => setTimeout(r, 50));
    expect(slot.querySelector('details.paychart-fold')).toBeTruthy();
  });
});
