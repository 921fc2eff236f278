/**
 * The results views with real results from the engine, found by role and accessible name as a person or a
 * screen reader would find them.
 */
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../src/case/schema';
import { renderResults, resultOf, sharedResult } from './support';

afterEach(() => cleanup());

/** The card of one service: an article named by its heading. */
const card = (name: string | RegExp) => screen.getByRole('article', { name });
const section = (name: string | RegExp) => screen.getByRole('region', { name });

describe('results for someone working after 就労移行支援 (working-after-transition)', () => {
  it('shows 就労定着支援 as likely, with an icon and words rather than colour alone', async () => {
    await renderResults(sharedResult('working-after-transition'));
    const retention = card('就労定着支援');
    const verdict = within(retention).getByText('使えそうです');
    expect(verdict.closest('p')!.textContent).toContain('✓');
    expect(verdict.closest('p')!.textContent).toContain('結果：');
    // 就労移行支援 depends on the municipality (in-work use).
    expect(within(card('就労移行支援')).getByText('市区町村の判断しだいです')).toBeTruthy();
  });

  it('puts 2026年9月1日 (the retention window opening) on the timeline, marked as a key date', async () => {
    await renderResults(sharedResult('working-after-transition'));
    const timeline = section('これからの予定');
    expect(within(timeline).getAllByRole('list')[0]!.tagName).toBe('OL');
    const entry = within(timeline).getByRole('heading', { name: '就労定着支援を使える期間（就労定着支援）' }).closest('li')!;
    expect(entry.textContent).toContain('2026年9月1日〜2029年9月1日');
    expect(within(entry).getByText('大事な日')).toBeTruthy();
    expect(entry.className).toContain('timeline__item--key');
  });

  it('the timeline is in date order and says "about" only for estimated dates', async () => {
    const result = sharedResult('working-after-transition');
    await renderResults(result);
    const items = within(section('これからの予定')).getAllByRole('heading', { level: 3 });
    expect(items).toHaveLength(result.timeline.length);
    // 2026-11-22 is a Sunday and 11-23 a national holiday: the office step starts on Tuesday 24th.
    const apply = within(section('これからの予定')).getByRole('heading', { name: '就労定着支援を申し込む（就労定着支援）' }).closest('li')!;
    expect(apply.textContent).toContain('2026年11月24日〜2026年12月8日（目安）');
    const review = within(section('これからの予定')).getByRole('heading', { name: '負担上限月額の見直し（就労定着支援）' }).closest('li')!;
    // One date when from and to are the same day, and no "about" for a fixed date.
    expect(review.querySelector('time')!.textContent).toBe('2027年7月1日');
  });

  it('each timeline step says who to contact, what to bring and what to ask', async () => {
    await renderResults(sharedResult('home-user-mental-handbook'));
    // Three services are possible: one application, for the one chosen after comparing; every heading names its services.
    const timeline = within(section('これからの予定'));
    const applies = timeline.getAllByRole('heading', { name: /申し込む/ }).map((h) => h.textContent);
    expect(applies).toEqual([
      '就労選択支援を申し込む（就労選択支援、就労継続支援B型）',
      '選んだサービスを申し込む（就労移行支援、就労継続支援A型、就労継続支援B型）',
    ]);
    const apply = timeline.getByRole('heading', { name: '選んだサービスを申し込む（就労移行支援、就労継続支援A型、就労継続支援B型）' }).closest('li')!;
    expect(apply.textContent).toContain('相談先：');
    expect(apply.textContent).toContain('市区町村の障害福祉の窓口');
    const lists = within(apply).getAllByRole('list');
    expect(lists.map((l) => within(l).getAllByRole('listitem').length)).toEqual([4, 2]);
    expect(apply.textContent).toContain('申請書（窓口でもらえます）');
    expect(apply.textContent).toContain('受給者証が届くまで、どのくらいかかりますか。');
  });
});

