/**
 * The municipality question (issue 15): a prefecture list and a combobox (ARIA 1.2) over the open data, loaded
 * when the question is reached; choosing sets the case's `municipality` code, skipping leaves it unanswered.
 */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { savedState, setup } from './harness';
import { AT_HOME, AT_HOME_VISITED } from '../fixtures/person-at-home';
import { setRespondent } from '../../src/state/respondent';

afterEach(() => {
  cleanup();
  setRespondent(null, false);
});

const BEFORE = AT_HOME_VISITED.slice(0, AT_HOME_VISITED.indexOf('municipality'));
const atQuestion = (municipality?: string) =>
  savedState({ ...AT_HOME, household: undefined, ...(municipality ? { municipality } : {}) }, 'municipality', BEFORE);

/** The question with its field (a lazy chunk: waits for it). */
async function open(saved = atQuestion(), lang?: string) {
  const h = await setup({ saved, lang });
  const box = (await screen.findByRole('combobox', { name: /市区町村|municipality/ })) as HTMLInputElement;
  return { ...h, box };
}

const type = (box: HTMLInputElement, text: string) => fireEvent.input(box, { target: { value: text } });
const key = (box: HTMLInputElement, k: string, extra: Record<string, unknown> = {}) => fireEvent.keyDown(box, { key: k, ...extra });
/** The field's own live region (the page has others, e.g. the footer's offline status). */
const liveRegion = (box: HTMLElement) => within(box.closest('.place-field') as HTMLElement).getByRole('status');
const options = () => within(screen.getByRole('listbox', { hidden: true })).queryAllByRole('option');
const optionNames = () => options().map((o) => o.textContent);
const next = () => fireEvent.click(screen.getByRole('button', { name: '次へ' }));

