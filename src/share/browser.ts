/** The few browser actions around sharing: a file download, and whether answers would be replaced. */
import type { Case } from '../case/schema';
import type { AppState } from '../state';
import { caseFileName, caseFileText, hasAnswers, sameCase } from './case-file';
import { downloadText } from '../ui/download';

/** Saves the case as a file through the browser's download. */
export function downloadCase(c: Case, date: string): void {
  downloadText(caseFileText(c), caseFileName(date), 'application/json');
}

/** True when opening `c` would replace answers the person already has (and they differ). */
export function wouldReplace(app: AppState, c: Case): boolean {
  const d = app.draft.peek();
  return (hasAnswers(d) || app.visited.peek().length > 0) && !sameCase(d, c);
}
