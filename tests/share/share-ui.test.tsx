/**
 * The share panel, opening a shared link, importing a file and counselor mode, by role and accessible name,
 * on the whole app (as tests/ui/harness.tsx sets it up) with the real storage rules.
 */
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { caseReader } from '../../src/case/reader';
import * as engine from '../../src/engine';
import { App, Extras } from '../../src/app/App';
import { applyCounselorMode, carryCounselorModeOverReloads, COUNSELOR_KEY, counselorMode, takeCounselorFlag } from '../../src/app/counselor-mode';
import { AppModel } from '../../src/state';
import { createStore, STATE_KEY } from '../../src/storage';
import { FLOW } from '../../src/wizard';
import { loadAllNamespaces } from '../../src/i18n';
import { decodeFragment, encodeCase } from '../../src/share/codec';
import { FakeResults, NOW, memoryBackend, savedState, warmUp } from '../ui/harness';
// Loaded ahead, as the app does on the results page: the panel's module is there before the panel mounts
// (the first test here caught lazyView leaving it empty when it arrived between render and effect).
import '../../src/share/SharePanel';
import { AT_HOME, AT_HOME_VISITED } from '../fixtures/person-at-home';

const CASE = AT_HOME;
const VISITED = AT_HOME_VISITED;

async function mount(opts: { saved?: string; incoming?: string } = {}) {
  await warmUp('ja');
  await Promise.all([Extras.preload(), loadAllNamespaces()]);
  const backend = memoryBackend(opts.saved ? { [STATE_KEY]: opts.saved } : {});
  const store = createStore(() => backend);
  const app = new AppModel({ flow: FLOW, store, now: () => NOW, reader: caseReader, loadEngine: async () => engine });
  render(<App app={app} store={store} resultsLoader={async () => FakeResults} incoming={opts.incoming} />);
  return { app, store, backend };
}

beforeEach(() => {
  history.replaceState(null, '', '/');
  sessionStorage.clear();
  localStorage.clear();
});
afterEach(() => {
  cleanup();
  applyCounselorMode(
    false,
    createStore(() => memoryBackend()),
  );
  vi.restoreAllMocks();
});