describe('money', () => {
  it('group-home-taxed shows a cap of 37,200円 in 一般2 and why (the group-home rule)', async () => {
    await renderResults(sharedResult('group-home-taxed'));
    const money = section('1か月に払うお金の上限（負担上限月額）');
    expect(within(money).getByText('37,200円')).toBeTruthy();
    expect(within(money).getByText('区分：一般2')).toBeTruthy();
    expect(money.textContent).toContain('グループホームを利用する人は、世帯に住民税がかかっていれば、所得割が16万円未満でも「一般2」になります。');
    expect(money.textContent).toContain('次の見直し：2027年7月1日');
  });

  it('a low-income household shows 0円, what is outside the cap and the meals rule until 2027年3月31日', async () => {
    await renderResults(sharedResult('young-adult-living-with-parents'));
    const money = section(/負担上限月額/);
    expect(within(money).getByText('0円')).toBeTruthy();
    expect(money.textContent).toContain('親やきょうだいの収入は入りません');
    expect(money.textContent).toContain('食事代');
    expect(money.textContent).toContain('2027年3月31日まで');
  });

  it('an estimate from pay is labelled 目安', async () => {
    await renderResults(sharedResult('tax-unknown-estimated-from-pay'));
    const money = section(/負担上限月額/);
    expect(within(money).getByText('目安')).toBeTruthy();
    expect(money.textContent).toContain('去年の給与から計算した目安です');
  });

  it('with the tax status unknown: says what to ask and shows the possible caps', async () => {
    await renderResults(
      resultOf({ age: 30, disability: { handbooks: ['mental'] }, work: { status: 'not-working' }, household: { residentTax: 'unknown' }, residence: 'home' }),
    );
    const money = section(/負担上限月額/);
    expect(within(money).getByText('まだわかりません', { selector: 'strong' })).toBeTruthy();
    expect(money.textContent).toContain('「世帯の市町村民税は、課税ですか、非課税ですか」と聞いてください');
    const caps = within(money).getAllByRole('list')[0]!;
    expect(
      within(caps)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['0円：生活保護', '0円：低所得（市町村民税非課税）', '9,300円：一般1', '37,200円：一般2']);
  });

  it('under 18 with a taxed guardian household: no adult caps, asks which cap applies [7.9]', async () => {
    await renderResults(
      resultOf({
        age: 16,
        disability: { handbooks: ['intellectual'] },
        work: { status: 'not-working' },
        household: { residentTax: 'taxed-under-160k' },
        residence: 'home',
      }),
    );
    const money = section(/負担上限月額/);
    expect(within(money).getByText('まだわかりません', { selector: 'strong' })).toBeTruthy();
    expect(money.textContent).toContain('「負担上限月額はいくらですか」と聞いてください');
    expect(money.textContent).not.toContain('9,300円：一般1');
    expect(money.textContent).toContain('上限は月4,600円です');
  });

  it('19 in a facility, taxed 160,000 or more: the two caps it could be', async () => {
    await renderResults(
      resultOf({
        age: 19,
        disability: { handbooks: ['intellectual'] },
        work: { status: 'not-working' },
        household: { residentTax: 'taxed-160k-or-more' },
        residence: 'facility',
      }),
    );
    const caps = within(section(/負担上限月額/)).getAllByRole('list')[0]!;
    expect(
      within(caps)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['9,300円：一般1', '37,200円：一般2']);
  });

  it("from January to June with only last year's pay: the cap in force is not known, the July estimate beside it [7.10]", async () => {
    await renderResults(
      resultOf({
        asOf: '2026-05-15',
        age: 30,
        disability: { handbooks: [], designatedDisease: true },
        work: { status: 'not-working' },
        household: { publicAssistance: false, spouse: false, residentTax: 'unknown', income: { self: 1_000_000 } },
        residence: 'home',
      }),
    );
    const money = section(/負担上限月額/);
    // The cap in force is not the estimate: the issue showed 低所得 0円 here.
    expect(within(money).getByText('まだわかりません', { selector: 'strong' })).toBeTruthy();
    expect(money.textContent).toContain('1月から6月までの上限は、前の年度の住民税（おととしの収入にかかるもの）で決まります。');
    expect(money.textContent).toContain('今の上限は、2025年度の住民税で決まります');
    const july = within(money).getByRole('heading', { name: '2026年7月1日からの上限（去年の給与から見た目安）' }).parentElement!;
    expect(july.textContent).toContain('0円（低所得（市町村民税非課税））');
  });

  it('a group-home resident under 160,000 is 一般2 for the cap and still has the meal support [7.14]', async () => {
    await renderResults(sharedResult('group-home-taxed'));
    const money = section(/負担上限月額/);
    expect(within(money).getByText('区分：一般2')).toBeTruthy();
    expect(money.querySelector('.copay__meals')!.textContent).toContain('対象です（2027年3月31日まで）');
  });

  it('the refund is said as the household 基準額 for two kinds of service, never as "above your own cap" [7.13]', async () => {
    await renderResults(
      resultOf({
        age: 35,
        disability: { handbooks: ['mental'] },
        work: { status: 'not-working' },
        history: { current: ['continuation-b', 'job-retention'] },
        household: { residentTax: 'taxed-under-160k' },
        residence: 'home',
      }),
    );
    const money = section(/負担上限月額/);
    expect(money.textContent).toContain('2つ以上の種類を使い、世帯で払った合計が世帯の基準額（住民税がかかる世帯は37,200円）を超えたとき');
    expect(money.textContent).toContain('自分の上限を超えた分がもどるしくみではありません');
    expect(money.textContent).not.toContain('合計が上限を超えたときは、申請すると');
    expect(money.textContent).toContain('上限額管理事業所');
  });

  it('names the add-backs and the 6% rule for a taxed household [7.6, 7.8]', async () => {
    await renderResults(sharedResult('working-after-transition'));
    const money = section(/負担上限月額/);
    expect(money.textContent).toContain('住宅ローン控除（住宅借入金等特別控除）と寄附金税額控除（ふるさと納税など）を引く前の額');
    expect(money.textContent).toContain('6%の税率で計算しなおした所得割');
  });

  it('with a plan of days: "at most" the cap a month and the day limit, never a mixed total', async () => {
    await renderResults(
      resultOf({
        age: 35,
        disability: { handbooks: ['mental'] },
        work: { status: 'not-working' },
        household: { residentTax: 'taxed-under-160k' },
        residence: 'home',
        plan: { daysPerMonth: 20 },
      }),
    );
    const money = section(/負担上限月額/);
    expect(money.textContent).toContain('1か月に20日使うと、払うのは多くても1か月9,300円です。');
    expect(money.textContent).toContain('答えの日付の月では22日');
  });
});

