const TYPES: Record<string, string> = {
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  xlsm: "application/vnd.ms-excel.sheet.macroEnabled.12",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/** Offers bytes as a file download (a blob URL: nothing leaves the browser); the type follows the extension. */
export function saveFile(bytes: Uint8Array, fileName: string): void {
  const extension = /\.([a-z]+)$/i.exec(fileName)?.[1].toLowerCase() ?? "";
  const blob = new Blob([bytes as BlobPart], { type: TYPES[extension] ?? "application/octet-stream" });
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
