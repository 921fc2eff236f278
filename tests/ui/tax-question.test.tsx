/**
 * The resident-tax and pay questions name the fiscal year whose tax applies on the date of the answers
 * (April–June: the previous one), the add-backs and the 6% rule for 指定都市 [7.6, 7.8, 7.10].
 */
import { cleanup, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { savedState, setup } from './harness';

afterEach(cleanup);

const taxStep = (asOf?: string, municipality?: string) =>
  savedState(
    { ...(asOf ? { asOf } : {}), age: 30, ...(municipality ? { municipality } : {}), household: { publicAssistance: false, spouse: false } },
    'resident-tax',
    ['age'],
  );
const GENERAL = '政令指定都市に住んでいる人は、通知書の市民税の所得割は8%の税率で計算されていますが、16万円かどうかは6%の税率で計算しなおした額で決まります';
const DESIGNATED = '答えた市区町村は、政令指定都市（またはその区）です。';
const payStep = (asOf?: string) =>
  savedState({ ...(asOf ? { asOf } : {}), age: 30, household: { publicAssistance: false, spouse: false, residentTax: 'unknown' } }, 'income-self', ['age']);

describe('the resident-tax question', () => {
  it('asks for fiscal 2026 on 2026-11-22 (July–December: this fiscal year)', async () => {
    await setup({ saved: taxStep() });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('2026年度の、世帯の住民税（市町村民税）は、どれにあてはまりますか');
    expect(document.body.textContent).toContain('2026年11月22日の上限は、2026年度の住民税で決まります。');
  });

  it('asks for the previous fiscal year on 2026-05-15 (April–June), not 今年度', async () => {
    await setup({ saved: taxStep('2026-05-15') });
    const h1 = screen.getByRole('heading', { level: 1 }).textContent!;
    expect(h1).toBe('2025年度の、世帯の住民税（市町村民税）は、どれにあてはまりますか');
    expect(h1).not.toContain('今年度');
    expect(document.body.textContent).toContain('4月から6月までは、前の年度の住民税を使います');
  });

  it('names the add-backs (住宅ローン控除, ふるさと納税) and, with no municipality answered, the 6% rule for 指定都市 in general', async () => {
    await setup({ saved: taxStep() });
    const text = document.body.textContent!;
    expect(text).toContain('住宅ローン控除（住宅借入金等特別控除）と寄附金税額控除（ふるさと納税など）を引く前の額');
    expect(text).toContain(GENERAL);
    expect(text).not.toContain(DESIGNATED);
    // Its own paragraph of the hint, before "わからなければ…".
    const paras = [...document.querySelectorAll('.hint p')].map((p) => p.textContent!);
    expect(paras.findIndex((p) => p.startsWith('政令指定都市'))).toBe(paras.findIndex((p) => p.startsWith('わからなければ')) - 1);
  });

  it('for a 指定都市 answered (横浜市, or a ward: 札幌市中央区) says the notice is at 8% and the test at 6%: about 3/4, a little over can be under', async () => {
    for (const code of ['141003', '011011']) {
      await setup({ saved: taxStep(undefined, code) });
      const text = document.body.textContent!;
      expect(text, code).toContain(DESIGNATED);
      expect(text).toContain('通知書の市民税の所得割は8%の税率で計算されていますが、16万円かどうかは、6%の税率で計算しなおした額で決まります');
      expect(text).toContain('およそ4分の3');
      expect(text).toContain('16万円を少し超えていても、「16万円未満」にあてはまることがあります');
      expect(text).not.toContain(GENERAL);
      cleanup();
    }
  });

  it('for another municipality answered (千代田区, 南城市) says nothing of the 指定都市 rule, and leaves no empty paragraph', async () => {
    for (const code of ['131016', '472158']) {
      await setup({ saved: taxStep(undefined, code) });
      const text = document.body.textContent!;
      expect(text, code).not.toContain('政令指定都市');
      expect(text).toContain('住宅ローン控除（住宅借入金等特別控除）と寄附金税額控除（ふるさと納税など）を引く前の額');
      expect([...document.querySelectorAll('.hint p')].filter((p) => p.textContent!.trim() === '')).toEqual([]);
      cleanup();
    }
  });

  it("for a guardian's household in a 指定都市 too", async () => {
    await setup({ saved: savedState({ age: 16, municipality: '141003', household: { publicAssistance: false } }, 'resident-tax', ['age']) });
    expect(document.body.textContent).toContain('保護者の世帯の住民税で決まります');
    expect(document.body.textContent).toContain(DESIGNATED);
  });

  it('says so in English too', async () => {
    await setup({ saved: taxStep('2026-04-01'), lang: 'en' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('fiscal 2025');
    expect(document.body.textContent).toContain('housing loan credit');
    expect(document.body.textContent).toContain('6% rate');
    cleanup();
    await setup({ saved: taxStep(undefined, '141003'), lang: 'en' });
    expect(document.body.textContent).toContain('The municipality answered is a designated city (政令指定都市) or one of its wards.');
    expect(document.body.textContent).toContain('about three quarters');
  });
});

describe('the pay question', () => {
  it('names last year and says its pay sets the cap from 1 July; from January to June, not the cap now', async () => {
    await setup({ saved: payStep('2027-01-01') });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('去年（2026年）1年間の');
    expect(document.body.textContent).toContain('この給料で決まるのは、2027年7月1日からの上限です。');
    cleanup();
    await setup({ saved: payStep('2026-12-31') });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('去年（2025年）1年間の');
    expect(document.body.textContent).toContain('2026年7月1日からの上限が決まります');
  });
});
