/** Answering the wizard in a browser test: each question page by its title, until the results. */
import type { Page } from '@playwright/test';
import { expect } from '../helpers';

export type Answer = { radio: string } | { check: string[] } | { text: string };

/** The person at home of flows.spec.ts: 28, mental handbook, not taxed, 20 days a month. */
export const HOME_USER: Record<string, Answer> = {
  年齢を教えてください: { text: '28' },
  障害者手帳を持っていますか: { check: ['精神障害者保健福祉手帳'] },
  障害基礎年金の1級を受け取っていますか: { radio: 'いいえ' },
  '今の働き方に、いちばん近いものはどれですか': { radio: '働いていない' },
  '今までに、働いたことはありますか': { radio: 'はい' },
  '年齢や体力のために、会社などで働くのがむずかしくなっていますか': { radio: 'いいえ' },
  '就労移行支援を、今までに何か月使いましたか': { text: '0' },
  今使っている就労支援のサービスはありますか: { check: ['どれも使っていない'] },
  '「就労選択支援」か「就労アセスメント」を受けたことがありますか': { radio: 'いいえ' },
  '今、どこで暮らしていますか': { radio: 'グループホーム' },
  生活保護を受けていますか: { radio: 'いいえ' },
  '配偶者（夫または妻）はいますか': { radio: 'いいえ' },
  '世帯の今年度の住民税（市町村民税）は、どれにあてはまりますか': { radio: 'かかっている（所得割の合計が16万円未満）' },
  '1か月に何日くらい通う予定ですか': { text: '20' },
};

export const JAPAN_NOON = new Date('2026-11-22T10:00:00+09:00');

/** From the start page (clock fixed) to the results. */
export async function answerAll(page: Page, answers: Record<string, Answer> = HOME_USER): Promise<void> {
  await page.clock.setFixedTime(JAPAN_NOON);
  await page.goto('/');
  await page.getByRole('button', { name: 'はじめる' }).click();
  for (let i = 0; i < 40; i++) {
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toBeFocused();
    const title = (await h1.textContent())!.replace(/\s*任意$/, '').trim();
    if (title === '答えを確かめてください') {
      await page.getByRole('button', { name: 'この答えで結果を見る' }).click();
      await expect(page.getByRole('heading', { level: 2, name: 'サービスごとの結果' })).toBeVisible();
      return;
    }
    const a = answers[title];
    if (!a) throw new Error(`no answer for the question "${title}"`);
    if ('radio' in a) await page.getByRole('radio', { name: a.radio, exact: true }).check();
    else if ('check' in a) for (const label of a.check) await page.getByRole('checkbox', { name: label, exact: true }).check();
    else await page.getByRole('textbox').first().fill(a.text);
    await page.getByRole('button', { name: '次へ', exact: true }).click();
  }
  throw new Error('the flow did not reach the results');
}

/** What a result page says that must survive a share: each service's verdict and the copay panel. */
export async function resultSummary(page: Page): Promise<{ services: string[]; copay: string }> {
  const services = await page.getByRole('article').evaluateAll((els) => els.map((e) => `${e.getAttribute('aria-label') ?? e.querySelector('h3,h2')?.textContent}: ${e.textContent?.match(/使えそうです|市区町村の判断しだいです|むずかしそうです/)?.[0]}`));
  const copay = (await page.locator('.copay').textContent()) ?? '';
  return { services: services.sort(), copay: copay.match(/[\d,]+円/g)?.join(' ') ?? '' };
}
