/**
 * The municipality on the results page and in the calendar (issue 15): the plan's steps at the municipality name
 * it in the engine's wording (a 指定都市's ward office, a ward's office, or the municipality's own counter), with a
 * link to its official site and the data's date and words to search its 障害福祉 page; never a phone or a
 * department. Without a municipality, today's text. "ほかの相談先" names the other offices the answers call for.
 */
import { cleanup, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { Case } from '../../src/case/schema';
import { planEvents } from '../../src/results/calendar/events';
import { renderResults, resultOf, useLanguage } from './support';

afterEach(cleanup);

const person = (over: Partial<Case> = {}): Partial<Case> => ({
  age: 30,
  disability: { handbooks: ['mental'] },
  work: { status: 'not-working', experience: true },
  household: { publicAssistance: false, spouse: false, residentTax: 'taxed-under-160k' },
  residence: 'home',
  ...over,
});
const plan = () => within(screen.getByRole('region', { name: 'これからの予定' }));
const contacts = () => [...document.querySelectorAll('.timeline__contact')].map((p) => p.textContent!);
const officeLinks = () =>
  plan()
    .queryAllByRole('link')
    .filter((a) => a.getAttribute('href')?.startsWith('https://www.city.'));

describe('the municipality on the plan', () => {
  it('a 指定都市 (横浜市): the ward office of the ward lived in, the site with the data date, search words; in the first step too', async () => {
    await renderResults(resultOf(person({ municipality: '141003' })));
    expect(contacts().some((c) => c.includes('相談先： お住まいの区の区役所（横浜市）の障害福祉の窓口'))).toBe(true);
    expect(contacts().some((c) => c.includes('市区町村の障害福祉の窓口'))).toBe(false);
    const links = officeLinks();
    expect(links.length).toBeGreaterThan(2);
    expect(links[0]!.getAttribute('href')).toBe('https://www.city.yokohama.lg.jp/');
    expect(links[0]!.textContent).toBe('横浜市の公式サイト（2026年7月9日時点の情報）（新しいタブで開きます）');
    expect(links[0]!.getAttribute('target')).toBe('_blank');
    expect(links[0]!.getAttribute('rel')).toContain('noopener');
    const text = document.body.textContent!;
    expect(text).toContain('政令指定都市では、お住まいの区の区役所が、障害福祉の相談と申し込みの窓口です。');
    expect(text).toContain('「横浜市 障害福祉 就労移行支援」などと検索すると');
    // The summary's first step names it as well.
    expect(document.querySelector('.results__next')!.textContent).toContain('お住まいの区の区役所（横浜市）の障害福祉の窓口');
  });

  it("a ward (札幌市中央区): that ward's office and site; the search words use its city", async () => {
    await renderResults(resultOf(person({ municipality: '011011' })));
    expect(contacts().some((c) => c.includes('札幌市中央区役所の障害福祉の窓口'))).toBe(true);
    expect(officeLinks()[0]!.getAttribute('href')).toBe('https://www.city.sapporo.jp/chuo/');
    expect(document.body.textContent).toContain('「札幌市 障害福祉 就労移行支援」');
  });

  it('another municipality (南城市): its own counter, no 指定都市 sentence', async () => {
    await renderResults(resultOf(person({ municipality: '472158' })));
    expect(contacts().some((c) => c.includes('南城市の障害福祉の窓口'))).toBe(true);
    expect(document.body.textContent).not.toContain('お住まいの区の区役所');
    expect(officeLinks()[0]!.getAttribute('href')).toBe('https://www.city.nanjo.okinawa.jp/');
  });

  it('never shows a phone number or a department name', async () => {
    await renderResults(resultOf(person({ municipality: '141003' })));
    const region = screen.getByRole('region', { name: 'これからの予定' }).textContent!;
    expect(region).not.toMatch(/\d{2,4}-\d{2,4}-\d{4}/);
    // The general text gives 障害福祉課 only as an example of how counters are named; the office's own lines name none.
    const office = [...document.querySelectorAll('.timeline__office')].map((p) => p.textContent!).join('\n');
    expect(office).not.toMatch(/[^の]課|係|\d{2,4}-\d{2,4}-\d{4}/);
    expect(office).toContain('電話番号や担当の課の名前は、このアプリにはないので、公式サイトで確かめてください。');
  });

  it('without a municipality: the plan as today (the kind of office, no site link, no search words)', async () => {
    await renderResults(resultOf(person()));
    expect(contacts().some((c) => c.includes('相談先： 市区町村の障害福祉の窓口'))).toBe(true);
    expect(officeLinks()).toEqual([]);
    expect(document.querySelector('.timeline__office')).toBeNull();
    expect(document.body.textContent).not.toContain('公式サイト');
  });

  it('in やさしい日本語 the place name has its reading; in English the wording is English with the Japanese name', async () => {
    await renderResults(resultOf(person({ municipality: '141003' })), 'ja-easy');
    const ruby = [...document.querySelectorAll('.timeline__contact ruby')].map((r) => r.textContent);
    expect(ruby).toContain('横浜市(よこはまし)');
    cleanup();
    await renderResults(resultOf(person({ municipality: '141003' })), 'en');
    expect(document.body.textContent).toContain('the disability welfare counter at the ward office (区役所) of the ward the person lives in, in 横浜市');
    expect(document.body.textContent).toContain('Official website of 横浜市 (information as of 9 July 2026)');
  });
});

describe('ほかの相談先', () => {
  const section = () => screen.getByRole('region', { name: 'ほかの相談先' });

  it('working after 移行: ハローワーク, なかぽつ (after 定着支援 ends), the centre (ジョブコーチ), each with where to find it and its sources', async () => {
    await renderResults(
      resultOf(person({ municipality: '141003', work: { status: 'working', startedOn: '2026-07-15', viaService: 'employment-transition' } })),
    );
    const s = within(section());
    expect(s.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'ハローワークの障害者の窓口（専門援助部門）',
      '障害者就業・生活支援センター（なかぽつ）',
      '地域障害者職業センター',
    ]);
    const text = section().textContent!;
    expect(text).toContain('就労定着支援は最長3年で終わりますが、そのあとも、ここで相談を続けられます。');
    expect(text).toContain('ジョブコーチ');
    expect(text).toContain('近くの窓口がどこにあるかは、お住まいの区の区役所（横浜市）の障害福祉の窓口で聞いてください。');
    expect(section().querySelectorAll('details.sources')).toHaveLength(3);
    expect(section().querySelector('details.sources a[href^="https://www.jeed.go.jp/"]')).not.toBeNull();
    expect(text).not.toMatch(/\d+か所|\d+箇所/);
  });

  it('on leave: the centre for リワーク支援, and the plan step there says where to find it; without a municipality, "your municipality"', async () => {
    await renderResults(resultOf(person({ work: { status: 'on-leave', experience: true } })));
    expect(
      within(section())
        .getAllByRole('heading', { level: 3 })
        .map((h) => h.textContent),
    ).toEqual(['地域障害者職業センター']);
    expect(section().textContent).toContain('リワーク支援');
    expect(section().textContent).toContain('近くの窓口がどこにあるかは、市区町村の障害福祉の窓口で聞いてください。');
    expect(contacts().find((c) => c.includes('地域障害者職業センター'))).toContain('近くの窓口がどこにあるかは');
  });

  it('no section when the answers call for none (a student not in the final year)', async () => {
    await renderResults(resultOf(person({ work: { status: 'student', finalYear: false } })));
    expect(screen.queryByRole('region', { name: 'ほかの相談先' })).toBeNull();
  });
});

describe('the calendar file', () => {
  it('names the municipality in the step descriptions, with its site and search words; without one, as today', async () => {
    await useLanguage('ja');
    const withPlace = planEvents(resultOf(person({ municipality: '141003' })).timeline);
    const consult = withPlace.find((e) => e.summary.startsWith('相談する'))!;
    expect(consult.description).toContain('相談先: お住まいの区の区役所（横浜市）の障害福祉の窓口');
    expect(consult.description).toContain('公式サイト: https://www.city.yokohama.lg.jp/');
    expect(consult.description).toContain('「横浜市 障害福祉 就労移行支援」');
    const without = planEvents(resultOf(person()).timeline).find((e) => e.summary.startsWith('相談する'))!;
    expect(without.description).toContain('相談先: 市区町村の障害福祉の窓口');
    expect(without.description).not.toContain('公式サイト');
  });

  it('has no furigana markup in やさしい日本語', async () => {
    await useLanguage('ja-easy');
    const events = planEvents(resultOf(person({ municipality: '141003' })).timeline);
    expect(events.map((e) => e.description).join('\n')).not.toMatch(/[{}|]/);
    expect(events.find((e) => e.description.includes('よこはまし'))).toBeUndefined();
    await useLanguage('ja');
  });
});