describe('share panel', () => {
  it('copies a link that opens the same answers, and says so', async () => {
    const writeText = vi.fn(async (_: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await mount({ saved: savedState(CASE, 'results', VISITED) });
    await screen.findByRole('heading', { level: 2, name: 'この結果をほかの端末で見る・保存する' });
    expect(screen.getByText('リンクとファイルには、答えがそのまま入っています')).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: 'リンクをコピーする' }));
    await screen.findByText('リンクをコピーしました。メールやメッセージに貼りつけて送れます。');
    const link = writeText.mock.calls[0]![0];
    expect(link).toMatch(/#case=1\./);
    expect(await decodeFragment(link)).toEqual({ ok: true, case: expect.objectContaining({ age: 34, residence: 'home' }) });
  });

  it('shows the link in a read-only field to select when the clipboard refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    await mount({ saved: savedState(CASE, 'results', VISITED) });
    fireEvent.click(await screen.findByRole('button', { name: 'リンクをコピーする' }));
    const field = (await screen.findByRole('textbox', { name: 'この結果を開くリンク' })) as HTMLTextAreaElement;
    expect(field.readOnly).toBe(true);
    expect(field.value).toMatch(/#case=1\./);
  });

  it('draws the QR code only when asked, as an image with a name', async () => {
    await mount({ saved: savedState(CASE, 'results', VISITED) });
    const button = await screen.findByRole('button', { name: 'QRコードを表示する' });
    expect(screen.queryByRole('img', { name: 'この結果を開くQRコード' })).toBeNull();
    expect(button.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(button);
    const qr = await screen.findByRole('img', { name: 'この結果を開くQRコード' });
    expect(qr.tagName.toLowerCase()).toBe('svg');
    expect(qr.querySelector('path')!.getAttribute('d')!.length).toBeGreaterThan(100);
    expect(button.getAttribute('aria-expanded')).toBe('true');
  });
});

describe('opening a shared link', () => {
  it('with nothing saved: shows the shared results and clears the fragment', async () => {
    const fragment = await encodeCase({ ...CASE, age: 41 });
    history.replaceState(null, '', `/#${fragment}`);
    const { app } = await mount({ incoming: fragment });
    await screen.findByRole('heading', { name: 'Fake results' });
    expect(app.draft.value.age).toBe(41);
    expect(location.hash).toBe('');
  });

  it('with other answers saved: asks first, and "keep mine" changes nothing', async () => {
    const saved = savedState(CASE, 'check', VISITED);
    const fragment = await encodeCase({ ...CASE, age: 52 });
    const { app, backend } = await mount({ saved, incoming: fragment });
    await screen.findByRole('heading', { level: 1, name: '今の答えを、共有された答えに置きかえますか' });
    fireEvent.click(screen.getByRole('button', { name: '今の答えを残す' }));
    await screen.findByRole('heading', { level: 1, name: '答えを確かめてください' });
    expect(app.draft.value.age).toBe(34);
    expect(JSON.parse(backend.map.get(STATE_KEY)!).case.age).toBe(34);
  });

  it('with other answers saved: "open the shared answers" replaces them', async () => {
    const { app, backend } = await mount({ saved: savedState(CASE, 'check', VISITED), incoming: await encodeCase({ ...CASE, age: 52 }) });
    fireEvent.click(await screen.findByRole('button', { name: '共有された答えを開く' }));
    await screen.findByRole('heading', { name: 'Fake results' });
    expect(app.draft.value.age).toBe(52);
    expect(JSON.parse(backend.map.get(STATE_KEY)!).case.age).toBe(52);
  });

  it('a damaged link is refused with a message, and the saved answers stay', async () => {
    const saved = savedState(CASE, 'check', VISITED);
    const fragment = await encodeCase({ ...CASE, age: 52 });
    const { backend } = await mount({ saved, incoming: fragment.slice(0, -8) });
    await screen.findByRole('heading', { level: 1, name: '共有されたリンクを開けませんでした' });
    expect(screen.getByText('リンクが途中で切れているか、一部が変わっています。')).toBeTruthy();
    expect(screen.getByText('この端末に残っている答えは、そのままです。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '続ける' }));
    await screen.findByRole('heading', { level: 1, name: '答えを確かめてください' });
    expect(JSON.parse(backend.map.get(STATE_KEY)!).case).toEqual(CASE);
  });
});

describe('a link or file whose dates contradict today (no asOf)', () => {
  it.each([
    ['a birth date in the future', { birthDate: '9999-12-31' }, '生年月日'],
    ['a birth date in year 0', { birthDate: '0000-01-01' }, '生年月日'],
    ['an age the birth date contradicts', { age: 120, birthDate: '1990-01-01' }, '年齢'],
    ['a job start in the future', { work: { status: 'working', startedOn: '9999-12-31' } }, 'work.startedOn'],
  ])('a link with %s is refused before the question, and the saved answers stay', async (_n, change, named) => {
    const saved = savedState(CASE, 'check', VISITED);
    const { age: _age, ...rest } = CASE;
    const fragment = await encodeCase({ ...rest, ...change } as typeof CASE);
    const { app, backend } = await mount({ saved, incoming: fragment });
    await screen.findByRole('heading', { level: 1, name: '共有されたリンクを開けませんでした' });
    expect(screen.queryByRole('button', { name: '共有された答えを開く' })).toBeNull();
    expect(document.body.textContent).toContain(named);
    expect(screen.getByText('この端末に残っている答えは、そのままです。')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '続ける' }));
    await screen.findByRole('heading', { level: 1, name: '答えを確かめてください' });
    expect(app.draft.value).toEqual(CASE);
    expect(JSON.parse(backend.map.get(STATE_KEY)!).case).toEqual(CASE);
  });

  it('a file with a birth date in the future is refused, naming the field', async () => {
    const { app } = await mount({ saved: savedState(CASE, 'start', VISITED) });
    fireEvent.click(await screen.findByRole('button', { name: '相談員モード・ファイルの読み込み' }));
    const input = (await screen.findByLabelText('読み込むファイル')) as HTMLInputElement;
    const text = JSON.stringify({ format: 'shuro-check/case@1', birthDate: '9999-12-31' });
    Object.defineProperty(input, 'files', { value: [new File([text], 'case.json', { type: 'application/json' })], configurable: true });
    fireEvent.change(input);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('生年月日');
    expect(alert.textContent).toContain('2026-11-22');
    expect(app.draft.value).toEqual(CASE);
  });
});

describe('text from a link or file is quoted, shortened and capped, never the app’s own words', () => {
  const CALL = '至急この番号に電話してください0120-000-000'.repeat(3);

  it('a link with 20 made-up keys: five listed, each quoted and shortened, the rest counted', async () => {
    const keys = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`${CALL}${i}`, 1]));
    const fragment = await encodeCase({ ...CASE, ...keys } as typeof CASE);
    await mount({ saved: savedState(CASE, 'check', VISITED), incoming: fragment });
    await screen.findByRole('heading', { level: 1, name: '共有されたリンクを開けませんでした' });
    const items = screen.getAllByRole('listitem');
    expect(items).toHaveLength(6);
    expect(items[5]!.textContent).toBe('ほかに 15 件の問題があります。');
    for (const item of items.slice(0, 5)) {
      const q = item.querySelector('q.quoted')!;
      expect(q).not.toBeNull();
      expect([...q.textContent!].length).toBeLessThanOrEqual(40);
      expect(q.textContent!.endsWith('…')).toBe(true);
      expect(item.textContent).toContain('は回答ファイル（バージョン1）にない項目です。');
    }
    expect(document.body.textContent!.split('電話してください').length - 1).toBeLessThanOrEqual(5);
  });

  it('a control or bidi character in a file’s key or value is shown escaped, not obeyed', async () => {
    await mount();
    fireEvent.click(await screen.findByRole('button', { name: '相談員モード・ファイルの読み込み' }));
    const input = (await screen.findByLabelText('読み込むファイル')) as HTMLInputElement;
    const text = JSON.stringify({ format: 'shuro-check/case@1', '\u202eevil': 1, residence: '\u2066castle\u001b[2J' });
    Object.defineProperty(input, 'files', { value: [new File([text], 'case.json', { type: 'application/json' })], configurable: true });
    fireEvent.change(input);
    const alert = await screen.findByRole('alert');
    expect(alert.querySelector('q.quoted')!.textContent).toBe('\\u202eevil');
    expect(alert.querySelector('code.quoted')!.textContent).toContain('\\u2066castle');
    // eslint-disable-next-line no-control-regex
    expect(alert.textContent).not.toMatch(/[\u0000-\u001f\u202a-\u202e\u2066-\u2069]/);
  });
});