describe('reasons and sources', () => {
  it('every reason has a 根拠 disclosure naming its sources with their publisher and link, and no fact numbers or 確かさ', async () => {
    const result = sharedResult('doctor-confirmed-no-handbook');
    await renderResults(result);
    for (const s of result.services) {
      const c = document.getElementById(`service-${s.id}`)!;
      const items = [...c.querySelectorAll<HTMLElement>('.reasons > li')];
      expect(items).toHaveLength(s.reasons.length);
      for (const li of items) {
        const details = li.querySelector('details')!;
        expect(details.querySelector('summary')!.textContent).toMatch(/^根拠/);
      }
      for (const r of s.reasons) {
        for (const src of r.sources) {
          const name = `${src.publisher}${src.titleFromPage ? `「${src.title}」` : src.authority === 'law' ? '' : `：${src.title}`}`;
          if (src.url)
            expect(
              within(c)
                .getAllByRole('link', { name: new RegExp(escapeRegExp(name)) })[0]!
                .getAttribute('href'),
            ).toBe(src.url);
          if (src.section) expect(c.textContent).toContain(src.section);
        }
      }
      // Internal reference numbers (e.g. 1.6) and confidence scores are for reviewers, not for the person.
      expect(c.textContent).not.toMatch(/確かさ|reference\.md|\b\d{1,2}\.\d{1,2}、/);
      for (const r of s.reasons) for (const ref of r.refs) expect(c.textContent, ref).not.toContain(`：${ref}`);
    }
  });

  it('names an official source with its section, and private pages only after it, labelled as not official', async () => {
    await renderResults(sharedResult('doctor-confirmed-no-handbook'));
    const doctor = [...card('就労移行支援').querySelectorAll<HTMLElement>('.reasons > li')].find((li) => li.textContent!.includes('宮津市'))!;
    const text = doctor.querySelector('.sources')!.textContent!;
    expect(text).toContain('公的な資料（法令・国・都道府県・市区町村）');
    expect(text).toContain('該当する部分：第2条第1号');
    expect(text.indexOf('宮津市')).toBeLessThan(text.indexOf('参考：民間のページ（公的な根拠ではありません）'));
    expect(text.indexOf('参考：民間のページ')).toBeLessThan(text.indexOf('manaby'));
    // A page whose own title we do not have is named by its publisher and topic, never with a title in 「」.
    expect(text).toContain('宮津市：措置に関する規則（例規）');
    expect(text).not.toContain('manaby「');
    // The municipality decides this one, so the note says municipalities differ.
    expect(text).toContain('市区町村によって扱いが異なることがあります。');
  });

  it('a rule with no official text found says so and tells the person to check with the municipality', async () => {
    await renderResults(
      resultOf({ age: 40, disability: { handbooks: ['mental'] }, work: { status: 'not-working' }, household: { residentTax: 'exempt' }, residence: 'home' }),
    );
    const transition = card('就労移行支援');
    const age = [...transition.querySelectorAll<HTMLElement>('.reasons > li')].find((li) => li.textContent!.includes('40歳'))!;
    const text = age.querySelector('.sources')!.textContent!;
    expect(text).toContain('この内容は、公的な根拠がまだ確認できていません。市区町村に確認してください。');
    expect(text).not.toContain('公的な資料（法令');
    // A rule stated by an official page does not get that warning.
    const basis = [...transition.querySelectorAll<HTMLElement>('.reasons > li')].find((li) => li.textContent!.includes('高松市'))!;
    expect(basis.textContent).not.toContain('公的な根拠がまだ確認できていません');
  });

  it.each([
    [
      'en',
      'Official sources (law, national government, prefecture, municipality)',
      'For reference: private pages (not official sources)',
      'No official source for this has been found yet.',
    ],
    ['ja-easy', 'くに', 'さんこう', 'まだ'],
  ])('in %s, the 根拠 labels and the "no official text" note are in that language', async (lang, official, secondary, none) => {
    await renderResults(sharedResult('doctor-confirmed-no-handbook'), lang);
    const transition = document.getElementById('service-employment-transition')!;
    const labels = [...transition.querySelectorAll('.sources__label')].map((e) => e.textContent);
    expect(labels.some((l) => l!.includes(official))).toBe(true);
    expect(labels.some((l) => l!.includes(secondary))).toBe(true);
    expect([...transition.querySelectorAll('.sources__none')].some((e) => e.textContent!.includes(none))).toBe(true);
    expect(transition.textContent).not.toMatch(/How sure|確かさ|reference\.md/);
  });

  it('a low-confidence fact tells the person to check with the municipality', async () => {
    await renderResults(
      resultOf({
        age: 30,
        disability: { handbooks: ['mental'] },
        work: { status: 'not-working' },
        history: { transitionMonthsUsed: 6 },
        household: { residentTax: 'exempt' },
        residence: 'home',
      }),
    );
    const transition = card('就労移行支援');
    expect(transition.textContent).toContain('確かな根拠が少ない内容です。市区町村に確かめてください。');
  });

  it('each outcome has a word and an icon, not only a colour: met / not met / not known / the municipality decides / note', async () => {
    const statuses = new Map<string, string>();
    for (const result of [
      resultOf({
        age: 20,
        disability: { doctorConfirmed: true },
        work: { status: 'student', finalYear: false },
        household: { residentTax: 'exempt' },
        residence: 'home',
      }),
      resultOf({}),
    ]) {
      await renderResults(result);
      for (const e of document.querySelectorAll('.reason__status'))
        statuses.set(e.querySelector('.reason__status-text')!.textContent!, e.querySelector('[aria-hidden="true"]')!.textContent!);
      cleanup();
    }
    expect(Object.fromEntries(statuses)).toEqual({
      当てはまります: '✓',
      当てはまりません: '✕',
      まだわかりません: '?',
      市区町村が判断します: '…',
      お知らせ: 'i',
    });
  });
});

