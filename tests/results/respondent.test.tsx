/**
 * The results follow who is answering (issue 13): when a family member or supporter answers, nothing in the
 * results, the plan, the handout or the share panel speaks to the person as "you" or in their voice as "I"
 * (English), or as "あなた"/"わたし" (Japanese and やさしい日本語). Most texts say it once, neutrally ("the person",
 * "本人", or no subject at all, as Japanese allows), for every respondent; only the questions to read out at the
 * office have a third-person twin (`<key>Proxy`), in English alone, since "I" cannot be neutral there.
 * Checked two ways: every text of those files a family member can be shown, and the rendered pages of every
 * example and boundary case.
 */
import { cleanup, render } from '@testing-library/preact';
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { Result } from '../../src/case/schema';
import { Handout } from '../../src/handout/Handout';
import { PROXY_SUFFIX } from '../../src/i18n/lookup';
import { t } from '../../src/i18n';
import { questionKey } from '../../src/results/format';
import { setRespondent } from '../../src/state/respondent';
import { loadBoundaryCases, run } from '../cases/boundary-cases';
import { loadSharedCases } from '../support/cases';
import { renderResults, useLanguage } from './support';
import { ALLOWED, personal } from '../support/personal';

afterEach(() => {
  cleanup();
  setRespondent(null, false);
});

type Tree = { [k: string]: string | Tree };
/** The texts a family member is shown: each key's `Proxy` twin where it has one, else the key itself. */
function proxyTexts(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]): [string, string][] => {
    if (typeof v !== 'string') return proxyTexts(v, `${prefix}${k}.`);
    if (k.endsWith(PROXY_SUFFIX)) return [];
    const twin = tree[k + PROXY_SUFFIX];
    return [[`${prefix}${k}`, typeof twin === 'string' ? twin : v]];
  });
}

/** The results' files, and the parts of others that the results page, the handout and the share panel show. */
const FILES: [ns: string, part?: string][] = [['results'], ['reasons'], ['timeline'], ['handout'], ['share', 'panel'], ['whatif', 'entry'], ['chart']];
const LANGS = ['en', 'ja', 'ja-easy'] as const;

describe('every results text a family member can be shown', () => {
  it.each(LANGS)('%s: no "you"/"I" (en) and no あなた/わたし (ja), outside the allow-list', (lang) => {
    const found: string[] = [];
    for (const [ns, part] of FILES) {
      const file = JSON.parse(readFileSync(`locales/${lang}/${ns}.json`, 'utf8')) as Tree;
      const tree = part ? (file[part] as Tree) : file;
      for (const [key, text] of proxyTexts(tree)) {
        const words = personal(lang, text);
        if (words.length) found.push(`${ns}:${part ? `${part}.` : ''}${key}: ${words.join(', ')}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('each allowed phrase is still in use (a stale entry would let a new text slip through)', () => {
    const timeline = readFileSync('locales/en/timeline.json', 'utf8');
    for (const a of ALLOWED) expect(timeline, a.phrase).toContain(a.phrase);
  });

  it('negative control: the check catches "you", "your", "I", "my", あなた and わたし, and passes the allowed phrases', () => {
    expect(personal('en', 'Your cap is ¥0, so you pay nothing.')).toEqual(['Your', 'you']);
    expect(personal('en', 'Which services can I use? Is it my cap?')).toEqual(['I', 'my']);
    expect(personal('en', 'Can you tell me about providers? What do you need from us?')).toEqual([]);
    expect(personal('en', 'The person is 30, so this is met.')).toEqual([]);
    expect(personal('ja', '結果は、あなたと市区町村に伝えられます。')).toEqual(['あなた']);
    expect(personal('ja', '「わたしの負担上限月額はいくらですか」')).toEqual(['わたし']);
    expect(personal('ja-easy', '{信|しん}じられる {人|ひと}にだけ わたして ください。')).toEqual([]);
  });
});

describe('the questions to ask at the office follow who is answering', () => {
  it('English: "I" for the person, "the person" for a family member or supporter; Japanese says it once for all', async () => {
    await useLanguage('en');
    setRespondent('self', false);
    expect(t(questionKey('which-services'))).toBe('Which services can I use?');
    setRespondent('family', false);
    expect(t(questionKey('which-services'))).toBe('Which services can the person use?');
    setRespondent('supporter', false);
    expect(t(questionKey('survey'))).toBe('What will you ask the person in the interview (認定調査)?');
    // A question with nothing personal in it has no twin: the one text serves everyone.
    expect(t(questionKey('provider-support'))).toBe('What training and help do you offer?');
    await useLanguage('ja');
    expect(t(questionKey('which-services'))).toBe('使えるサービスは、どれですか。');
  });
});

/** The example cases, and (in English, whose texts vary most with the answers) the boundary cases too. */
const SHARED: [string, () => Result][] = loadSharedCases().map((f) => [f.file, () => run(f)]);
const BOUNDARY: [string, () => Result][] = loadBoundaryCases().map((f) => [f.file, () => run(f)]);

describe('the rendered results and handout, with a family member answering', () => {
  it.each(LANGS)(
    '%s: the example cases (English: and the boundary cases)',
    async (lang) => {
      const found: string[] = [];
      for (const [file, result] of lang === 'en' ? [...SHARED, ...BOUNDARY] : SHARED) {
        setRespondent('family', false);
        const r = result();
        const view = await renderResults(r, lang);
        const results = view.container.textContent!;
        cleanup();
        render(<Handout result={r} answers={[]} />);
        const handout = document.body.textContent!;
        cleanup();
        for (const [where, text] of [
          ['results', results],
          ['handout', handout],
        ] as const) {
          const words = personal(lang, text);
          if (words.length) found.push(`${file} ${where}: ${[...new Set(words)].join(', ')}`);
        }
      }
      expect(found).toEqual([]);
    },
    120_000,
  );
});