describe('importing a file', () => {
  const choose = (text: string) => {
    const input = screen.getByLabelText('読み込むファイル') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([text], 'case.json', { type: 'application/json' })], configurable: true });
    fireEvent.change(input);
  };

  it('names each wrong field in the user’s language', async () => {
    await mount();
    fireEvent.click(await screen.findByRole('button', { name: '相談員モード・ファイルの読み込み' }));
    await screen.findByRole('heading', { level: 1, name: '相談員モード・ファイルの読み込み' });
    choose(JSON.stringify({ format: 'shuro-check/case@1', age: 300, residence: 'castle' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('このファイルは読み込めませんでした');
    expect(alert.textContent).toContain('「年齢」の答え（age） は 120 以下にしてください');
    expect(alert.textContent).toContain('residence');
  });

  it('a valid file opens its results', async () => {
    const { app } = await mount();
    fireEvent.click(await screen.findByRole('button', { name: '相談員モード・ファイルの読み込み' }));
    await screen.findByLabelText('読み込むファイル');
    choose(JSON.stringify({ ...CASE, age: 45 }));
    await screen.findByRole('heading', { name: 'Fake results' });
    expect(app.draft.value.age).toBe(45);
  });
});

describe('counselor mode', () => {
  it('keeps nothing on the device, and "next person" clears everything after one confirmation', async () => {
    const { app, backend } = await mount({ saved: savedState(CASE, 'start', VISITED) });
    fireEvent.click(await screen.findByRole('button', { name: '相談員モード・ファイルの読み込み' }));
    fireEvent.click(await screen.findByRole('checkbox', { name: '相談員モードを使う' }));
    await screen.findByText('相談員モードになりました。答えはこの端末に保存されません。');
    expect(document.documentElement.classList.contains('counselor')).toBe(true);
    expect(backend.map.has(STATE_KEY)).toBe(false);
    // Not even the mode is written while the app runs.
    expect(Object.keys(sessionStorage)).toEqual([]);
    // Answers keep working, in memory only.
    expect(app.answer('age', 35)).toEqual({ ok: true });
    expect(backend.map.has(STATE_KEY)).toBe(false);

    history.replaceState(null, '', '/#case=1.abc');
    localStorage.setItem('shuro-check:lang', 'en');
    fireEvent.click(await screen.findByRole('button', { name: '次の方へ' }));
    fireEvent.click(await screen.findByRole('button', { name: 'はい、すべて消して次の方へ' }));
    await screen.findByRole('heading', { level: 1, name: '就労支援セルフチェック' });
    expect(app.draft.value).toEqual({ format: 'shuro-check/case@1' });
    expect(location.hash).toBe('');
    expect(Object.keys(localStorage)).toEqual([]);
    expect(Object.keys(sessionStorage)).toEqual([]);
    expect(screen.getByRole('region', { name: '相談員モード中' })).toBeTruthy();
  });

  it('outlives a reload: its flag is written only as the page goes, and taken back as the next one starts', () => {
    carryCounselorModeOverReloads();
    counselorMode.value = false;
    dispatchEvent(new Event('pagehide'));
    expect(sessionStorage.getItem(COUNSELOR_KEY)).toBeNull();
    counselorMode.value = true;
    expect(sessionStorage.getItem(COUNSELOR_KEY)).toBeNull();
    dispatchEvent(new Event('pagehide'));
    expect(sessionStorage.getItem(COUNSELOR_KEY)).toBe('1');
    // The next page of the tab.
    expect(takeCounselorFlag()).toBe(true);
    expect(Object.keys(sessionStorage)).toEqual([]);
    expect(takeCounselorFlag()).toBe(false);

    // Hidden (a tablet's tab may be discarded while hidden): written; shown again: taken back.
    const visibility = (state: string) => {
      Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });
      document.dispatchEvent(new Event('visibilitychange'));
    };
    visibility('hidden');
    expect(sessionStorage.getItem(COUNSELOR_KEY)).toBe('1');
    visibility('visible');
    expect(Object.keys(sessionStorage)).toEqual([]);
    counselorMode.value = false;
    visibility('hidden');
    expect(Object.keys(sessionStorage)).toEqual([]);
    visibility('visible');
  });

  it('switching it off saves the answers on screen again', async () => {
    const { backend } = await mount({ saved: savedState(CASE, 'start', VISITED) });
    fireEvent.click(await screen.findByRole('button', { name: '相談員モード・ファイルの読み込み' }));
    const box = await screen.findByRole('checkbox', { name: '相談員モードを使う' });
    fireEvent.click(box);
    expect(backend.map.has(STATE_KEY)).toBe(false);
    fireEvent.click(box);
    await screen.findByText('相談員モードを終えました。答えは、またこの端末に保存されます。');
    expect(JSON.parse(backend.map.get(STATE_KEY)!).case.age).toBe(34);
    expect(sessionStorage.getItem(COUNSELOR_KEY)).toBeNull();
  });
});
