/** The share and counselor specs' person, and the way from a fresh start page to their results. */
import type { Page } from '@playwright/test';
import { answerAll, MUNICIPALITY, SKIP_MUNICIPALITY } from '../helpers';
import type { Answer } from '../helpers';

/** The person at home of flows.spec.ts: 28, mental handbook, at home, household not taxed, 20 days a month. */
export const HOME_USER: Record<string, Answer> = {
  年齢を教えてください: { text: '28' },
  障害者手帳を持っていますか: { check: ['精神障害者保健福祉手帳'] },
  障害基礎年金の1級を受け取っていますか: { radio: 'いいえ' },
  '今の働き方に、いちばん近いものはどれですか': { radio: '働いていない（福祉サービスを利用中も含む）' },
  '今までに、働いたことはありますか': { radio: 'はい' },
  '年齢や体力のために、会社などで働くのがむずかしくなっていますか': { radio: 'いいえ' },
  '就労移行支援を、今までに何か月使いましたか': { text: '0' },
  今使っている就労支援のサービスはありますか: { check: ['どれも使っていない'] },
  '「就労選択支援」か「就労アセスメント」を受けたことがありますか': { radio: 'いいえ' },
  '今、どこで暮らしていますか': { radio: '自宅' },
  [MUNICIPALITY]: SKIP_MUNICIPALITY,
  生活保護を受けていますか: { radio: 'いいえ' },
  '配偶者（夫または妻）はいますか': { radio: 'いいえ' },
  '2026年度の、世帯の住民税（市町村民税）は、どれにあてはまりますか': { radio: '非課税（住民税がかからない）' },
  '1か月に何日くらい通う予定ですか': { text: '20' },
};

/** The same person in a group home, household taxed under 160,000 yen: a cap (37,200 yen) that is not 0. */
export const GROUP_HOME_TAXED: Record<string, Answer> = {
  ...HOME_USER,
  '今、どこで暮らしていますか': { radio: 'グループホーム' },
  '2026年度の、世帯の住民税（市町村民税）は、どれにあてはまりますか': { radio: 'かかっている（所得割の合計が16万円未満）' },
};

export const JAPAN_NOON = new Date('2026-11-22T10:00:00+09:00');

/** From the start page (clock fixed) to the results. */
export async function answerFromStart(page: Page, answers: Record<string, Answer> = GROUP_HOME_TAXED): Promise<void> {
  await page.clock.setFixedTime(JAPAN_NOON);
  await page.goto('/');
  await page.getByRole('button', { name: 'はじめる' }).click();
  await answerAll(page, answers);
}

/** What a result page says that must survive a share: each service's verdict and the copay panel. */
export async function resultSummary(page: Page): Promise<{ services: string[]; copay: string }> {
  const services = await page
    .getByRole('article')
    .evaluateAll((els) =>
      els.map(
        (e) =>
          `${e.getAttribute('aria-label') ?? e.querySelector('h3,h2')?.textContent}: ${e.textContent?.match(/使えそうです|市区町村の判断しだいです|むずかしそうです/)?.[0]}`,
      ),
    );
  const copay = (await page.locator('.copay').textContent()) ?? '';
  return { services: services.sort(), copay: copay.match(/[\d,]+円/g)?.join(' ') ?? '' };
}
