/**
 * Texts that speak about the person, not to them, when a family member or supporter answers: a key `<key>Proxy`
 * next to a text that says "you"/"あなた" holds the third-person wording ("the person"/"ご本人"/"ほんにん").
 * A plain key suffix (not i18next's `_context`), so the first page's reader and i18next find it alike.
 */
import { has } from '../i18n';
import { answersForSomeone } from '../state/respondent';

export const PROXY_SUFFIX = 'Proxy';

/** The key to show: its third-person twin when someone answers for the person and the twin exists. */
export function voiced(key: string): string {
  if (!answersForSomeone()) return key;
  const proxy = key + PROXY_SUFFIX;
  return has(proxy) ? proxy : key;
}
