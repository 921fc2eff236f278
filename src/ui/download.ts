/** Saves text made on the device as a file, through the browser's download (no network). */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later: some browsers start the download only after click() has returned.
  setTimeout(() => URL.revokeObjectURL(url), 60_000); // not law: a minute in ms
}
