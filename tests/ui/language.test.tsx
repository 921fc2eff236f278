/** Language: the switch, <html lang>, the detection order, formats, and complete translations. */
import { cleanup, fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PROXY_SUFFIX } from '../../src/i18n/lookup';
import { detectLanguage, formatDate, formatYen, initI18n, setLanguage, t } from '../../src/i18n';
import { LANG_KEY } from '../../src/storage';
import jaWizard from '../../locales/ja/wizard.json';
import enWizard from '../../locales/en/wizard.json';
import jaQuestions from '../../locales/ja/questions.json';
import enQuestions from '../../locales/en/questions.json';
import { readdirSync, readFileSync } from 'node:fs';
import { savedState, setup } from './harness';

afterEach(async () => {
  cleanup();
  await setLanguage('ja');
});

describe('the language switch', () => {
  it('changes the text and <html lang>, and remembers the choice', async () => {
    const { backend } = await setup({ saved: savedState({}, 'age', []) });
    expect(document.documentElement.lang).toBe('ja');
    const english = screen.getByRole('button', { name: 'English' });
    expect(english.getAttribute('lang')).toBe('en');
    expect(english.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(english);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('How old are you?'));
    expect(document.documentElement.lang).toBe('en');
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('group', { name: 'Language' })).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('How old are you? – Shuro Check'));
    expect(backend.map.get(LANG_KEY)).toBe('en');

    fireEvent.click(screen.getByRole('button', { name: '日本語' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('年齢を教えてください'));
    expect(document.documentElement.lang).toBe('ja');
  });

  it('keeps what was typed and the error when the language changes mid-question', async () => {
    await setup({ saved: savedState({}, 'age', []) });
    fireEvent.input(screen.getByRole('textbox'), { target: { value: '200' } });
    fireEvent.click(screen.getByRole('button', { name: '次へ' }));
    fireEvent.click(screen.getByRole('button', { name: 'English' }));
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('How old are you?'));
    expect((screen.getByRole('textbox') as HTMLInputElement).value).toBe('200');
    expect(screen.getByRole('alert')).toBeTruthy();
  });
});

describe('choosing the first language', () => {
  it.each([
    [{ query: 'en', stored: 'ja', navigator: ['ja-JP'] }, 'en'],
    [{ query: 'xx', stored: 'en', navigator: ['ja-JP'] }, 'en'],
    [{ query: null, stored: null, navigator: ['en-US', 'ja'] }, 'en'],
    [{ query: null, stored: null, navigator: ['fr-FR', 'ja-JP'] }, 'ja'],
    [{ query: null, stored: null, navigator: ['fr-FR'] }, 'ja'],
    [{}, 'ja'],
  ])('%j → %s', (sources, expected) => {
    expect(detectLanguage(sources)).toBe(expected);
  });
});

describe('formats', () => {
  it('yen and dates in each language', async () => {
    await initI18n('ja');
    expect(formatYen(9300)).toBe('9,300円');
    expect(formatDate('2026-12-01')).toBe('2026年12月1日');
    await setLanguage('en');
    expect(formatYen(37200)).toBe('¥37,200');
    expect(formatDate('2026-12-01')).toBe('1 December 2026');
    expect(t('wizard:q.age.value', { count: 1 })).toBe('1 year old');
  });
});

type Tree = { [k: string]: string | Tree };

/** Leaf keys with plural suffixes (_one, _other) folded, so ja's single form matches en's two. */
function keys(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([k, v]) =>
    typeof v === 'string' ? [`${prefix}${k.replace(/_(one|other|zero|two|few|many)$/, '')}`] : keys(v, `${prefix}${k}.`),
  );
}

describe('translations', () => {
  const read = (lng: string, file: string) => JSON.parse(readFileSync(`locales/${lng}/${file}`, 'utf8')) as Tree;
  it.each(readdirSync('locales/ja').map((f) => [f, read('ja', f), read('en', f)] as const))(
    '%s: English has every Japanese key and no extra ones',
    (_ns, jaTree, enTree) => {
      const ja = new Set(keys(jaTree as Tree));
      // Less a third-person twin of a Japanese key that only English needs (Japanese leaves the subject out).
      const twin = (k: string) => k.endsWith(PROXY_SUFFIX) && ja.has(k.slice(0, -PROXY_SUFFIX.length));
      expect([...new Set(keys(enTree as Tree))].filter((k) => !twin(k) || ja.has(k)).sort()).toEqual([...ja].sort());
    },
  );

  it('every question has a title and a check-answers label in both languages', async () => {
    const { QUESTIONS } = await import('../../src/wizard/questions');
    // The first question is in wizard.json, the others in questions.json (see src/i18n).
    for (const [wizard, questions] of [
      [jaWizard, jaQuestions],
      [enWizard, enQuestions],
    ] as [Tree, Tree][]) {
      const q = { ...(wizard.q as Tree), ...(questions.q as Tree) };
      for (const { id } of QUESTIONS) {
        expect((q[id] as Tree | undefined)?.title, `${id}.title`).toBeTypeOf('string');
        expect((q[id] as Tree | undefined)?.label, `${id}.label`).toBeTypeOf('string');
      }
    }
  });
});

describe('a language code with a subtag (the coming やさしい日本語, "ja-easy")', () => {
  it('resolves its own strings (the fallback to Japanese for a missing key: tests/i18n/lookup.test.ts)', async () => {
    const { loadAllNamespaces } = await import('../../src/i18n');
    await setLanguage('ja-easy');
    await loadAllNamespaces();
    expect(t('common:nav.back')).toBe('もどる');
    expect(t('common:nav.continue')).toBe('{次|つぎ}へ');
  });
});
