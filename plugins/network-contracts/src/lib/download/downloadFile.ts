/** Saves a text or data URL as a file, through a temporary link. */
export function downloadFile(
  fileName: string,
  content: string,
  type = 'text/plain',
): void {
  const isDataUrl = content.startsWith('data:');
  const url = isDataUrl
    ? content
    : URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  if (!isDataUrl) {
    URL.revokeObjectURL(url);
  }
}
