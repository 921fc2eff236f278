/**
 * Texts that speak about the person, not to them, when a family member or supporter answers: a key `<key>Proxy`
 * next to a text that says "you"/"あなた" holds the third-person wording ("the person"/"ご本人"/"ほんにん").
 * The lookup is voicedKey in src/i18n (the results use it too); this is the questions' shorthand.
 */
import { voicedKey } from '../i18n';
import { answersForSomeone } from '../state/respondent';

/** The key to show: its third-person twin when someone answers for the person and the twin exists. */
export const voiced = (key: string): string => voicedKey(key, answersForSomeone());
