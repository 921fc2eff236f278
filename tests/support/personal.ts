/**
 * What a text says to or as the person: "you"/"I" in English, あなた/わたし in Japanese, less the allow-list. Used
 * by tests/results/respondent.test.tsx and tests/e2e/voice.spec.ts (results that follow who is answering).
 */

/**
 * Words that stay, each with why. They are taken out of a text before it is checked; nothing else may say
 * "you"/"I". Besides a name, all are in the questions a reader asks at the office, where "you" is the office and
 * "me"/"us" the one reading the question out, whoever that is.
 */
export const ALLOWED: readonly { phrase: string; why: string }[] = [
  { phrase: 'My Number', why: 'the name of the individual number (マイナンバー), not a pronoun' },
  { phrase: 'Can you tell me', why: 'asks the office ("you") to tell the reader ("me"), who may be the person or a family member' },
  { phrase: 'What training and help do you offer', why: '"you" is the provider being asked' },
  { phrase: 'What will you ask', why: '"you" is the municipality doing the interview' },
  { phrase: 'Will you agree', why: '"you" is the municipality being asked' },
  { phrase: 'What do you need from us', why: '"you" is the municipality; "us" is the person and whoever is with them' },
  { phrase: 'can you put that in writing', why: '"you" is the municipality being asked for a letter' },
];

/** "you" in any case; "I" as a capital only (the results' "i" icon is no pronoun), "me"/"my"… in any case. */
const SECOND_OR_FIRST_PERSON = /\b(?:[Yy]ou|[Yy]ours?|[Yy]ourself|I|[Mm]e|[Mm]y|[Mm]ine|[Mm]yself)\b/g;
/** あなた, or わたし as "I" (not わたして, "hand over"). */
const JA_PERSONAL = /あなた|わたし(?!て)/g;

/** What a family member reading this text is told to: "you"/"I" words, or あなた/わたし, left after the allow-list. */
export function personal(lang: string, text: string): string[] {
  if (lang !== 'en') return text.match(JA_PERSONAL) ?? [];
  const rest = ALLOWED.reduce((s, a) => s.split(a.phrase).join(' '), text);
  return rest.match(SECOND_OR_FIRST_PERSON) ?? [];
}
