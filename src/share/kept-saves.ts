/**
 * Saves the app could not read, handed to the person as one file: each kept text verbatim (as a JSON string, so
 * even text that is not JSON survives), with what the file is. Someone who knows the format, or a later
 * version of the app, can recover the answers from it.
 */
import { todayInJapan } from '../state/today';
import { downloadText } from '../ui/download';

export const KEPT_SAVES_FORMAT = 'shuro-check/unreadable-saves@1';

export function keptSavesFileText(texts: readonly string[], date: string): string {
  return `${JSON.stringify({ format: KEPT_SAVES_FORMAT, keptOn: date, saves: texts }, null, 2)}\n`;
}

export function keptSavesFileName(date: string): string {
  return `shuro-check-unreadable-${date}.json`;
}

/** Starts the browser's download of the kept saves. */
export function downloadKeptSaves(texts: readonly string[], date: string = todayInJapan()): void {
  downloadText(keptSavesFileText(texts, date), keptSavesFileName(date), 'application/json');
}