describe('what would change this', () => {
  it('a field change is a button that calls onChangeAnswer with the case path', async () => {
    const v = await renderResults(sharedResult('home-user-mental-handbook'));
    fireEvent.click(within(card('就労継続支援B型')).getByRole('button', { name: /「障害基礎年金1級」の答えを見直す/ }));
    expect(v.onChangeAnswer).toHaveBeenCalledWith('pensionGrade1');
    fireEvent.click(within(card('就労移行支援')).getByRole('button', { name: /^「就労移行支援を使った月数」の答えを見直す\s*（就労移行支援）$/ }));
    expect(v.onChangeAnswer).toHaveBeenLastCalledWith('history.transitionMonthsUsed');
  });

  it('a fact change is a plain sentence, not a button', async () => {
    await renderResults(sharedResult('home-user-mental-handbook'));
    const b = card('就労継続支援B型');
    const fact = within(b).getByText('就労選択支援でのアセスメント（働くうえでの課題の確認）の結果。');
    expect(fact.tagName).toBe('LI');
    expect(within(fact).queryByRole('button')).toBeNull();
  });

  it('the date of the answers is explained, not offered as a question (before 就労選択支援 existed)', async () => {
    const v = await renderResults(
      resultOf({
        asOf: '2025-09-01',
        age: 30,
        disability: { handbooks: ['mental'] },
        work: { status: 'not-working' },
        household: { residentTax: 'exempt' },
        residence: 'home',
      }),
    );
    const choice = card('就労選択支援');
    expect(choice.closest('details')).not.toBeNull();
    expect(choice.textContent).toContain('就労選択支援は、2025年10月1日に始まるサービスです。答えの日付（2025年9月1日）には、まだありません。');
    expect(within(choice).queryByRole('button')).toBeNull();
    expect(v.onChangeAnswer).not.toHaveBeenCalled();
  });
});

