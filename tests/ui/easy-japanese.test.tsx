/** やさしい日本語 and the text size in the app: chosen from the header, shown with furigana, remembered. */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { formatDate, formatYen, loadAllNamespaces, pageTitle, setLanguage, t, tPlain } from '../../src/i18n';
import { LANG_KEY, TEXT_SIZE_KEY } from '../../src/storage';
import { applyTextSize } from '../../src/app/TextSizeSwitch';
import { savedState, setup } from './harness';

/**
 * happy-dom gives <ruby> no inline display, so the accessible-name computation puts spaces around each
 * annotated word; a real browser does not (tests/e2e/easy.spec.ts checks the exact names in Chromium).
 */
const named = (text: string) => (name: string) => name.replace(/\s+/g, '') === text.replace(/\s+/g, '');

afterEach(async () => {
  cleanup();
  applyTextSize('100');
  await setLanguage('ja');
});

describe('やさしい日本語', () => {
  it('is a third choice in the header; the page shows furigana as <ruby>, <html lang> stays "ja", and the choice is stored', async () => {
    const { backend } = await setup({ saved: savedState({}, 'age', []) });
    const easy = screen.getByRole('button', { name: 'やさしい にほんご' });
    expect(easy.getAttribute('lang')).toBe('ja');
    fireEvent.click(easy);
    // The accessible name is the text without its readings (the <rt> is hidden from assistive technology).
    const h1 = await screen.findByRole('heading', { level: 1, name: named('あなたは 何歳ですか') });
    expect([...h1.querySelectorAll('ruby')].map((r) => r.firstChild?.textContent)).toEqual(['何', '歳']);
    expect([...h1.querySelectorAll('rt')].map((r) => r.textContent)).toEqual(['なん', 'さい']);
    expect(document.documentElement.lang).toBe('ja');
    expect(easy.getAttribute('aria-pressed')).toBe('true');
    expect(backend.map.get(LANG_KEY)).toBe('ja-easy');
    await waitFor(() => expect(document.title).toBe('あなたは 何歳ですか – 就労支援セルフチェック'));
    // Buttons are named by their visible words.
    expect(screen.getByRole('button', { name: named('次へ') })).toBeTruthy();
    expect(screen.getByRole('button', { name: named('もどる') })).toBeTruthy();
    // No markup leaks into the page.
    expect(document.body.textContent).not.toMatch(/\{[^{}]*\|/);
  });

  it('starts in やさしい日本語 when it was chosen before', async () => {
    await setup({ saved: savedState({}, 'age', []), lang: 'ja-easy' });
    expect(screen.getByRole('heading', { level: 1, name: named('あなたは 何歳ですか') })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'やさしい にほんご' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('errors come in やさしい日本語 too, and what was typed is kept', async () => {
    await setup({ saved: savedState({}, 'age', []), lang: 'ja-easy' });
    fireEvent.input(screen.getByRole('textbox'), { target: { value: '200' } });
    fireEvent.click(screen.getByRole('button', { name: named('次へ') }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('120までの');
    expect(alert.querySelector('rt')).toBeTruthy();
    expect(document.querySelector('.error-message')!.textContent).toMatch(/^まちがい：/);
    expect((screen.getByRole('textbox') as HTMLInputElement).value).toBe('200');
  });

  it('dates are digits with readings, yen with 円 read', async () => {
    await setLanguage('ja-easy');
    await loadAllNamespaces();
    expect(formatDate('2026-12-01')).toBe('2026{年|ねん}12{月|がつ}{1日|ついたち}');
    expect(formatYen(9300)).toBe('9,300{円|えん}');
    expect(t('results:about.asOf', { date: formatDate('2026-11-22') })).toContain('2026{年|ねん}11{月|がつ}22{日|にち}');
    // Text that leaves Preact (a share sheet's title, the document title) has no readings.
    expect(tPlain('share:panel.shareTitle')).toBe('就労支援セルフチェックの 答え');
    expect(pageTitle(t('whatif:title'))).toBe('もし 答えが 変わったら – 就労支援セルフチェック');
    await setLanguage('ja');
    expect(formatDate('2026-12-01')).toBe('2026年12月1日');
  });
});

describe('the text size', () => {
  it('has three steps in the header; a step scales the page and is stored', async () => {
    const { backend } = await setup({ saved: savedState({}, 'age', []) });
    const group = screen.getByRole('group', { name: '文字の大きさ' });
    const buttons = [...group.querySelectorAll('button')];
    expect(buttons.map((b) => b.textContent)).toEqual(['標準', '大', '特大']);
    expect(buttons[0]!.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: '特大' }));
    await waitFor(() => expect(document.documentElement.getAttribute('data-text-size')).toBe('150'));
    expect(screen.getByRole('button', { name: '特大' }).getAttribute('aria-pressed')).toBe('true');
    expect(backend.map.get(TEXT_SIZE_KEY)).toBe('150');
  });

  it('an unknown stored size (old or damaged) falls back to the standard size', () => {
    expect(applyTextSize('999')).toBe('100');
    expect(applyTextSize(null)).toBe('100');
    expect(document.documentElement.getAttribute('data-text-size')).toBe('100');
    expect(applyTextSize('125')).toBe('125');
  });
});
