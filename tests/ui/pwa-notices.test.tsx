/** The service-worker notices: "ready offline" once per device, and an update only when the person agrees. */
import { caseReader } from '../../src/case/reader';
import { signal } from '@preact/signals';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppModel } from '../../src/state';
import { createStore } from '../../src/storage';
import { FLOW } from '../../src/wizard';
import { App } from '../../src/app/App';
import type { PwaHandle } from '../../src/pwa/register';
import { memoryBackend, NOW, warmUp } from './harness';

afterEach(() => cleanup());

function fakePwa(): PwaHandle & { update: ReturnType<typeof vi.fn> } {
  return { offlineReady: signal(false), needRefresh: signal(false), update: vi.fn(async () => undefined), register: () => undefined, install: () => undefined };
}

async function mount(backend = memoryBackend()) {
  await warmUp('ja');
  const store = createStore(() => backend);
  const pwa = fakePwa();
  const app = new AppModel({ flow: FLOW, store, now: () => NOW, reader: caseReader });
  render(<App app={app} store={store} pwa={pwa} />);
  return { pwa, backend, app };
}

describe('service-worker notices', () => {
  it('announces "ready offline" once, and not again on a later visit', async () => {
    const { pwa, backend } = await mount();
    expect(screen.queryByRole('status')).toBeNull();
    act(() => {
      pwa.offlineReady.value = true;
    });
    expect(screen.getByRole('status').textContent).toContain('インターネットにつながっていなくても');
    fireEvent.click(screen.getByRole('button', { name: '閉じる' }));
    expect(screen.queryByRole('status')).toBeNull();
    cleanup();

    const again = await mount(backend);
    act(() => {
      again.pwa.offlineReady.value = true;
    });
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('offers an update and reloads only when the person chooses to', async () => {
    const { pwa } = await mount();
    act(() => {
      pwa.needRefresh.value = true;
    });
    expect(screen.getByRole('status').textContent).toContain('新しい版があります');
    fireEvent.click(screen.getByRole('button', { name: 'あとで' }));
    expect(pwa.update).not.toHaveBeenCalled();
    expect(screen.queryByRole('status')).toBeNull();
    cleanup();

    const second = await mount();
    act(() => {
      second.pwa.needRefresh.value = true;
    });
    fireEvent.click(screen.getByRole('button', { name: '再読み込みする' }));
    expect(second.pwa.update).toHaveBeenCalledTimes(1);
  });

  it('keeps "ready offline" off the question pages: it waits for another page and goes once the person moves on', async () => {
    const { pwa, app } = await mount();
    act(() => app.next()); // the first question
    await screen.findByRole('heading', { level: 1, name: '年齢を教えてください' });
    act(() => {
      pwa.offlineReady.value = true;
    });
    expect(screen.queryByText(/インターネットにつながっていなくても/)).toBeNull();
    act(() => app.goTo('start'));
    expect(screen.getByRole('status').textContent).toContain('インターネットにつながっていなくても');
    act(() => app.next());
    await screen.findByRole('heading', { level: 1, name: '年齢を教えてください' });
    expect(screen.queryByText(/インターネットにつながっていなくても/)).toBeNull();
  });
});
