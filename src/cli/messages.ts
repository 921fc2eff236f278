/** The command line's messages, from locales/{lang}/errors.json, as one line per file. */
import type { CaseProblem } from '../case/issues';
import en from '../../locales/en/errors.json';
import ja from '../../locales/ja/errors.json';
import easy from '../../locales/ja-easy/errors.json';
import { parseRuby } from '../i18n/markup';
import { shorten } from './escape';

export type Messages = Record<string, string>;

/** Problems listed per file; the rest are counted ("…and 12 more problems"), so one line stays readable. */
export const MAX_PROBLEMS_LISTED = 5;

/** やさしい日本語 in a terminal, which has no ruby: each reading in brackets after its word, 漢字（かんじ）. */
function withBracketedReadings(m: Messages): Messages {
  const plain = (text: string) =>
    parseRuby(text)
      .map((s) => (typeof s === 'string' ? s : `${s.base}（${s.reading}）`))
      .join('');
  return Object.fromEntries(Object.entries(m).map(([k, v]) => [k, plain(v)]));
}

export const MESSAGES: Record<string, Messages> = { en: en.case, ja: ja.case, 'ja-easy': withBracketedReadings(easy.case) };

export function message(lang: Messages, key: string, params: Record<string, string | number>): string {
  const text = lang[key] ?? lang.invalid!;
  return text.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(params[k] ?? ''));
}

/** The field a problem is about; a key the file made up is quoted as the file's text, never as the app's words. */
function fieldName(p: CaseProblem): string {
  if (!p.field) return 'case';
  return p.key === 'unknown-field' ? `"${shorten(p.field)}"` : shorten(p.field);
}

/**
 * The first few problems, then how many more. A field name can come from the file itself (an unknown key),
 * so it is shortened like the values are.
 */
export function describeProblems(lang: Messages, problems: CaseProblem[]): string {
  const listed = problems.slice(0, MAX_PROBLEMS_LISTED).map((p) => message(lang, p.key, { ...p.params, field: fieldName(p) }));
  const more = problems.length - MAX_PROBLEMS_LISTED;
  if (more > 0) listed.push(message(lang, 'more-problems', { count: more }));
  return listed.join(' ');
}
