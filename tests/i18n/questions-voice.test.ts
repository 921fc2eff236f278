/**
 * The English questions as a family member or supporter reads them: where a text has a third-person twin
 * (`<key>Proxy`, src/i18n voicedKey) that twin is shown, else the text itself. None of them may speak of the
 * person's things as the reader's ("your date of birth", "your doctor"): "you" is left only for what the reader
 * does (select, skip, enter), and "your" only on the check page, where the answers and results are the reader's
 * work (listed below).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROXY_SUFFIX } from '../../src/i18n/lookup';

type Tree = { [k: string]: string | Tree };

function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : leaves(v, `${prefix}${k}.`)));
}
/** The questions' texts: the first question's in wizard.json (on the first page), the rest in questions.json. */
const read = (ns: string) => JSON.parse(readFileSync(resolve(__dirname, `../../locales/en/${ns}.json`), 'utf8')) as Tree;
const TEXTS = [...leaves(read('wizard')), ...leaves(read('questions'))];

/** "Check your answers", "See your results": the reader's answers and the results they asked for. */
const READERS_OWN = ['check.title', 'check.openQuestions_one', 'check.openQuestions_other', 'check.nextTitle'];

describe('the English questions, for someone answering for the person', () => {
  it('never say "your" of the person (the third-person twin is read where there is one)', () => {
    const all = new Map(TEXTS);
    const seen = [...all].filter(([k]) => !k.endsWith(PROXY_SUFFIX) && !READERS_OWN.includes(k)).map(([k, v]) => [k, all.get(k + PROXY_SUFFIX) ?? v] as const);
    expect(seen.length).toBeGreaterThan(100);
    expect(seen.filter(([, text]) => /\byour(?:s|self)?\b/i.test(text)).map(([k]) => k)).toEqual([]);
  });
});
