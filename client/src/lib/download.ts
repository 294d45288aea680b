/** Hands a file made in the browser (or received from the API) to the user as a download. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked a moment later: the download must have started reading the blob first.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