describe('services that do not fit now', () => {
  it('fold away into a closed <details>, still reachable; the others do not', async () => {
    const result = sharedResult('home-user-mental-handbook');
    await renderResults(result);
    const fold = screen.getByText('今は合わないサービス（1つ）').closest('details')!;
    expect(fold.open).toBe(false);
    expect(within(fold as HTMLElement).getByRole('heading', { name: '就労定着支援', hidden: true })).toBeTruthy();
    for (const name of ['就労移行支援', '就労継続支援A型', '就労継続支援B型', '就労選択支援']) expect(card(name).closest('details')).toBeNull();
  });

  it('the summary button opens the fold and moves focus to the card', async () => {
    await renderResults(sharedResult('home-user-mental-handbook'));
    const summary = section('まとめ');
    fireEvent.click(within(summary).getByRole('button', { name: '就労定着支援' }));
    const fold = screen.getByText('今は合わないサービス（1つ）').closest('details')!;
    expect(fold.open).toBe(true);
    expect(document.activeElement?.id).toBe('service-job-retention');
  });

  it('when nothing fits, says so and points to the municipality', async () => {
    await renderResults(
      resultOf({
        age: 12,
        disability: { handbooks: [], mentalOutpatientCertificate: false, designatedDisease: false, doctorConfirmed: false },
        work: { status: 'student' },
        household: { residentTax: 'exempt' },
      }),
    );
    expect(screen.getByText(/使えそうなサービスは見つかりませんでした/)).toBeTruthy();
    expect(screen.getByText('今は合わないサービス（5つ）')).toBeTruthy();
  });
});

describe('dates and order that matter', () => {
  it('opensOn is shown prominently on the card (就労定着支援 opens 6 months after hiring)', async () => {
    await renderResults(
      resultOf({
        age: 30,
        disability: { handbooks: ['mental'] },
        work: { status: 'working', startedOn: '2026-10-01', viaService: 'continuation-b' },
        household: { residentTax: 'exempt' },
      }),
    );
    const retention = card('就労定着支援');
    expect(within(retention).getByText('2027年4月1日から使えます。', { selector: 'strong' })).toBeTruthy();
  });

  it('"use 就労選択支援 first" is shown on 就労選択支援 and on the service that waits for it', async () => {
    await renderResults(sharedResult('home-user-mental-handbook'));
    expect(within(card('就労選択支援')).getByText('就労継続支援B型の前に、まずこのサービスを使う必要があります。')).toBeTruthy();
    expect(within(card('就労継続支援B型')).getByText('このサービスを新しく使う前に、まず就労選択支援を使う必要があります。')).toBeTruthy();
    expect(within(card('就労移行支援')).queryByText(/まず就労選択支援を使う/)).toBeNull();
  });

  it('after April 2027, extending 就労移行支援 needs 就労選択支援 first', async () => {
    await renderResults(
      resultOf({
        asOf: '2027-05-01',
        age: 30,
        disability: { handbooks: ['mental'] },
        work: { status: 'not-working' },
        history: { transitionMonthsUsed: 26, assessed: false },
        household: { residentTax: 'exempt' },
      }),
    );
    expect(within(card('就労移行支援')).getByText('原則の24か月より長く使う（延長する）には、先に就労選択支援を使う必要があります。')).toBeTruthy();
    expect(card('就労選択支援').textContent).toContain('就労移行支援の延長（24か月より長く使うこと）');
  });

  it('the 65th birthday stands out when it matters', async () => {
    await renderResults(
      resultOf({ birthDate: '1964-03-10', disability: { handbooks: ['physical'] }, work: { status: 'not-working' }, household: { residentTax: 'exempt' } }),
    );
    const entry = within(section('これからの予定'))
      .getByRole('heading', { name: /^65歳の誕生日の前日（/ })
      .closest('li')!;
    expect(entry.className).toContain('timeline__item--key');
    expect(entry.textContent).toContain('2029年3月9日〜2029年3月10日');
  });
});

