/** The few browser actions around sharing: the fragment, a file download, and whether answers would be replaced. */
import type { Case } from '../case/schema';
import type { AppState } from '../state';
import { caseFileName, caseFileText, hasAnswers, sameCase } from './case-file';

/** Removes the fragment from the address without a new history entry, so a reload does not open the link again. */
export function clearShareFragment(): void {
  if (!location.hash) return;
  history.replaceState(history.state, '', location.pathname + location.search);
}

/** Saves the case as a file through the browser's download. */
export function downloadCase(c: Case, date: string): void {
  const url = URL.createObjectURL(new Blob([caseFileText(c)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = caseFileName(date);
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start the download only after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** True when opening `c` would replace answers the person already has (and they differ). */
export function wouldReplace(app: AppState, c: Case): boolean {
  const d = app.draft.peek();
  return (hasAnswers(d) || app.visited.peek().length > 0) && !sameCase(d, c);
}
