/** The print handout: every required section from a real result, and the handout page's print and back buttons. */
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Handout, paperRange } from '../../src/handout/Handout';
import { HandoutView } from '../../src/handout/HandoutView';
import { resultOf, sharedResult, useLanguage } from '../results/support';
import { appWith, renderWith } from '../whatif/support';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.restoreAllMocks();
});

const ANSWERS = [
  { id: 'age', label: '年齢', value: '35歳' },
  { id: 'residence', label: '住まい', value: 'グループホーム' },
];
const section = (name: string) => screen.getByRole('region', { name });

describe('the handout', () => {
  it('says the next review under the cap when the plan does not list it', async () => {
    await useLanguage('ja');
    const result = sharedResult('group-home-taxed');
    render(<Handout result={{ ...result, timeline: result.timeline.filter((e) => e.step !== 'copay-review') }} answers={ANSWERS} />);
    expect(section('1か月に払うお金の上限（負担上限月額）').textContent).toContain('次の見直し：2027年7月1日');
  });

  it('carries a QR code of the share link that reopens the same results, and boxes for the office and the counselor', async () => {
    await useLanguage('ja');
    const link = 'http://127.0.0.1/#case=1.abc';
    render(<Handout result={sharedResult('group-home-taxed')} answers={ANSWERS} link={link} />);
    const sheet = screen.getByRole('article', { name: '就労支援セルフチェックの結果' });
    expect(within(sheet).getByRole('img', { name: 'この結果を開くQRコード' }).tagName.toLowerCase()).toBe('svg');
    expect(sheet.textContent).toContain('読みとると、この答えと結果をもう一度開けます。');
    const boxes = within(sheet).getByRole('region', { name: '窓口で書きこむ欄' });
    expect(boxes.textContent).toContain('窓口の名前・電話番号・担当の人');
    expect(boxes.textContent).toContain('相談員のメモ');
    cleanup();
    // Without a link (a browser that cannot compress), no code and a plain sentence instead.
    render(<Handout result={sharedResult('group-home-taxed')} answers={ANSWERS} />);
    expect(screen.queryByRole('img', { name: 'この結果を開くQRコード' })).toBeNull();
    expect(screen.getByRole('article').textContent).toContain('このブラウザでは、結果を開くQRコードを作れませんでした。');
  });

  it('has the answers, each service with its verdict, the cap and why, the plan, the rules version and date, and who decides', async () => {
    await useLanguage('ja');
    const result = sharedResult('group-home-taxed');
    render(<Handout result={result} answers={ANSWERS} />);
    const sheet = screen.getByRole('article', { name: '就労支援セルフチェックの結果' });
    expect(sheet.textContent).toContain('答えの日付：2026年11月22日');
    expect(sheet.textContent).toContain('使ったルール：2026年6月1日の版');
    expect(sheet.textContent).toContain('サービスを使えるかどうかを最後に決めるのは、お住まいの市区町村です。');

    const answers = section('答え');
    expect(
      within(answers)
        .getAllByRole('term')
        .map((t) => t.textContent),
    ).toEqual(['年齢', '住まい']);
    expect(
      within(answers)
        .getAllByRole('definition')
        .map((t) => t.textContent),
    ).toEqual(['35歳', 'グループホーム']);

    const services = section('サービスごとの結果');
    const verdicts: [string, string][] = [
      ['就労選択支援', '使えそうです'],
      ['就労移行支援', '使えそうです'],
      ['就労継続支援A型', '使えそうです'],
      ['就労継続支援B型', '市区町村の判断しだいです'],
      ['就労定着支援', 'むずかしそうです'],
    ];
    for (const [name, verdict] of verdicts) {
      const head = within(services).getByText(name).closest('p')!;
      expect(head.textContent).toContain(verdict);
    }
    // Key reasons: why B型 depends on the municipality (in full, without repeating "the municipality decides"
    // under a verdict that says so); for 就労定着支援, which does not fit now, only the unmet condition's name.
    expect(services.textContent).toContain('B型を新しく使う人で、次のどれにも当てはまらない人は');
    expect(services.textContent).not.toContain('市区町村が判断します：');
    expect(services.textContent).toContain('当てはまらない条件：会社などで働いていること');
    expect(services.textContent).not.toContain('就労定着支援は、会社などで働いている人のためのサービスです。');

    const money = section('1か月に払うお金の上限（負担上限月額）');
    expect(money.textContent).toContain('上限：37,200円');
    expect(money.textContent).toContain('区分：一般2');
    expect(money.textContent).toContain('グループホームを利用する人は、世帯に住民税がかかっていれば、所得割が16万円未満でも「一般2」になります。');
    // The next review is a key date of the plan: on paper it is said there, not again under the cap.
    expect(money.textContent).not.toContain('次の見直し');

    const plan = section('これからの予定');
    const rows = within(within(plan).getByRole('table')).getAllByRole('row');
    expect(rows).toHaveLength(result.timeline.length + 1);
    expect(
      within(rows[0]!)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['いつ', 'すること・相談先・聞くこと']);
    // asOf 2026-11-22 is a Sunday and 11-23 a holiday: the first office day is the 24th.
    // On paper a year both dates start with is printed once.
    expect(rows[1]!.textContent).toContain('2026年11月24日〜12月8日＊');
    expect(plan.textContent).toContain('＊は目安の日付です（決まった日付ではありません）。');
    expect(rows[1]!.textContent).toContain('相談する（就労移行支援、A型、B型）');
    expect(rows[1]!.textContent).toContain('市区町村の障害福祉の窓口');
    expect(rows[1]!.textContent).toContain('使えるサービスは、どれですか。');
    expect(rows.find((r) => r.textContent!.includes('負担上限月額の見直し'))?.textContent).toContain('2027年7月1日');
    // What to bring: each document once, with the steps that need it.
    const bring = within(plan).getByRole('heading', { name: '持っていくもの' }).parentElement!;
    const items = within(bring)
      .getAllByRole('listitem')
      .map((li) => li.textContent);
    expect(items.filter((t) => t!.includes('申請書（窓口でもらえます）'))).toHaveLength(1);
    const form = items.find((t) => t!.includes('申請書'))!;
    expect(form).toContain('使う場面：');
    for (const step of ['就労選択支援を申し込む', '選んだサービスを申し込む']) expect(form).toContain(step);
  });

  it('names a reason already printed for a service above instead of repeating it', async () => {
    await useLanguage('ja');
    // No handbook, a doctor's note: the same "doctor" reason applies to four services.
    render(
      <Handout
        result={resultOf({ age: 30, disability: { handbooks: [], doctorConfirmed: true }, work: { status: 'not-working', experience: true } })}
        answers={[]}
      />,
    );
    const services = section('サービスごとの結果');
    const full = '手帳や受給者証がなくても、医師の診断書や意見書で使えることがあります。';
    expect(services.textContent!.split(full)).toHaveLength(2);
    expect(services.textContent).toContain('上と同じ：');
  });

  it('an unknown cap lists the caps it could be', async () => {
    await useLanguage('ja');
    render(<Handout result={resultOf({ age: 30, household: { publicAssistance: false, spouse: false, residentTax: 'unknown' } })} answers={[]} />);
    const money = section('1か月に払うお金の上限（負担上限月額）');
    expect(money.textContent).toContain('上限：まだわかりません');
    expect(money.textContent).toContain('考えられる上限：0円');
    expect(money.textContent).toContain('37,200円');
  });

  it("from January to June with only last year's pay: the cap now is unknown and the July estimate is printed beside it [7.10]", async () => {
    await useLanguage('ja');
    render(
      <Handout
        result={resultOf({
          asOf: '2026-05-15',
          age: 30,
          household: { publicAssistance: false, spouse: false, residentTax: 'unknown', income: { self: 1_000_000 } },
        })}
        answers={[]}
      />,
    );
    const money = section('1か月に払うお金の上限（負担上限月額）');
    expect(money.textContent).toContain('上限：まだわかりません');
    expect(money.textContent).toContain('2026年7月1日からの上限（去年の給与から見た目安）：0円（低所得（市町村民税非課税））');
  });

  it('a range on paper says the year once when both dates start with it; English dates and other years are printed in full', async () => {
    await useLanguage('ja');
    expect(paperRange('2026-11-24', '2026-12-08')).toBe('2026年11月24日〜12月8日');
    expect(paperRange('2026-12-22', '2027-04-15')).toBe('2026年12月22日〜2027年4月15日');
    expect(paperRange('2027-03-31', '2027-03-31')).toBe('2027年3月31日');
    await useLanguage('ja-easy');
    expect(paperRange('2026-11-24', '2026-12-08')).toBe('2026{年|ねん}11{月|がつ}{24日|にじゅうよっか}〜12{月|がつ}{8日|ようか}');
    await useLanguage('en');
    expect(paperRange('2026-11-24', '2026-12-08')).toBe('24 November 2026 – 8 December 2026');
  });

  it('is complete in English', async () => {
    await useLanguage('en');
    render(<Handout result={sharedResult('working-after-transition')} answers={[]} />);
    for (const name of ['Answers', 'Result for each service', 'The most paid per month (monthly copay cap)', 'What happens next'])
      expect(section(name)).toBeTruthy();
    expect(screen.getByRole('article').textContent).toContain('Rules version: 1 June 2026');
    expect(section('What happens next').textContent).toContain('1 September 2026');
  });
});

