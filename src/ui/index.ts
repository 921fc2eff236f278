/**
 * Presentational building blocks (GOV.UK / Digital Agency patterns). They take translated strings only.
 * Parts only later pages use (Notice, SummaryList) are imported from their files, so the first page skips them.
 */
export { BackLink } from './BackLink';
export { Button } from './Button';
export { Checkboxes } from './Checkboxes';
export { Choices } from './Choices';
export { Details } from './Details';
export { ErrorMessage } from './ErrorMessage';
export { ErrorSummary, type ErrorItem } from './ErrorSummary';
export { PageHeading } from './Heading';
export { Hint } from './Hint';
export { QuestionPage } from './QuestionPage';
export { Radios, type ChoiceOption } from './Radios';
export { SkipLink } from './SkipLink';
export { Tag } from './Tag';
export { TextInput } from './TextInput';
export { useDocumentTitle } from './useDocumentTitle';
