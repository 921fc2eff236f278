/** From the results into the what-if and the handout (lazy views) and back, through the real app shell. */
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { loadResultsView } from '../../src/app/ResultsStep';
import { appWith } from './support';

afterEach(() => cleanup());

async function results() {
  const { app, saved } = await appWith();
  render(<App app={app} resultsLoader={loadResultsView} />);
  await screen.findByRole('heading', { level: 2, name: 'サービスごとの結果' });
  return { app, saved };
}

const openWhatIf = async () => {
  fireEvent.click(screen.getByRole('button', { name: '答えを変えて比べる' }));
  return screen.findByRole('heading', { level: 1, name: 'もしも答えが変わったら' });
};

describe('the results open the what-if and the handout', () => {
  it('closing the what-if comes back to the button that opened it, with the answers unchanged', async () => {
    const { app, saved } = await results();
    const before = saved();
    await openWhatIf();
    fireEvent.click(screen.getByRole('checkbox', { name: '住まい（自宅・グループホーム・入所施設）' }));
    fireEvent.click(within(screen.getByRole('group', { name: '住まい' })).getByRole('radio', { name: 'グループホーム' }));
    fireEvent.click(screen.getByRole('button', { name: '比べる' }));
    fireEvent.click(screen.getAllByRole('button', { name: '結果に戻る' })[0]!);
    const button = await screen.findByRole('button', { name: '答えを変えて比べる' });
    await waitFor(() => expect(document.activeElement).toBe(button));
    expect(app.draft.value.residence).toBe('home');
    expect(saved()).toBe(before);
    expect(document.title).toBe('結果 – 就労支援セルフチェック');
  });

  it('adopting shows the new result with a notice that says so', async () => {
    const { saved } = await results();
    await openWhatIf();
    fireEvent.click(screen.getByRole('checkbox', { name: '住まい（自宅・グループホーム・入所施設）' }));
    fireEvent.click(within(screen.getByRole('group', { name: '住まい' })).getByRole('radio', { name: 'グループホーム' }));
    fireEvent.click(screen.getByRole('button', { name: '比べる' }));
    fireEvent.click(screen.getByRole('button', { name: 'この答えにする' }));
    // The share panel on the results has a status region of its own: find the what-if's notice among them.
    const notice = await waitFor(() => {
      const found = screen.getAllByRole('status').find((s) => s.textContent?.includes('答えを、比べた答えに置きかえました'));
      expect(found).toBeTruthy();
      return found!;
    });
    await waitFor(() => expect(document.activeElement).toBe(notice));
    expect(screen.getByRole('region', { name: '1か月に払うお金の上限（負担上限月額）' }).textContent).toContain('37,200円');
    expect(JSON.parse(saved()!).case.residence).toBe('group-home');
  });

  it("the browser's back button closes the what-if", async () => {
    await results();
    await openWhatIf();
    history.back();
    expect(await screen.findByRole('button', { name: '答えを変えて比べる' })).toBeTruthy();
  });

  it('the handout button opens the handout and asks the browser to print', async () => {
    const print = vi.fn();
    window.print = print;
    await results();
    fireEvent.click(screen.getByRole('button', { name: '印刷用の紙（A4）' }));
    expect(await screen.findByRole('heading', { level: 1, name: '印刷用の紙' })).toBeTruthy();
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    expect(screen.getByRole('region', { name: '印刷される内容' }).textContent).toContain('上限：9,300円');
  });
});
