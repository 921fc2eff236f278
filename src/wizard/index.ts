/** The question flow: questions as data, the question page and the check-answers page. */
export {
  QUESTIONS,
  INPUT_WIDTH,
  questionById,
  questionForField,
  guardianHousehold,
  ageOf,
  hintKey,
  type Question,
  type ChoiceQuestion,
  type InputQuestion,
  type Draft,
} from './questions';
export { FLOW, activeSteps } from './steps';
export { QuestionStep, message as answerMessage, problemMessage } from './QuestionStep';
export { DONT_KNOW, optionLabel, optionHint, dontKnowLabel } from './labels';
export { parseDate, parseWholeNumber, parseYen, tooEarly } from './parse-input';
// CheckAnswers is loaded lazily by the app (src/app/App.tsx); import it from './CheckAnswers'. formatAnswer too, from
// './answers', so that the first question's chunk does not carry it.
export { RespondentChoice } from './RespondentChoice';
export { voiced } from './voice';
