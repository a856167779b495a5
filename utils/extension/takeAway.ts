/** Text the reader takes away from the popup: onto the clipboard, or as a file. Nothing leaves the browser otherwise. */

export function copyText(text: string): Promise<void> {
  return navigator.clipboard.writeText(text);
}

/** Saves TEXT as a file through the browser's own download of a local blob: no permission, no network. */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has its own reference to the blob once started; the page's is freed after this task.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "sourcelight-www.reuters.com-2026-01-02.csv": which page, which day. */
export function exportFileName(url: string, scannedAt: string, extension: string): string {
  let host = 'page';
  try {
    host = new URL(url).hostname || host;
  } catch {
    // A row without a URL still saves.
  }
  return `sourcelight-${host.replace(/[^\w.-]/g, '_')}-${scannedAt.slice(0, 10)}.${extension}`;
}