describe('the page', () => {
  it('says which date and rules it is based on, and that the municipality decides', async () => {
    await renderResults(sharedResult('working-after-transition'));
    expect(screen.getByRole('heading', { level: 1, name: 'チェックの結果' })).toBeTruthy();
    expect(screen.getByText('この結果は、2026年11月22日の時点の答えをもとにしています。')).toBeTruthy();
    expect(screen.getByText(/使ったルール：2026年6月1日の版/)).toBeTruthy();
    expect(screen.getAllByText('サービスを使えるかどうかを最後に決めるのは、お住まいの市区町村です。この結果は目安です。').length).toBeGreaterThan(0);
  });

  it('headings go in order with no skipped level', async () => {
    await renderResults(sharedResult('doctor-confirmed-no-handbook'));
    const levels = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => Number(h.tagName[1]));
    expect(levels[0]).toBe(1);
    levels.reduce((prev, l) => {
      expect(l - prev).toBeLessThanOrEqual(1);
      return l;
    });
  });

  it('edit answers and start again call their callbacks', async () => {
    const v = await renderResults(sharedResult('working-after-transition'));
    fireEvent.click(screen.getByRole('button', { name: '答えを直す' }));
    expect(v.onEditAnswers).toHaveBeenCalledTimes(1);
    fireEvent.click(screen.getByRole('button', { name: '最初からやり直す' }));
    expect(v.onRestart).toHaveBeenCalledTimes(1);
  });

  it('opens every disclosure for printing and closes them again afterwards', async () => {
    await renderResults(sharedResult('home-user-mental-handbook'));
    const all = () => [...document.querySelectorAll('details')];
    expect(all().some((d) => !d.open)).toBe(true);
    window.dispatchEvent(new Event('beforeprint'));
    expect(all().every((d) => d.open)).toBe(true);
    window.dispatchEvent(new Event('afterprint'));
    expect(all().every((d) => !d.open)).toBe(true);
  });

  it('reads in English as a full translation, with the Japanese term beside it', async () => {
    await renderResults(sharedResult('working-after-transition'), 'en');
    expect(screen.getByRole('heading', { level: 1, name: 'Results' })).toBeTruthy();
    const retention = card('Job retention support (就労定着支援)');
    expect(within(retention).getByText('Likely')).toBeTruthy();
    expect(within(card('Employment transition support (就労移行支援)')).getByText('Depends on the municipality')).toBeTruthy();
    expect(screen.getByText('¥9,300')).toBeTruthy();
    expect(
      within(section('What happens next'))
        .getByRole('heading', { name: 'When job retention support can be used – for Job retention support (就労定着支援)' })
        .closest('li')!.textContent,
    ).toContain('1 September 2026 – 1 September 2029');
    expect(screen.getAllByText(/monthly cap \(負担上限月額\)/).length).toBeGreaterThan(0);
  });
});

