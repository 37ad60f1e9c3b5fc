import type { WpsWorkbook, WpsWorksheet } from "./wps-api";

/** The workbook's sheets by name (Worksheets.Item(name) throws on a missing name, so they are listed once). */
export function sheetsByName(workbook: WpsWorkbook): Map<string, WpsWorksheet> {
  const worksheets = workbook.Worksheets;
  const sheets = new Map<string, WpsWorksheet>();
  for (let i = 1; i <= worksheets.Count; i++) {
    const sheet = worksheets.Item(i);
    sheets.set(sheet.Name, sheet);
  }
  return sheets;
}
