/**
 * Opens the 审核报告 (.xlsx bytes) as a new workbook in Excel [Excel.createWorkbook, ExcelApi 1.8]: the user's
 * workbook is not touched, and the report is theirs to save or print. False where this Excel has no createWorkbook
 * (the ribbon then says how to download the report from the pane).
 */
export async function openAsNewWorkbook(bytes: Uint8Array): Promise<boolean> {
  if (!canCreateWorkbook()) return false;
  await Excel.createWorkbook(toBase64(bytes));
  return true;
}

function canCreateWorkbook(): boolean {
  if (typeof Excel === "undefined" || typeof Excel.createWorkbook !== "function") return false;
  const requirements = typeof Office === "undefined" ? undefined : Office.context?.requirements;
  return !requirements || requirements.isSetSupported("ExcelApi", "1.8");
}

/** Base64 of bytes, built in chunks (String.fromCharCode takes a bounded number of arguments). */
export function toBase64(bytes: Uint8Array): string {
  const CHUNK = 0x8000;
  let binary = "";
  for (let at = 0; at < bytes.length; at += CHUNK) binary += String.fromCharCode(...bytes.subarray(at, at + CHUNK));
  return btoa(binary);
}
