/**
 * Texts that follow the answers (issue 13, item 8): the household hint after "no spouse", A型/B型 users and the
 * work questions, and "who is answering" turning the questions to the third person.
 */
import { cleanup, fireEvent, screen } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { savedState, setup } from './harness';
import { RESPONDENT_KEY, respondent, setRespondent } from '../../src/state/respondent';

afterEach(() => {
  cleanup();
  setRespondent(null, false);
});

const tax = (spouse: boolean | undefined, age = 30) =>
  savedState({ age, household: { publicAssistance: false, ...(spouse === undefined ? {} : { spouse }) } }, 'resident-tax', ['age']);
const text = () => document.body.textContent!;

describe('the resident-tax hint follows the spouse answer', () => {
  it('"no spouse": the household is the person alone, never "あなたと配偶者"', async () => {
    await setup({ saved: tax(false) });
    expect(text()).toContain('ここでいう世帯は、あなただけです');
    expect(text()).not.toContain('あなたと配偶者');
  });

  it('"spouse: yes" or not known: the person and the spouse', async () => {
    await setup({ saved: tax(true) });
    expect(text()).toContain('ここでいう世帯は、あなたと配偶者です');
    cleanup();
    await setup({ saved: tax(undefined) });
    expect(text()).toContain('ここでいう世帯は、あなたと配偶者です');
  });

  it('in English and やさしい日本語 too', async () => {
    await setup({ saved: tax(false), lang: 'en' });
    expect(text()).toContain('your household means you alone');
    expect(text()).not.toContain('you and your husband or wife');
    cleanup();
    await setup({ saved: tax(false), lang: 'ja-easy' });
    expect(text()).toContain('あなた ひとりです');
  });

  it("a 17-year-old: the guardian's household, whatever else was answered", async () => {
    await setup({ saved: tax(false, 17) });
    expect(text()).toContain('保護者の世帯の住民税で決まります');
    expect(text()).not.toContain('あなただけ');
  });
});

describe('the work questions say where A型 and B型 belong', () => {
  it('work status: someone using A型 (with a job contract) or B型 answers 働いていない', async () => {
    await setup({ saved: savedState({ age: 30 }, 'work-status', ['age']) });
    expect(screen.getByLabelText('働いていない（福祉サービスを利用中も含む）')).toBeTruthy();
    expect(text()).toContain('就労継続支援A型の事業所で雇用契約を結んで働いている人や、B型の事業所に通っている人も、こちらを選んでください');
    expect(text()).toContain('就労継続支援A型の事業所での仕事は、ここにはふくみません');
  });

  it('work experience: says what counts, and that the municipality decides about A型/B型 work', async () => {
    await setup({ saved: savedState({ age: 30, work: { status: 'not-working' } }, 'experience', ['age']) });
    expect(text()).toContain('会社などで働いたことです');
    expect(text()).toContain('就労継続支援A型やB型の事業所で働いたことしかないときに、それを「働いたこと」に数えるかどうかは、市区町村が決めます');
  });
});

describe('who is answering', () => {
  it('is an optional choice on the start page; 家族 is kept on the device under its own key', async () => {
    const h = await setup();
    expect(screen.getByRole('group', { name: 'だれが答えますか（任意）' })).toBeTruthy();
    fireEvent.click(screen.getByLabelText('家族'));
    expect(respondent.value).toBe('family');
    expect(globalThis.localStorage.getItem(RESPONDENT_KEY)).toBe('family');
    // Not part of the case: the saved answers do not carry it.
    expect(JSON.stringify(h.app.draft.value)).not.toContain('family');
  });

  it('with 家族 or 支援者 the questions say ご本人 / the person; with 本人 or no choice, あなた / you', async () => {
    const pay = savedState({ age: 30, household: { publicAssistance: false, spouse: false, residentTax: 'unknown' } }, 'income-self', ['age']);
    await setup({ saved: pay });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('あなたの給料');
    cleanup();
    setRespondent('family', false);
    await setup({ saved: pay });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('ご本人の給料');
    cleanup();
    setRespondent('supporter', false);
    await setup({ saved: savedState({}, 'age', []), lang: 'en' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('How old is the person?');
    cleanup();
    setRespondent('self', false);
    await setup({ saved: savedState({}, 'age', []), lang: 'en' });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('How old are you?');
  });

  it('the household hints name ご本人 when a family member answers', async () => {
    setRespondent('family', false);
    await setup({ saved: tax(false) });
    expect(text()).toContain('ここでいう世帯は、ご本人だけです');
    expect(text()).not.toContain('あなた');
    cleanup();
    await setup({ saved: tax(true), lang: 'ja-easy' });
    expect(text()).toContain('本人(ほんにん)と 配偶者');
    expect(text()).not.toContain('あなた');
  });
});

describe('the results speak of the person, not to "あなた"', () => {
  it('no results or reasons text in Japanese or やさしい日本語 says あなた', () => {
    for (const lang of ['ja', 'ja-easy'])
      for (const ns of ['results', 'reasons']) expect(readFileSync(`locales/${lang}/${ns}.json`, 'utf8'), `${lang}/${ns}`).not.toContain('あなた');
  });

  it('the English results headings do not say "your"/"you"', () => {
    const r = JSON.parse(readFileSync('locales/en/results.json', 'utf8'));
    for (const s of [r.title, r.copay.heading, r.copay.fromJuly.heading, r.decides, r.services.unlikelyIntro]) expect(s).not.toMatch(/\byou(r)?\b/i);
  });
});
