/** What the person sees when saved answers cannot be restored, or cannot be kept. */
import { cleanup, fireEvent, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { STATE_KEY, UNREADABLE_KEY } from '../../src/storage';
import { memoryBackend, savedState, setup } from '../ui/harness';

afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('restoring saved answers', () => {
  it('resumes at the saved step with the answers kept', async () => {
    const { app } = await setup({ saved: savedState({ age: 34, disability: { handbooks: ['mental'] } }, 'pension', ['age', 'handbooks']) });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('障害基礎年金の1級を受け取っていますか');
    expect(app.draft.value.age).toBe(34);
    expect(screen.queryByText('前回の答えを、一部読み込めませんでした')).toBeNull();
  });

  it('says plainly which answers could not be restored, keeps the others, and offers to start again', async () => {
    const saved = savedState({ age: 34, work: { status: 'working', startedOn: '2026-02-30' } }, 'via-service', ['age', 'work-status', 'started-on']);
    const { app, backend } = await setup({ saved });
    const notice = screen.getByRole('region', { name: '前回の答えを、一部読み込めませんでした' });
    expect(within(notice).getByRole('listitem').textContent).toBe('今の仕事を始めた日');
    expect(within(notice).getByText('元のデータは消さずに、この端末に別に残してあります。')).toBeTruthy();
    expect(app.draft.value).toEqual({ format: 'shuro-check/case@1', age: 34, work: { status: 'working' } });
    expect(app.visited.value).not.toContain('started-on');
    expect(backend.map.get(UNREADABLE_KEY)).toBe(saved);

    fireEvent.click(within(notice).getByRole('button', { name: '最初からやり直す' }));
    fireEvent.click(screen.getByRole('button', { name: 'はい、答えを消して最初から' }));
    expect(app.draft.value).toEqual({ format: 'shuro-check/case@1' });
    expect(screen.queryByRole('region', { name: '前回の答えを、一部読み込めませんでした' })).toBeNull();
  });

  it('reports corrupted data in English too, and carrying on hides the notice', async () => {
    const { backend } = await setup({ saved: 'not json at all', lang: 'en' });
    const notice = screen.getByRole('region', { name: 'Some of your answers from last time could not be restored' });
    expect(within(notice).getByText(/The data kept on this device was damaged/)).toBeTruthy();
    expect(backend.map.get(UNREADABLE_KEY)).toBe('not json at all');
    fireEvent.click(within(notice).getByRole('button', { name: 'Carry on' }));
    expect(screen.queryByRole('region', { name: /could not be restored/ })).toBeNull();
  });

  it('when saving fails (quota), the app keeps working and says answers will not be kept', async () => {
    const backend = memoryBackend();
    const h = await setup({ backend });
    backend.setItem = (k: string) => {
      if (k === STATE_KEY) throw new DOMException('quota', 'QuotaExceededError');
    };
    fireEvent.click(screen.getByRole('button', { name: 'はじめる' }));
    fireEvent.input(screen.getByRole('textbox', { name: '年齢を教えてください' }), { target: { value: '30' } });
    fireEvent.click(screen.getByRole('button', { name: '次へ' }));
    expect(h.app.draft.value.age).toBe(30);
    expect(screen.getByRole('region', { name: '答えを保存できませんでした' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('障害者手帳を持っていますか');
  });
});

describe('saves kept aside are offered back', () => {
  const catchDownload = () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:kept';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    return blobs;
  };

  it('the notice offers the damaged data as a file, then to delete it from the device', async () => {
    const blobs = catchDownload();
    const { backend } = await setup({ saved: 'not json at all' });
    const notice = screen.getByRole('region', { name: '前回の答えを、一部読み込めませんでした' });
    fireEvent.click(within(notice).getByRole('button', { name: 'こわれたデータをファイルに保存する' }));
    const file = JSON.parse(await blobs[0]!.text());
    expect(file).toMatchObject({ format: 'shuro-check/unreadable-saves@1', saves: ['not json at all'] });
    expect(within(notice).getByText('ファイルを保存しました（ダウンロードの場所にあります）。')).toBeTruthy();
    fireEvent.click(within(notice).getByRole('button', { name: 'こわれたデータをこの端末から消す' }));
    expect(backend.map.has(UNREADABLE_KEY)).toBe(false);
  });

  it('on a later visit, saves kept earlier are still offered (with how many), until deleted', async () => {
    const blobs = catchDownload();
    const backend = memoryBackend({ [UNREADABLE_KEY]: 'old one', 'shuro-check:state:unreadable:2': 'newer one' });
    await setup({ backend });
    const notice = screen.getByRole('region', { name: 'こわれた保存データが、この端末に残っています' });
    expect(notice.textContent).toContain('2 件');
    fireEvent.click(within(notice).getByRole('button', { name: 'こわれたデータをファイルに保存する' }));
    expect(JSON.parse(await blobs[0]!.text()).saves).toEqual(['old one', 'newer one']);
    fireEvent.click(within(notice).getByRole('button', { name: 'こわれたデータをこの端末から消す' }));
    expect(screen.queryByRole('region', { name: 'こわれた保存データが、この端末に残っています' })).toBeNull();
    expect([...backend.map.keys()].filter((k) => k.startsWith(UNREADABLE_KEY))).toEqual([]);
  });

  it('says when the saved answers could not be read, and that nothing will be saved over them', async () => {
    const backend = memoryBackend({ [STATE_KEY]: savedState({ age: 34 }, 'handbooks', ['age']) });
    const getItem = backend.getItem;
    backend.getItem = (k: string) => {
      if (k === STATE_KEY) throw new DOMException('denied', 'SecurityError');
      return getItem(k);
    };
    await setup({ backend });
    const notice = screen.getByRole('region', { name: '保存した答えを読み込めませんでした' });
    expect(notice.textContent).toContain('上書きしないように');
  });
});
