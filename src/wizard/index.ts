/** The question flow: questions as data, the question page and the check-answers page. */
export { QUESTIONS, questionById, questionForField, guardianHousehold, ageOf, type Question, type Draft } from './questions';
export { FLOW, activeSteps } from './steps';
export { QuestionStep } from './QuestionStep';
// CheckAnswers is loaded lazily by the app (src/app/App.tsx); import it from './CheckAnswers'.
