/** The question flow: questions as data, the question page and the check-answers page. */
export { QUESTIONS, questionById, questionForField, guardianHousehold, ageOf, hintKey, type Question, type ChoiceQuestion, type InputQuestion, type Draft } from './questions';
export { FLOW, activeSteps } from './steps';
export { QuestionStep, message as answerMessage, problemMessage } from './QuestionStep';
export { DONT_KNOW, formatAnswer, optionLabel, optionHint, dontKnowLabel } from './labels';
export { parseDate, parseWholeNumber, parseYen } from './parse-input';
// CheckAnswers is loaded lazily by the app (src/app/App.tsx); import it from './CheckAnswers'.
