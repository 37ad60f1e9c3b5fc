/** Offers bytes as a file download (a blob URL: nothing leaves the browser). */
export function saveBytes(bytes: Uint8Array, fileName: string): void {
  const blob = new Blob([bytes as BlobPart], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "沾益2023.xlsx" → "沾益2023（已标记）.xlsx". */
export function markedFileName(original: string): string {
  const base = original.replace(/\.xlsx$/i, "");
  return `${base}（已标记）.xlsx`;
}
