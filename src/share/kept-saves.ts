/**
 * Saves the app could not read, handed to the person as one file: each kept text verbatim (as a JSON string, so
 * even text that is not JSON survives), with what the file is. Someone who knows the format, or a later
 * version of the app, can recover the answers from it.
 */
import { todayInJapan } from '../state/today';

export const KEPT_SAVES_FORMAT = 'shuro-check/unreadable-saves@1';

export function keptSavesFileText(texts: readonly string[], date: string): string {
  return `${JSON.stringify({ format: KEPT_SAVES_FORMAT, keptOn: date, saves: texts }, null, 2)}\n`;
}

export function keptSavesFileName(date: string): string {
  return `shuro-check-unreadable-${date}.json`;
}

/** Starts the browser's download of the kept saves. */
export function downloadKeptSaves(texts: readonly string[], date: string = todayInJapan()): void {
  const url = URL.createObjectURL(new Blob([keptSavesFileText(texts, date)], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = keptSavesFileName(date);
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start the download only after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
