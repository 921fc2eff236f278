/**
 * The three kinds of user in ../shared/design/ux.md, each from the first question to the results:
 * verdicts, the monthly cap and a timeline date must be on screen. The clock is fixed to 2026-11-22 in Japan
 * so the dated timeline is predictable.
 */
import type { Page } from '@playwright/test';
import { answerAll, axeViolations, expect, MUNICIPALITY, SKIP_MUNICIPALITY, test } from './helpers';
import { HOME_USER, JAPAN_NOON } from './support/answer-flow';

test.use({ locale: 'ja-JP' });

async function start(page: Page): Promise<void> {
  await page.clock.setFixedTime(JAPAN_NOON);
  await page.goto('/');
  await page.getByRole('button', { name: 'はじめる' }).click();
}

const service = (page: Page, name: string) => page.getByRole('article', { name });

test('a person at home (28, mental handbook, not taxed) sees 就労移行支援 likely, 0 yen and the July review', async ({ page }) => {
  await start(page);
  // The age typed in full-width digits, as a Japanese keyboard may give them.
  const seen = await answerAll(page, { ...HOME_USER, 年齢を教えてください: { text: '２８' } });
  // A 28-year-old is never asked the 65+ questions.
  expect(seen.join()).not.toContain('65歳');
  await expect(service(page, '就労移行支援')).toContainText('使えそうです');
  await expect(service(page, '就労継続支援A型')).toContainText('使えそうです');
  await expect(service(page, '就労継続支援B型')).toContainText('市区町村の判断しだいです');
  await expect(page.getByRole('region', { name: /負担上限月額/ })).toContainText('0円');
  await expect(page.locator('.timeline')).toContainText('2027年7月1日');
  await expect(page.getByText('サービスを使えるかどうかを最後に決めるのは、お住まいの市区町村です。').first()).toBeVisible();
  expect(await axeViolations(page)).toEqual([]);
});

test('a family member (group home, household taxed under 160,000) sees the 37,200 yen cap and why', async ({ page }) => {
  await start(page);
  await answerAll(page, {
    年齢を教えてください: { text: '35' },
    障害者手帳を持っていますか: { check: ['精神障害者保健福祉手帳'] },
    障害基礎年金の1級を受け取っていますか: { radio: 'わからない' },
    '今の働き方に、いちばん近いものはどれですか': { radio: '働いていない（福祉サービスを利用中も含む）' },
    '今までに、働いたことはありますか': { radio: 'はい' },
    '年齢や体力のために、会社などで働くのがむずかしくなっていますか': { radio: 'わからない' },
    '就労移行支援を、今までに何か月使いましたか': { text: '0' },
    今使っている就労支援のサービスはありますか: { check: ['どれも使っていない'] },
    '「就労選択支援」か「就労アセスメント」を受けたことがありますか': { radio: 'いいえ' },
    '今、どこで暮らしていますか': { radio: 'グループホーム' },
    [MUNICIPALITY]: SKIP_MUNICIPALITY,
    生活保護を受けていますか: { radio: 'いいえ' },
    '配偶者（夫または妻）はいますか': { radio: 'いいえ' },
    '2026年度の、世帯の住民税（市町村民税）は、どれにあてはまりますか': { radio: 'かかっている（所得割の合計が16万円未満）' },
    '1か月に何日くらい通う予定ですか': { text: '' },
  });
  const copay = page.locator('.copay');
  await expect(copay).toContainText('37,200円');
  await expect(copay).toContainText('グループホーム');
  await expect(service(page, '就労移行支援')).toContainText('使えそうです');
  expect(await axeViolations(page)).toEqual([]);
});

test('a counselor with a working client sees 就労定着支援 likely from 2026年9月1日, then resets for the next client', async ({ page }) => {
  await start(page);
  await answerAll(page, {
    年齢を教えてください: { text: '30' },
    障害者手帳を持っていますか: { check: ['精神障害者保健福祉手帳'] },
    障害基礎年金の1級を受け取っていますか: { radio: 'いいえ' },
    '今の働き方に、いちばん近いものはどれですか': { radio: '会社などで働いている' },
    今の仕事を始めた日はいつですか: { text: '2026/3/1' },
    '今の仕事に就く前に、どの障害福祉サービスを使っていましたか': { radio: '就労移行支援' },
    '今までに、働いたことはありますか': { radio: 'はい' },
    '年齢や体力のために、会社などで働くのがむずかしくなっていますか': { radio: 'いいえ' },
    '就労移行支援を、今までに何か月使いましたか': { text: '18' },
    今使っている就労支援のサービスはありますか: { check: ['どれも使っていない'] },
    '「就労選択支援」か「就労アセスメント」を受けたことがありますか': { radio: 'いいえ' },
    '今、どこで暮らしていますか': { radio: '自宅' },
    [MUNICIPALITY]: SKIP_MUNICIPALITY,
    生活保護を受けていますか: { radio: 'いいえ' },
    '配偶者（夫または妻）はいますか': { radio: 'いいえ' },
    '2026年度の、世帯の住民税（市町村民税）は、どれにあてはまりますか': { radio: 'かかっている（所得割の合計が16万円未満）' },
    '1か月に何日くらい通う予定ですか': { text: '' },
  });
  await expect(service(page, '就労定着支援')).toContainText('使えそうです');
  await expect(page.locator('.copay')).toContainText('9,300円');
  await expect(page.locator('.timeline')).toContainText('2026年9月1日');

  // Next client: start again after one confirmation leaves no answers on the device.
  await page.getByRole('button', { name: '最初からやり直す' }).first().click();
  await page.getByRole('button', { name: 'はい、答えを消して最初から' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('就労支援セルフチェック');
  const stored = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((k) => k.startsWith('shuro-check'))
      .map((k) => [k, localStorage.getItem(k)]),
  );
  expect(stored.filter(([, v]) => v?.includes('"age"'))).toEqual([]);
});
