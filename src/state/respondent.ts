/**
 * Who is answering: the person themself, a family member or a supporter. Not part of the case (it changes no
 * verdict): it only decides whether the questions say "you" or "the person". Kept on this device under its
 * own key, never sent anywhere, and not written at all when the caller says not to (counselor mode).
 */
import { signal } from '@preact/signals';

export const RESPONDENTS = ['self', 'family', 'supporter'] as const;
export type Respondent = (typeof RESPONDENTS)[number];

export const RESPONDENT_KEY = 'shuro-check:respondent';

const isRespondent = (v: unknown): v is Respondent => (RESPONDENTS as readonly unknown[]).includes(v);

function stored(): Respondent | null {
  try {
    const v = globalThis.localStorage?.getItem(RESPONDENT_KEY);
    return isRespondent(v) ? v : null;
  } catch {
    return null; // storage disabled: the choice lives for this visit only
  }
}

/** null = not chosen (the texts then speak to the person, as before). */
export const respondent = signal<Respondent | null>(stored());

/** True when someone else answers for the person: the texts then say "the person" instead of "you". */
export const answersForSomeone = (): boolean => respondent.value === 'family' || respondent.value === 'supporter';

export function setRespondent(value: Respondent | null, keep: boolean): void {
  respondent.value = value;
  try {
    if (!keep || value === null) globalThis.localStorage?.removeItem(RESPONDENT_KEY);
    else globalThis.localStorage?.setItem(RESPONDENT_KEY, value);
  } catch {
    /* storage disabled or full: the choice still holds for this visit */
  }
}