describe('no text is left untranslated or uninterpolated', () => {
  const cases: [string, Result][] = [
    ['working-after-transition', sharedResult('working-after-transition')],
    ['group-home-taxed', sharedResult('group-home-taxed')],
    ['over-65-continuing-a', sharedResult('over-65-continuing-a')],
    ['tax-unknown-estimated-from-pay', sharedResult('tax-unknown-estimated-from-pay')],
    [
      'on leave, no service before',
      resultOf({
        age: 40,
        disability: { handbooks: ['mental'] },
        work: { status: 'on-leave', startedOn: '2020-04-01', viaService: 'none' },
        household: { residentTax: 'taxed-under-160k', spouse: true },
      }),
    ],
    ['nothing answered', resultOf({})],
    [
      'in 就労移行支援 for 30 months',
      resultOf({
        age: 30,
        disability: { handbooks: ['mental'] },
        work: { status: 'not-working' },
        history: { transitionMonthsUsed: 30, current: ['employment-transition'] },
        household: { residentTax: 'exempt' },
      }),
    ],
    [
      'pay near the line, group home',
      resultOf({
        age: 30,
        disability: { doctorConfirmed: true },
        work: { status: 'not-working' },
        household: { residentTax: 'unknown', spouse: false, income: { self: 1080000 } },
        residence: 'group-home',
        plan: { daysPerMonth: 25 },
      }),
    ],
  ];
  for (const lang of ['ja', 'en']) {
    for (const [name, result] of cases) {
      it(`${lang}: ${name}`, async () => {
        const { container } = await renderResults(result, lang);
        const text = container.textContent ?? '';
        expect(text).not.toMatch(/\{\{|\}\}/);
        // A missing key renders as the key itself ("transition.age.title", "steps.consult.body").
        expect(text).not.toMatch(/\b[a-z0-9-]+\.[a-z0-9.-]*\b(title|body|name|what|met|not-met|unknown|ask|info|heading)\b/);
        expect(text).not.toMatch(/(results|reasons|timeline|common):/);
      });
    }
  }
});

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

describe('a short page: the summary first, the details folded (issue 13)', () => {
  it('the summary has one line per service with its verdict in words, the monthly cap and the first dated step', async () => {
    await renderResults(sharedResult('group-home-taxed'));
    const summary = section('まとめ');
    const lines = summary.querySelectorAll('.summary__item');
    expect([...lines].map((l) => l.textContent)).toEqual([
      '就労選択支援：✓ 使えそうです',
      '就労移行支援：✓ 使えそうです',
      '就労継続支援A型：✓ 使えそうです',
      '就労継続支援B型：△ 市区町村の判断しだいです',
      '就労定着支援：✕ むずかしそうです',
    ]);
    expect(within(summary).getByText('1か月の上限（負担上限月額）：37,200円')).toBeTruthy();
    expect(within(summary).getByRole('heading', { name: 'まず、すること' }).parentElement!.textContent).toMatch(/\d{4}年\d{1,2}月\d{1,2}日/);
  });

  it('each card folds its reasons and what could change it behind a closed disclosure that names the service', async () => {
    await renderResults(sharedResult('group-home-taxed'));
    for (const name of ['就労選択支援', '就労移行支援', '就労継続支援A型', '就労継続支援B型']) {
      const c = card(name);
      const reasons = c.querySelector('.reasons')!;
      const fold = reasons.closest('details')!;
      expect(fold, name).not.toBeNull();
      expect(fold.open).toBe(false);
      expect(fold.querySelector('summary')!.textContent).toBe(`理由・根拠・結果が変わるかもしれないこと（${name}）`);
      // The verdict stays outside the fold.
      expect(
        within(c)
          .getByText(/使えそうです|市区町村の判断しだいです/)
          .closest('details'),
      ).toBeNull();
    }
  });

  it('the cap stays in view; why it is so and the whole plan are folded', async () => {
    await renderResults(sharedResult('group-home-taxed'));
    const money = section('1か月に払うお金の上限（負担上限月額）');
    expect(within(money).getByText('37,200円').closest('details')).toBeNull();
    const why = money.querySelector('.reasons')!.closest('details')!;
    expect(why.open).toBe(false);
    expect(why.querySelector('summary')!.textContent).toBe('上限額の理由と、くわしい説明');
    const plan = section('これからの予定').querySelector('ol')!.closest('details')!;
    expect(plan.open).toBe(false);
    expect(plan.querySelector('summary')!.textContent).toMatch(/^すべての予定を見る（\d+件）$/);
  });
});