describe('the municipality question', () => {
  it('is optional, comes after the housing question, and its field is a combobox named by the question', async () => {
    const { box } = await open();
    const h1 = screen.getByRole('heading', { level: 1 });
    expect(h1.textContent).toBe('お住まいの市区町村を教えてください 任意');
    expect(box.labels?.[0]?.textContent).toContain('お住まいの市区町村を教えてください');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.getAttribute('aria-autocomplete')).toBe('list');
    // aria-controls names the list box, which is in the page (hidden while closed).
    const list = document.getElementById(box.getAttribute('aria-controls')!)!;
    expect(list.getAttribute('role')).toBe('listbox');
    expect(list.hidden).toBe(true);
    // The prefecture list: "all", then the 47 prefectures with their readings.
    const select = screen.getByRole('combobox', { name: '都道府県でしぼりこむ（任意）' }) as HTMLSelectElement;
    expect(select.options).toHaveLength(48);
    expect(select.options[1]!.textContent).toBe('北海道（ほっかいどう）');
    expect(select.options[47]!.textContent).toBe('沖縄県（おきなわけん）');
  });

  it('typing a reading lists the matches; ↓ ↑ move through them, Enter chooses one and the list closes', async () => {
    const { box } = await open();
    type(box, 'よこはま');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(optionNames().slice(0, 2).sort()).toEqual(['横浜町 青森県・よこはままち', '横浜市 神奈川県・よこはまし'].sort());
    expect(box.getAttribute('aria-activedescendant')).toBeNull();
    key(box, 'ArrowDown');
    const first = options()[0]!;
    expect(box.getAttribute('aria-activedescendant')).toBe(first.id);
    expect(first.getAttribute('aria-selected')).toBe('true');
    key(box, 'ArrowDown');
    expect(box.getAttribute('aria-activedescendant')).toBe(options()[1]!.id);
    expect(first.getAttribute('aria-selected')).toBe('false');
    key(box, 'ArrowUp');
    key(box, 'ArrowUp'); // from the first, ↑ wraps to the last
    expect(box.getAttribute('aria-activedescendant')).toBe(options().at(-1)!.id);
    // Back to 横浜市 and choose it with Enter.
    const yokohama = options().findIndex((o) => o.textContent!.startsWith('横浜市 '));
    while (box.getAttribute('aria-activedescendant') !== options()[yokohama]!.id) key(box, 'ArrowDown');
    const enter = key(box, 'Enter');
    expect(enter).toBe(false); // Enter chose the option (default prevented): the form was not sent
    expect(box.value).toBe('横浜市');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.getAttribute('aria-activedescendant')).toBeNull();
    expect(screen.getByText(/選んだ市区町村：/).parentElement!.textContent).toContain('神奈川県 横浜市');
    // A 指定都市: the ward office is the counter.
    expect(document.body.textContent).toContain('横浜市は政令指定都市です。窓口は、お住まいの区の区役所です。');
  });

  it('choosing sets the case field to the 6-digit code and goes on to the next question', async () => {
    const { app, box } = await open();
    type(box, 'さっぽろしちゅうおう');
    fireEvent.click(options()[0]!);
    expect(box.value).toBe('札幌市中央区');
    expect(document.body.textContent).toContain('札幌市は政令指定都市です。窓口は、札幌市中央区の区役所です。');
    next();
    await waitFor(() => expect(app.step.value).toBe('public-assistance'));
    expect(app.draft.value.municipality).toBe('011011');
    expect(app.visited.value).toContain('municipality');
  });

  it('Escape closes the list, and a second Escape empties the field', async () => {
    const { box } = await open();
    type(box, 'ちゅうおう');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    key(box, 'Escape');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(box.value).toBe('ちゅうおう');
    // ↓ opens it again on the first match.
    key(box, 'ArrowDown');
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(box.getAttribute('aria-activedescendant')).toBe(options()[0]!.id);
    key(box, 'Escape');
    key(box, 'Escape');
    expect(box.value).toBe('');
  });

  it('"わからない・あとで答える" leaves the field unanswered and goes on; an earlier answer is removed', async () => {
    const { app } = await open(atQuestion('141003'));
    const box = (await screen.findByRole('combobox', { name: /お住まいの市区町村/ })) as HTMLInputElement;
    await waitFor(() => expect(box.value).toBe('横浜市'));
    fireEvent.click(screen.getByRole('button', { name: 'わからない・あとで答える' }));
    await waitFor(() => expect(app.step.value).toBe('public-assistance'));
    expect(app.draft.value.municipality).toBeUndefined();
    expect(app.visited.value).toContain('municipality');
  });

  it('an empty field goes on unanswered; typed text that was not chosen is refused, and kept', async () => {
    const { app, box } = await open();
    type(box, '横浜');
    next();
    const error = await screen.findAllByText(/候補の中から市区町村を選んでください/);
    expect(error.length).toBeGreaterThan(0);
    expect(app.step.value).toBe('municipality');
    expect(box.value).toBe('横浜');
    expect(box.getAttribute('aria-invalid')).toBe('true');
    type(box, '');
    next();
    await waitFor(() => expect(app.step.value).toBe('public-assistance'));
    expect(app.draft.value.municipality).toBeUndefined();
  });

  it('the prefecture narrows the list, and a chosen place in another prefecture is let go', async () => {
    const { box } = await open();
    const select = screen.getByRole('combobox', { name: '都道府県でしぼりこむ（任意）' }) as HTMLSelectElement;
    fireEvent.change(select, { target: { value: '2' } }); // 青森県
    type(box, 'よこはま');
    expect(optionNames()).toEqual(['横浜町 青森県・よこはままち']);
    fireEvent.click(options()[0]!);
    expect(screen.getByText(/選んだ市区町村：/).parentElement!.textContent).toContain('青森県 横浜町');
    fireEvent.change(select, { target: { value: '14' } }); // 神奈川県
    expect(screen.queryByText(/選んだ市区町村：/)).toBeNull();
  });

  it('no match: says so in words, and how to search (the reading, without 市); the live region says it too', async () => {
    const { box } = await open();
    type(box, 'ぞぞぞ');
    expect(box.getAttribute('aria-expanded')).toBe('false');
    const says =
      '「ぞぞぞ」に合う市区町村は見つかりませんでした。ひらがなで読みを入れてみてください（例：よこはま）。「市」「町」「村」はつけなくても探せます。';
    expect(screen.getAllByText(says).length).toBeGreaterThan(0);
    await waitFor(() => expect(liveRegion(box).textContent).toBe(says));
    // In one prefecture: says which, and how to widen it.
    fireEvent.change(screen.getByRole('combobox', { name: '都道府県でしぼりこむ（任意）' }), { target: { value: '47' } });
    type(box, 'よこはま');
    expect(document.body.textContent).toContain('沖縄県には、「よこはま」に合う市区町村は見つかりませんでした。都道府県を「すべての都道府県」にもどすか');
  });

  it('the live region announces the number of matches once typing pauses', async () => {
    const { box } = await open();
    type(box, 'さっぽろ');
    await waitFor(() => expect(liveRegion(box).textContent).toBe('候補が11件あります。下向きの矢印キーで選べます。'));
    type(box, 'か');
    await waitFor(() => expect(liveRegion(box).textContent).toMatch(/^\d+件のうち20件を表示しています。/));
  });

  it('a saved answer comes back as its name; the list is not narrowed, so another name is found anywhere', async () => {
    await open(atQuestion('011011'));
    const box = screen.getByRole('combobox', { name: /お住まいの市区町村/ }) as HTMLInputElement;
    await waitFor(() => expect(box.value).toBe('札幌市中央区'));
    expect(screen.getByText(/選んだ市区町村：/).parentElement!.textContent).toContain('北海道 札幌市中央区');
    expect((screen.getByRole('combobox', { name: '都道府県でしぼりこむ（任意）' }) as HTMLSelectElement).value).toBe('0');
    type(box, 'よこはま');
    expect(optionNames()).toContain('横浜市 神奈川県・よこはまし');
  });

  it('for someone answering for the person: ご本人のお住まい', async () => {
    setRespondent('family', false);
    await open();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('ご本人のお住まいの市区町村を教えてください 任意');
  });

  it('in English and やさしい日本語 (the place with its reading)', async () => {
    await open(atQuestion('141003'), 'en');
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Which municipality do you live in?');
    await waitFor(() => expect(document.body.textContent).toContain('is a designated city (政令指定都市)'));
    cleanup();
    await open(atQuestion('141003'), 'ja-easy');
    const rubies = () => [...document.querySelectorAll('.place-field__chosen-name ruby')].map((r) => r.textContent);
    await waitFor(() => expect(rubies()).toEqual(expect.arrayContaining(['神奈川県(かながわけん)', '横浜市(よこはまし)'])));
  });
});

describe('the check-answers page', () => {
  it('shows the municipality by name ("神奈川県 横浜市"), and "答えていない" when skipped', async () => {
    await setup({ saved: savedState({ ...AT_HOME, municipality: '141003' }, 'check', AT_HOME_VISITED) });
    const row = () => screen.getAllByRole('term').find((el) => el.textContent === 'お住まいの市区町村')!.parentElement!;
    await waitFor(() => expect(within(row()).getByText('神奈川県 横浜市')).toBeTruthy());
    cleanup();
    await setup({ saved: savedState(AT_HOME, 'check', AT_HOME_VISITED) });
    expect(within(screen.getAllByRole('term').find((el) => el.textContent === 'お住まいの市区町村')!.parentElement!).getByText('答えていない')).toBeTruthy();
  });
});
