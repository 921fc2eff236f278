/** The plan on the results page: every step's heading names its services; "カレンダーに追加" saves an .ics. */
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderResults, resultOf, sharedResult } from './support';

const plan = () => within(screen.getByRole('region', { name: 'これからの予定' }));

describe('the plan on the results page', () => {
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('names the services of every step in its heading (no bare "サービスを申し込む")', async () => {
    const result = sharedResult('home-user-mental-handbook');
    await renderResults(result);
    const headings = plan()
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent!);
    expect(headings).toHaveLength(result.timeline.length);
    for (const h of headings) expect(h).toMatch(/（.+）$/);
    expect(headings).not.toContain('サービスを申し込む');
  });

  it('on leave: リワーク支援 first, then the municipality, the letters and the application if it agrees', async () => {
    await renderResults(
      resultOf({
        asOf: '2026-12-01',
        age: 38,
        disability: { handbooks: ['mental'] },
        work: { status: 'on-leave', experience: true },
        history: { current: [] },
        household: { residentTax: 'taxed-under-160k' },
      }),
    );
    const headings = plan()
      .getAllByRole('heading', { level: 3 })
      .map((h) => h.textContent!);
    expect(headings.slice(0, 3)).toEqual([
      '地域障害者職業センターのリワーク支援を相談する（就労移行支援）',
      '相談する（就労移行支援）',
      '会社と医師に書類をたのむ（就労移行支援）',
    ]);
    expect(headings).toContain('市区町村が認めたときに申し込む（就労移行支援）');
  });

  it('"カレンダーに追加" makes the file on the device and says it is saved', async () => {
    const created: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      created.push(b as Blob);
      return 'blob:plan';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    await renderResults(sharedResult('working-after-transition'));
    fireEvent.click(plan().getByRole('button', { name: 'カレンダーに追加' }));
    await waitFor(() => expect(plan().getByRole('status').textContent).toBe('カレンダー用のファイルを保存しました。カレンダーのアプリで開いてください。'));
    expect(click).toHaveBeenCalledOnce();
    expect(created).toHaveLength(1);
    const text = (await created[0]!.text()).replace(/\r\n /g, ''); // unfolded
    expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(text).toContain('SUMMARY:就労定着支援を申し込む（就労定着支援）（目安）');
  });
});
