/** The service-worker notices: "ready offline" once per device, and an update only when the person agrees. */
import { caseReader } from '../../src/case/reader';
import { signal } from '@preact/signals';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
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
  it('says "ready offline" once, in the footer\'s polite status (always there, so it is announced), and not again on a later visit', async () => {
    const { pwa, backend } = await mount();
    const status = () => document.querySelector('footer [role="status"]')!;
    expect(status()).not.toBeNull();
    expect(status().textContent).toBe('');
    await act(async () => {
      pwa.offlineReady.value = true;
    });
    await waitFor(() => expect(status().textContent).toContain('インターネットにつながっていなくても'));
    // Nothing at the top of the page: the start page's heading is the first thing in <main>.
    expect(document.querySelector('main')!.textContent).not.toContain('インターネットにつながっていなくても');
    cleanup();

    const again = await mount(backend);
    await act(async () => {
      again.pwa.offlineReady.value = true;
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(status().textContent).toBe('');
  });

  it('offers an update and reloads only when the person chooses to', async () => {
    const { pwa } = await mount();
    act(() => {
      pwa.needRefresh.value = true;
    });
    expect(within(document.querySelector('main')!).getByRole('status').textContent).toContain('新しい版があります');
    fireEvent.click(screen.getByRole('button', { name: 'あとで' }));
    expect(pwa.update).not.toHaveBeenCalled();
    expect(within(document.querySelector('main')!).queryByRole('status')).toBeNull();
    cleanup();

    const second = await mount();
    act(() => {
      second.pwa.needRefresh.value = true;
    });
    fireEvent.click(screen.getByRole('button', { name: '再読み込みする' }));
    expect(second.pwa.update).toHaveBeenCalledTimes(1);
  });

  it('"ready offline" on a question page stays in the footer, below the question, for the rest of the visit', async () => {
    const { pwa, app } = await mount();
    act(() => app.next()); // the first question
    const heading = await screen.findByRole('heading', { level: 1, name: '年齢を教えてください' });
    await act(async () => {
      pwa.offlineReady.value = true;
    });
    const status = document.querySelector('footer [role="status"]')!;
    await waitFor(() => expect(status.textContent).toContain('インターネットにつながっていなくても'));
    // The footer comes after the question in the page: nothing was put above it.
    expect(heading.compareDocumentPosition(status) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(document.querySelector('main')!.textContent).not.toContain('インターネットにつながっていなくても');
    act(() => app.goTo('start'));
    expect(status.textContent).toContain('インターネットにつながっていなくても');
  });
});
