/**
 * Issue 15, item 4, in a real browser: the monthly cost panel on the results page. No official fee table has
 * been read, so no service shows a range; the fee the provider quoted, typed as people type it, gives the 1割 and
 * the payment at the cap (目安), is kept on the device, and survives a reload. A bad figure gets a message naming
 * the service and keeps what was typed. Zero axe violations, 44 px targets.
 */
import { axeViolations, expect, test } from './helpers';
import { openResults, savedCase } from './seed';

test.use({ locale: 'ja-JP' });

const CASE = {
  format: 'shuro-check/case@1',
  age: 35,
  disability: { handbooks: ['mental'] },
  work: { status: 'not-working', experience: true },
  household: { publicAssistance: false, spouse: false, residentTax: 'taxed-under-160k' },
  residence: 'home',
  plan: { daysPerMonth: 20 },
};

test('the quoted fee gives the monthly payment (目安), kept across a reload; no range without an official table', async ({ page }) => {
  test.setTimeout(90_000); // not law: two axe runs on the whole results page on a shared machine
  await page.setViewportSize({ width: 360, height: 740 });
  await openResults(page, CASE);
  const panel = page.getByRole('region', { name: '1か月の費用の目安' });
  await expect(panel).toBeVisible();
  await panel.locator('.cost__more > summary').click();
  const transition = panel.locator('.cost__item').filter({ has: page.getByRole('heading', { name: '就労移行支援', level: 3 }) });
  await expect(transition).toContainText('範囲は出しません');
  await expect(transition).not.toContainText('1割の額：');

  const field = transition.getByRole('textbox', { name: /事業所に聞いた1日あたりの料金（全額）/ });
  await expect(field).toHaveAttribute('inputmode', 'numeric');
  // A bad figure: the message names the service, and what was typed stays.
  await field.fill('8千円');
  await transition.getByRole('button', { name: /計算する/ }).click();
  await expect(transition.locator('.error-message')).toContainText('就労移行支援の料金は、数字で入れてください');
  await expect(field).toHaveValue('8千円');
  expect(await axeViolations(page)).toEqual([]);

  // 全角 digits and a comma: 8,000 × 20 days = 160,000 → 1割 16,000 → paid 9,300 (一般1 cap).
  await field.fill('８，０００');
  await transition.getByRole('button', { name: /計算する/ }).click();
  await expect(transition).toContainText('1割の額：16,000円');
  await expect(transition).toContainText('1か月に払う額：9,300円');
  await expect(transition.locator('.error-message')).toHaveCount(0);
  await expect(panel.locator('.cost__lines')).toContainText('就労移行支援：1か月に払う額 9,300円');
  expect(((await savedCase(page)).plan as Record<string, unknown>).quotedFee).toEqual({ 'employment-transition': 8000 });

  // Large targets and no violations with the panel open.
  for (const target of [field, transition.getByRole('button', { name: /計算する/ }), panel.locator('.cost__more > summary')]) {
    expect((await target.boundingBox())!.height).toBeGreaterThanOrEqual(44);
  }
  expect(await axeViolations(page)).toEqual([]);

  // Kept on the device: after a reload the line is still there, before opening anything.
  await page.reload();
  await expect(page.getByRole('region', { name: '1か月の費用の目安' }).locator('.cost__lines')).toContainText('9,300円');
});