describe('the handout and the municipality (issue 15)', () => {
  const person = {
    age: 30,
    disability: { handbooks: ['mental' as const] },
    work: { status: 'not-working' as const, experience: true },
    household: { publicAssistance: false, spouse: false, residentTax: 'taxed-under-160k' as const },
    residence: 'home' as const,
  };

  it("names the municipality, that a 指定都市's ward office is the counter, and prints its official site in full with the data date", async () => {
    await useLanguage('ja');
    render(<Handout result={resultOf({ ...person, municipality: '141003' })} answers={ANSWERS} />);
    const place = document.querySelector('.handout__place')!.textContent!;
    expect(place).toContain('市区町村：神奈川県 横浜市');
    expect(place).toContain('政令指定都市：窓口はお住まいの区の区役所です。');
    expect(place).toContain('公式サイト：https://www.city.yokohama.lg.jp/（2026年7月9日時点の情報）');
    // The plan's steps at the municipality name it too, and the other help is listed in one line.
    expect(section('これからの予定').textContent).toContain('お住まいの区の区役所（横浜市）の障害福祉の窓口');
    expect(document.querySelector('.handout__other-help')!.textContent).toContain('ほかの相談先：ハローワークの障害者の窓口（専門援助部門）');
  });

  it('for a municipality that is not a 指定都市: its name and site, no ward office', async () => {
    await useLanguage('ja');
    render(<Handout result={resultOf({ ...person, municipality: '472158' })} answers={ANSWERS} />);
    const place = document.querySelector('.handout__place')!.textContent!;
    expect(place).toContain('市区町村：沖縄県 南城市');
    expect(place).not.toContain('区役所');
    expect(section('これからの予定').textContent).toContain('南城市の障害福祉の窓口');
  });

  it('without one: no municipality line, the plan as today', async () => {
    await useLanguage('ja');
    render(<Handout result={resultOf(person)} answers={ANSWERS} />);
    expect(document.querySelector('.handout__place')).toBeNull();
    expect(section('これからの予定').textContent).toContain('市区町村の障害福祉の窓口');
    expect(screen.getByRole('article').textContent).not.toContain('公式サイト');
  });
});

describe('the handout page', () => {
  it('prints once on opening and again with the print button; back goes to the results', async () => {
    const { app } = await appWith();
    vi.useFakeTimers();
    const print = vi.fn();
    window.print = print;
    const onClose = vi.fn();
    const state = app.result.value;
    if (state.status !== 'ready') throw new Error('no result');
    renderWith(app, <HandoutView result={state.result} onClose={onClose} autoPrint />);
    expect(screen.getByRole('heading', { level: 1, name: '印刷用の紙' })).toBeTruthy();
    vi.runAllTimers();
    expect(print).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: '印刷する' }));
    expect(print).toHaveBeenCalledTimes(2);
    // The answers come from the state, worded as on the check-answers page.
    const answers = screen.getByRole('region', { name: '答え' });
    expect(answers.textContent).toContain('世帯の住民税');
    expect(answers.textContent).toContain('かかっている（所得割の合計が16万円未満）');
    fireEvent.click(screen.getAllByRole('button', { name: '結果に戻る' })[0]!);
    expect(onClose).toHaveBeenCalled();
  });
});
