/**
 * What this page left outside the app's storage during one person's session: a share link copied to the
 * clipboard, a case file downloaded. Kept in memory only (never in storage), so a reset can clear the clipboard
 * when, and only when, this page put the person's link there, and can say that a downloaded file stays.
 */
let copiedLink = false;
let downloaded = false;

/** The share link (all the answers) was copied to the clipboard by this page. */
export function noteLinkCopied(): void {
  copiedLink = true;
}

/** A case file was saved through the browser's downloads. */
export function noteFileDownloaded(): void {
  downloaded = true;
}

/** Whether a case file was downloaded in this person's session (the reset then says it stays). */
export function fileDownloaded(): boolean {
  return downloaded;
}

/**
 * Called by a reset: overwrites the clipboard if this page copied the link into it (the clipboard cannot be
 * read without a permission, so what it holds now is not checked; someone may have copied something else since,
 * and that is overwritten too, which is the safer side). Must run inside the click that confirms the reset.
 */
export function forgetTraces(): Promise<void> {
  const had = copiedLink;
  copiedLink = false;
  downloaded = false;
  if (!had) return Promise.resolve();
  try {
    return navigator.clipboard.writeText('').catch(() => undefined);
  } catch {
    return Promise.resolve(); // no clipboard API: nothing this page can do
  }
}
