/**
 * "カレンダーに追加" in the browser: the .ics is made on the device (no request), downloads with its name, parses
 * with ical.js, and has one event per step of the plan on the page; its code loads only when asked.
 */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { parseCase } from '../../src/case/parse';
import { evaluate } from '../../src/engine';
import { expect, test } from './helpers';
import { openResults, sharedCase } from './seed';

test.use({ locale: 'ja-JP' });

test('カレンダーに追加 downloads an .ics of the plan, made on the device', async ({ page }) => {
  const c = sharedCase('home-user-mental-handbook');
  await openResults(page, c);
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'カレンダーに追加' }).click()]);
  expect(download.suggestedFilename()).toBe('shuro-check-plan.ics');
  await expect(page.getByRole('status').filter({ hasText: 'カレンダー用のファイルを保存しました' })).toBeVisible();
  // Only the app's own lazy chunk may be fetched: the file itself is a blob made here.
  expect(requests.filter((u) => !u.startsWith('blob:') && !/\/assets\/download-.*\.js$/.test(u))).toEqual([]);

  const text = readFileSync((await download.path())!, 'utf8');
  const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
  const parsed = parseCase({ ...c, asOf: '2026-11-22' });
  if (!parsed.ok) throw new Error('bad case');
  const plan = evaluate(parsed.case, { asOf: '2026-11-22' }).timeline;
  expect(events).toHaveLength(plan.length);
  expect(events.map((e) => e.startDate.toString())).toEqual(plan.map((e) => e.from));
  expect(events.find((e) => e.summary.startsWith('選んだサービスを申し込む'))!.summary).toContain('就労移行支援');
});
