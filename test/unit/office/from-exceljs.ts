/** Loads an exceljs workbook into the fake as Excel would show it: merged cells other than the top-left are empty. */
import type ExcelJS from "exceljs";
import { parseRangeAddress } from "../../../src/core/snapshot/address";
import { FakeWorkbookState } from "./fake-excel";

export function fromExcelJs(workbook: ExcelJS.Workbook, name: string): FakeWorkbookState {
  const state = new FakeWorkbookState(name);
  for (const ws of workbook.worksheets) {
    const sheet = state.addSheet(ws.name);
    ws.eachRow({ includeEmpty: true }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.type === 1 /* Merge */ || cell.value === null || cell.value === undefined) return;
        state.setCell(ws.name, cell.address, { ...officeContent(cell.value), numberFormat: cell.numFmt || "General" });
      });
      if (row.hidden) sheet.hiddenRows.add(row.number - 1);
    });
    sheet.merges.push(...((ws.model as { merges?: string[] }).merges ?? []).map(parseRangeAddress));
  }
  return state;
}

function officeContent(value: ExcelJS.CellValue): { value: string | number | boolean; formula?: string; error?: string } {
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return { value };
  const v = value as { formula?: string; result?: unknown; error?: string; richText?: { text: string }[] };
  if (typeof v.error === "string") return { value: v.error, error: v.error };
  if (v.richText) return { value: v.richText.map((p) => p.text).join("") };
  if (v.formula !== undefined) return { ...officeContent((v.result ?? "") as ExcelJS.CellValue), formula: v.formula };
  throw new Error(`fixture cell value not handled: ${JSON.stringify(value)}`);
}
